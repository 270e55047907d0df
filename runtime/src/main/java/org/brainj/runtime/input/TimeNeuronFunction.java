package org.brainj.runtime.input;

/** An input value computed from the step's time {@code t} (ms) and the neuron index {@code i}. */
@FunctionalInterface
public interface TimeNeuronFunction {
  double apply(double t, int i);
}
