package org.brainj.examples.models.synapses;

import java.util.Arrays;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.SynapseIndex;

/** Manual 6.2.2 {@code SynVec2}: {@code pre2syn}, {@code post2syn}, g per synapse. */
final class Vec2 extends ManualCoba {
  private final int[][] pre2syn;
  private final int[][] post2syn;
  private final double[] g;

  Vec2(Builder b, NeuronGroup pre, NeuronGroup post, SynapseIndex index) {
    super(b, pre, post, index);
    Object[] r = conn.requires("pre2syn", "post2syn");
    this.pre2syn = (int[][]) r[0];
    this.post2syn = (int[][]) r[1];
    this.g = new double[conn.synapseCount()];
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
    for (int i = 0; i < pre2syn.length; i++) {
      if (preSpike[i]) {
        for (int s : pre2syn[i]) {
          g[s] += w;
        }
      }
    }
  }

  @Override
  protected void output(double t, double dt, long step) {
    double e = reversal();
    for (int j = 0; j < post2syn.length; j++) {
      for (int s : post2syn[j]) {
        iPost[j] += g[s] * (e - vPost[j]);
      }
    }
  }
}
