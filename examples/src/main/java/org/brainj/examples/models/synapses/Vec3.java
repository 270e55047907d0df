package org.brainj.examples.models.synapses;

import java.util.Arrays;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.SynapseIndex;

/** Manual 6.2.3 {@code SynVec3}: {@code pre2post}, g per postsynaptic neuron. */
final class Vec3 extends ManualCoba {
  private final int[][] pre2post;
  private final double[] g;

  Vec3(Builder b, NeuronGroup pre, NeuronGroup post, SynapseIndex index) {
    super(b, pre, post, index);
    this.pre2post = conn.require("pre2post");
    this.g = new double[post.size()];
    reset();
  }

  @Override
  public int conductances() {
    return g.length;
  }

  @Override
  protected void initDefaults() {
    Arrays.fill(g, 0);
  }

  @Override
  protected void update(double t, double dt, long step) {
    decay(g, tau(), dt);
    double w = weight();
    for (int i = 0; i < pre2post.length; i++) {
      if (preSpike[i]) {
        for (int j : pre2post[i]) {
          g[j] += w;
        }
      }
    }
  }

  @Override
  protected void output(double t, double dt, long step) {
    outputPerPost(g);
  }
}
