package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An input accumulator: a {@code double} (or {@code float}) field that inputs and synapses add
 * into, read by the model's steps and cleared to zero after the group's last step of each time
 * step.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Input {}
