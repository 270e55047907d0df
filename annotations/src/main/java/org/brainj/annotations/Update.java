package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A step function: run once per time step for every neuron, in declaration order with the other
 * steps (update, threshold, reset, ... as in manual 7.2.2). Its name in schedules is the method
 * name. Parameters, if any, must be {@code t} and/or {@code dt} (type {@code double}).
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Update {}
