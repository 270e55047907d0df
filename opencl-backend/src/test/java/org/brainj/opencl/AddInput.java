package org.brainj.opencl;

import org.brainj.annotations.OnPre;
import org.brainj.annotations.Param;
import org.brainj.annotations.Post;
import org.brainj.annotations.Pre;
import org.brainj.annotations.SynGroup;

/**
 * A delivering synapse ({@code @OnPre} only adds to postsynaptic variables) that uses what the
 * kernel must bind: a per-synapse parameter, a presynaptic and a postsynaptic variable, a local,
 * a branch and {@code -=}. With integer weights every amount is an integer.
 */
@SynGroup
public class AddInput {
  @Param double w = 1;

  @Pre("V") double vPre;

  @Post("V") double vPost;

  @Post("g") double gPost;

  @OnPre
  void on() {
    // the presynaptic neuron has just been reset, so this adds w + 1
    double amount = w + (vPre == 0 ? 1.0 : 0.0);
    if (vPost > 0.5) {
      gPost += amount;
    } else {
      gPost -= 2;
    }
  }
}
