package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * In a {@link SynGroup}: a method run every time step, for every synapse, at the synapse group's output entry: writes into the postsynaptic neuron. No parameters, or {@code double t} and
 * {@code double dt}.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Output {}
