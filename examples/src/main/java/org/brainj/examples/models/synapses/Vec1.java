package org.brainj.examples.models.synapses;

import java.util.Arrays;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.SynapseIndex;

/** Manual 6.2.1 {@code SynVec1}: {@code pre_ids}, {@code post_ids}, g per synapse. */
final class Vec1 extends ManualCoba {
  private final int[] preIds;
  private final int[] postIds;
  private final double[] g;

  Vec1(Builder b, NeuronGroup pre, NeuronGroup post, SynapseIndex index) {
    super(b, pre, post, index);
    Object[] r = conn.requires("pre_ids", "post_ids");
    this.preIds = (int[]) r[0];
    this.postIds = (int[]) r[1];
    this.g = new double[preIds.length];
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
    for (int s = 0; s < g.length; s++) {
      if (preSpike[preIds[s]]) {
        g[s] += w;
      }
    }
  }

  @Override
  protected void output(double t, double dt, long step) {
    double e = reversal();
    for (int s = 0; s < g.length; s++) {
      int j = postIds[s];
      iPost[j] += g[s] * (e - vPost[j]);
    }
  }
}
