package org.brainj.examples.models.synapses;

import java.util.Arrays;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.SynapseIndex;

/**
 * Manual 6.2.4 {@code SynVec4}: {@code pre_ids} and {@code post_slice} from one
 * {@code requires} call, so the synapses are numbered in post order; g per synapse.
 */
final class Vec4 extends ManualCoba {
  private final int[] preIds;
  private final int[][] postSlice;
  private final double[] g;

  Vec4(Builder b, NeuronGroup pre, NeuronGroup post, SynapseIndex index) {
    super(b, pre, post, index);
    Object[] r = conn.requires("pre_ids", "post_slice");
    this.preIds = (int[]) r[0];
    this.postSlice = (int[][]) r[1];
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
    for (int j = 0; j < postSlice.length; j++) {
      for (int s = postSlice[j][0]; s < postSlice[j][1]; s++) {
        iPost[j] += g[s] * (e - vPost[j]);
      }
    }
  }
}
