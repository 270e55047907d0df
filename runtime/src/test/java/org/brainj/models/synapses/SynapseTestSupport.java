package org.brainj.models.synapses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brainj.runtime.group.SynapseIndex;

/** Connectivities and small numeric helpers for the built-in synapse tests. */
final class SynapseTestSupport {
  private SynapseTestSupport() {}

  /** A connectivity from edge pairs {@code {pre, post}}, kept in the given order within a row. */
  static SynapseIndex edges(int preNum, int postNum, int[][] edges) {
    int[] indptr = new int[preNum + 1];
    for (int[] e : edges) {
      indptr[e[0] + 1]++;
    }
    for (int i = 0; i < preNum; i++) {
      indptr[i + 1] += indptr[i];
    }
    int[] fill = indptr.clone();
    int[] post = new int[edges.length];
    List<int[]> sorted = new ArrayList<>(Arrays.asList(edges));
    for (int[] e : sorted) {
      post[fill[e[0]]++] = e[1];
    }
    return new SynapseIndex(preNum, postNum, indptr, post);
  }

  /** Every presynaptic neuron onto every postsynaptic one (synapse {@code i * postNum + j}). */
  static SynapseIndex allToAll(int preNum, int postNum) {
    int[][] e = new int[preNum * postNum][];
    for (int i = 0; i < preNum; i++) {
      for (int j = 0; j < postNum; j++) {
        e[i * postNum + j] = new int[] {i, j};
      }
    }
    return edges(preNum, postNum, e);
  }

  /** Neuron {@code i} onto neuron {@code i}. */
  static SynapseIndex oneToOne(int n) {
    int[][] e = new int[n][];
    for (int i = 0; i < n; i++) {
      e[i] = new int[] {i, i};
    }
    return edges(n, n, e);
  }

  /**
   * The time of the maximum of a sampled curve, refined by the parabola through the largest
   * sample and its neighbours.
   */
  static double peakTime(double[] y, double dt) {
    int k = 0;
    for (int i = 1; i < y.length; i++) {
      if (y[i] > y[k]) {
        k = i;
      }
    }
    if (k == 0 || k == y.length - 1) {
      return k * dt;
    }
    double a = y[k - 1];
    double b = y[k];
    double c = y[k + 1];
    return (k + 0.5 * (a - c) / (a - 2 * b + c)) * dt;
  }

  static double max(double[] y) {
    return Arrays.stream(y).max().orElseThrow();
  }

  /** Trapezoidal integral of samples {@code dt} apart. */
  static double integral(double[] y, double dt) {
    double s = 0;
    for (int i = 1; i < y.length; i++) {
      s += 0.5 * (y[i - 1] + y[i]) * dt;
    }
    return s;
  }

  /** {@code y[from ..]} */
  static double[] from(double[] y, int from) {
    return Arrays.copyOfRange(y, from, y.length);
  }
}
