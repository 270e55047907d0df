package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * In a {@link SynGroup}: a method run when the presynaptic neuron spikes (after the projection's delay): runs for each of its synapses. No parameters, or {@code double t} and
 * {@code double dt}.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface OnPre {}
