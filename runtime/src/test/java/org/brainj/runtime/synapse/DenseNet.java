package org.brainj.runtime.synapse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.brainj.runtime.connect.Connectivity;

/**
 * A random connectivity known twice: as a dense matrix drawn here (with a weight per pair) and as
 * the {@link Connectivity} made from the same pairs handed over in shuffled order, so the test's
 * reference does not go through the CSR conversion it checks.
 */
final class DenseNet {
  final int nPre;
  final int nPost;
  final boolean[][] conn;
  final double[][] weight;
  final Connectivity connectivity;
  /** weight of each synapse, by synapse id of {@link #connectivity} */
  final double[] synWeights;

  DenseNet(int nPre, int nPost, double p, long seed) {
    this.nPre = nPre;
    this.nPost = nPost;
    Random rng = new Random(seed);
    conn = new boolean[nPre][nPost];
    weight = new double[nPre][nPost];
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < nPre; i++) {
      for (int j = 0; j < nPost; j++) {
        if (rng.nextDouble() < p) {
          conn[i][j] = true;
          weight[i][j] = 0.1 + rng.nextDouble();
          pairs.add(new int[] {i, j});
        }
      }
    }
    Collections.shuffle(pairs, rng);
    int[] pre = new int[pairs.size()];
    int[] post = new int[pairs.size()];
    for (int k = 0; k < pre.length; k++) {
      pre[k] = pairs.get(k)[0];
      post[k] = pairs.get(k)[1];
    }
    connectivity = Connectivity.fromIds(nPre, nPost, pre, post);
    synWeights = new double[pre.length];
    int[] ptr = connectivity.preIndptr();
    int[] ids = connectivity.postIds();
    for (int i = 0; i < nPre; i++) {
      for (int s = ptr[i]; s < ptr[i + 1]; s++) {
        synWeights[s] = weight[i][ids[s]];
      }
    }
  }

  int synapses() {
    return connectivity.synapseCount();
  }
}
