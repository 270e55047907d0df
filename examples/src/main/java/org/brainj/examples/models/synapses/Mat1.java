package org.brainj.examples.models.synapses;

import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.SynapseIndex;

/** Manual 6.1 {@code SynMat1}: {@code g += (spike[:, None] * conn_mat) * weight}, every pair. */
final class Mat1 extends Dense {
  Mat1(Builder b, NeuronGroup pre, NeuronGroup post, SynapseIndex index) {
    super(b, pre, post, index);
  }

  @Override
  protected void events(double weight) {
    for (int i = 0, k = 0; i < connMat.length; i++) {
      double spike = preSpike[i] ? 1 : 0;
      boolean[] row = connMat[i];
      for (int j = 0; j < postNum; j++, k++) {
        g[k] += spike * (row[j] ? 1 : 0) * weight;
      }
    }
  }
}
