package org.brainj.runtime.backend;

/**
 * Another implementation of a neuron group's step functions, with the same results: the Vector
 * API kernels the processor generates ({@code <Model>GroupVector}) implement it. A backend calls
 * it in place of the group's own loops.
 */
public interface GroupKernel extends RangeStep {

  /** Neurons per vector. */
  int lanes();

  /** Empty if step {@code stepId} is vectorized, else why it runs the group's scalar loop. */
  String vectorized(int stepId);
}
