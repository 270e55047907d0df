package org.brainj.runtime.backend;

/** One step function of a neuron group over neurons {@code [from, to)}. */
@FunctionalInterface
public interface RangeStep {
  void compute(int stepId, double t, double dt, long step, int from, int to);
}
