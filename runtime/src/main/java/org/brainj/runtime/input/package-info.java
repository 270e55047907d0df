/**
 * Inputs to state variables (manual 3.1.1): an {@link org.brainj.runtime.input.InputOp} and an
 * {@link org.brainj.runtime.input.InputValue} (constant, per neuron, time series, functions),
 * applied at the group's {@code input} schedule entry.
 */
package org.brainj.runtime.input;
