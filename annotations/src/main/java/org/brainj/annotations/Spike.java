package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The group's spike output: a {@code boolean} field, set by the model's steps. After the group's
 * steps in each time step the runtime collects the indices of spiking neurons; spike monitors and
 * synapses read that list. At most one per model.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Spike {}
