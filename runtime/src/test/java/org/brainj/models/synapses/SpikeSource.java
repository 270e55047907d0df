package org.brainj.models.synapses;

import org.brainj.annotations.Input;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * Test-only neuron for the synapse tests, compiled by the BrainJ processor from the test sources:
 * spikes at {@code start, start + period, ...} while {@code t < stop} (each time honoured by the
 * step that starts within {@code dt/2} of it), has a clamped membrane potential {@code V} (set it
 * per neuron with the builder) and records in {@code I} the input it received in each step, i.e.
 * the synaptic current that the synapses' outputs of the previous step added.
 */
@NeuGroup
class SpikeSource {
  @Param("time of the first spike, ms")
  double start = 1e9;

  @Param("interval between spikes, ms")
  double period = 1e9;

  @Param("no spikes from this time on, ms")
  double stop = 1e9;

  @Var("membrane potential, mV (clamped: never changes)")
  double V = -65;

  @Var("the input seen in the last step")
  double I;

  @Input double input;

  @Spike boolean spike;

  @Update
  void update(double t, double dt) {
    I = input;
    double phase = (t - start + 0.5 * dt) % period;
    spike = t + 0.5 * dt >= start && t < stop && phase < dt;
  }
}
