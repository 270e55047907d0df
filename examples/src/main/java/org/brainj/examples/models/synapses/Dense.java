package org.brainj.examples.models.synapses;

import java.util.Arrays;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.SynapseIndex;

/**
 * The matrix forms of manual 6.1: {@code conn_mat} and a conductance for every (pre, post) pair,
 * connected or not; the output sums the matrix over its presynaptic axis.
 */
abstract class Dense extends ManualCoba {
  protected final boolean[][] connMat;
  /** g[i * postNum + j]: the pair (i, j). */
  protected final double[] g;
  private final double[] columnSum;
  protected final int postNum;

  Dense(Builder b, NeuronGroup pre, NeuronGroup post, SynapseIndex index) {
    super(b, pre, post, index);
    this.connMat = conn.connMat();
    this.postNum = post.size();
    this.g = new double[pre.size() * postNum];
    this.columnSum = new double[postNum];
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
  protected final void update(double t, double dt, long step) {
    decay(g, tau(), dt);
    events(weight());
  }

  /** Adds the spikes of this step to {@link #g}. */
  protected abstract void events(double weight);

  /** {@code input += sum(g, axis=0) * (E - V)}, summed row by row like numpy. */
  @Override
  protected final void output(double t, double dt, long step) {
    Arrays.fill(columnSum, 0);
    for (int i = 0, k = 0; i < connMat.length; i++) {
      for (int j = 0; j < postNum; j++, k++) {
        columnSum[j] += g[k];
      }
    }
    outputPerPost(columnSum);
  }
}
