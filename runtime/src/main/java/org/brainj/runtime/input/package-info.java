/**
 * Inputs to state variables (manual 3.1.1): an {@link org.brainj.runtime.input.InputOp} and an
 * {@link org.brainj.runtime.input.InputValue} (constant, per neuron, time series, functions, or a
 * {@link org.brainj.runtime.input.Current} sampled with its dt), applied at the group's
 * {@code input} schedule entry. {@link org.brainj.runtime.input.Inputs} builds the currents of
 * manual chapter 17; {@link org.brainj.runtime.input.SpikeTimeGroup} is an input group firing at
 * given times (the Poisson and frequency input groups are built-in models in
 * {@code org.brainj.models}).
 */
package org.brainj.runtime.input;
