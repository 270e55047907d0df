package org.brainj.runtime.backend;

/**
 * Another implementation of a synapse group's continuous dynamics ({@code @Update}) and output
 * ({@code @Output}) for state kept per postsynaptic neuron, with the same results: the Vector API
 * loops the processor generates ({@code <Model>SynapsesVector}) implement it.
 */
public interface SynapseKernel {

  /** Empty if the phase ({@code output} or update) has a loop here, else why not. */
  String vectorized(boolean output);

  /** {@code @Update} for postsynaptic neurons {@code [from, to)}. */
  void update(double t, double dt, long step, int from, int to);

  /** {@code @Output} for postsynaptic neurons {@code [from, to)}. */
  void output(double t, double dt, long step, int from, int to);
}
