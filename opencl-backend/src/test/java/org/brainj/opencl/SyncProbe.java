package org.brainj.opencl;

import static org.brainj.annotations.Dsl.rand;

import org.brainj.annotations.Every;
import org.brainj.annotations.Input;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * A model that makes the OpenCL sync protocol observable: a kernel step drawing random numbers
 * and reading the input, a step that runs on the host (it counts in an {@code int}) between two
 * kernels and reads and writes what the first kernel wrote, and an {@code @Every} kernel step.
 * Only {@code + - * /}, comparisons and uniform draws: the device must give the scalar bits.
 */
@NeuGroup
public class SyncProbe {
  @Param double tau = 10;

  @Var double V;

  @Var double noise;

  @Var int ticks;

  @Spike boolean spike;

  @Input double input;

  @Update
  void drive(double t, double dt) {
    noise = rand();
    V = V + dt * (-V / tau + input + 8 * noise);
    spike = V > 1;
    if (spike) {
      V = 0;
    }
  }

  @Update
  void count() {
    ticks += 1;
    V = V + noise * 1e-3;
  }

  @Every(period = 0.5)
  @Update
  void slow() {
    V = V * 0.99;
  }
}
