package org.brainj.runtime.synapse;

import static org.brainj.annotations.Dsl.rand;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Input;
import org.brainj.annotations.Methods;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/** Test-only neuron models for the synapse tests, compiled by the BrainJ processor. */
final class SynapseTestModels {
  private SynapseTestModels() {}

  /** Spikes with probability {@code p} per step (counter-based, reproducible from the seed). */
  @NeuGroup
  static class Poisson {
    @Param double p = 0.05;
    @Spike boolean spike;

    @Update
    void update() {
      spike = rand() < p;
    }
  }

  /** Spikes in the steps whose input exceeds 0.5: the test decides when. */
  @NeuGroup
  static class Trigger {
    @Spike boolean spike;
    @Input double input;

    @Update
    void update() {
      spike = input > 0.5;
    }
  }

  /** {@code tau dV/dt = -V + input}, no threshold: a smooth target for synapses. */
  @NeuGroup
  static class Leaky {
    @Param double tau = 10;
    @Var double V = 0;
    @Input double input;

    @Derivative(method = Methods.EULER)
    double dV() {
      return (-V + input) / tau;
    }
  }

  /** A spiking group without a variable {@code V}. */
  @NeuGroup
  static class NoVoltage {
    @Var double x;
    @Spike boolean spike;
    @Input double input;

    @Update
    void update() {
      spike = input > 1;
    }
  }
}
