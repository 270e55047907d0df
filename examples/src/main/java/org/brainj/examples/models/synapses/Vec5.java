package org.brainj.examples.models.synapses;

import java.util.Arrays;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.SynapseIndex;

/** Manual 6.2.4 {@code SynVec5}: {@code pre_slice}, {@code post_ids}, g per postsynaptic neuron. */
final class Vec5 extends ManualCoba {
  private final int[][] preSlice;
  private final int[] postIds;
  private final double[] g;

  Vec5(Builder b, NeuronGroup pre, NeuronGroup post, SynapseIndex index) {
    super(b, pre, post, index);
    Object[] r = conn.requires("pre_slice", "post_ids");
    this.preSlice = (int[][]) r[0];
    this.postIds = (int[]) r[1];
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
    for (int i = 0; i < preSlice.length; i++) {
      if (preSpike[i]) {
        for (int s = preSlice[i][0]; s < preSlice[i][1]; s++) {
          g[postIds[s]] += w;
        }
      }
    }
  }

  @Override
  protected void output(double t, double dt, long step) {
    outputPerPost(g);
  }
}
