package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * In a {@link SynGroup}: a method run when the postsynaptic neuron spikes: runs for each synapse onto it (for plasticity rules such as STDP). No parameters, or {@code double t} and
 * {@code double dt}.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface OnPost {}
