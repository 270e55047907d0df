package org.brainj.examples.models;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Every;
import org.brainj.annotations.Input;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

import static org.brainj.annotations.Dsl.integrate;

/**
 * A leaky integrator whose potential is reset to {@code vReset} every 10 ms by a second step with
 * {@code @Every(period = 10)}: the "reset a variable every 10 ms" case of manual 7.3.
 */
@NeuGroup
public class LeakyReset {
  @Param double tau = 10, vReset = 0;
  @Var double V = 0;
  @Var int resets;
  @Input double input;

  @Derivative
  double dV() {
    return (-V + input) / tau;
  }

  @Update
  void update() {
    integrate(V);
  }

  @Update
  @Every(period = 10)
  void periodicReset() {
    V = vReset;
    resets++;
  }
}
