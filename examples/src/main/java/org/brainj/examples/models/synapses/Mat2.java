package org.brainj.examples.models.synapses;

import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.SynapseIndex;

/** Manual 6.1.1 {@code SynMat2}: {@code g[i] += conn_mat[i] * weight} for spiking rows only. */
final class Mat2 extends Dense {
  Mat2(Builder b, NeuronGroup pre, NeuronGroup post, SynapseIndex index) {
    super(b, pre, post, index);
  }

  @Override
  protected void events(double weight) {
    for (int i = 0; i < connMat.length; i++) {
      if (preSpike[i]) {
        boolean[] row = connMat[i];
        for (int j = 0, k = i * postNum; j < postNum; j++, k++) {
          g[k] += (row[j] ? 1 : 0) * weight;
        }
      }
    }
  }
}
