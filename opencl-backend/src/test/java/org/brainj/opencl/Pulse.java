package org.brainj.opencl;

import org.brainj.annotations.Input;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * A neuron for exact delivery tests: {@code V} climbs by {@code rate} plus a hundredth of the
 * synaptic input {@code g} of the step, spikes at 1 and resets to 0. {@code g} is an input (zeroed
 * after every step), so it only ever holds one step's sum of integer amounts: exact in any order.
 */
@NeuGroup
public class Pulse {
  @Param double rate = 0.1;

  @Var double V;

  @Spike boolean spike;

  @Input double g;

  @Update
  void update() {
    V = V + rate + 0.01 * g;
    spike = V >= 1;
    if (spike) {
      V = 0;
    }
  }
}
