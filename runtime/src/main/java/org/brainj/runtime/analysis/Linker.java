package org.brainj.runtime.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins points found at successive steps of a scan into chains (branches of fixed points, curves
 * of bifurcation points): each chain that reached the previous step continues with the nearest
 * point, nearest to its linear prediction from its last two points, closest pairs first, if that
 * point is within {@code maxJump} (coordinates scaled by {@code scale}); points left over start
 * new chains.
 */
final class Linker {
  private Linker() {}

  /** A chain: {@code (step, index)} pairs. */
  static List<List<int[]>> link(List<List<double[]>> items, double[] scale, double maxJump) {
    List<List<int[]>> chains = new ArrayList<>();
    List<List<int[]>> open = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      List<double[]> here = items.get(k);
      List<double[]> pairs = new ArrayList<>(); // {distance, chain, index}
      for (int c = 0; c < open.size(); c++) {
        double[] predicted = predict(open.get(c), items);
        for (int i = 0; i < here.size(); i++) {
          double d = distance(predicted, here.get(i), scale);
          if (d <= maxJump) {
            pairs.add(new double[] {d, c, i});
          }
        }
      }
      pairs.sort((a, b) -> Double.compare(a[0], b[0]));
      boolean[] chainUsed = new boolean[open.size()];
      boolean[] pointUsed = new boolean[here.size()];
      List<List<int[]>> next = new ArrayList<>();
      for (double[] p : pairs) {
        int c = (int) p[1];
        int i = (int) p[2];
        if (!chainUsed[c] && !pointUsed[i]) {
          chainUsed[c] = true;
          pointUsed[i] = true;
          open.get(c).add(new int[] {k, i});
          next.add(open.get(c));
        }
      }
      for (int i = 0; i < here.size(); i++) {
        if (!pointUsed[i]) {
          List<int[]> chain = new ArrayList<>();
          chain.add(new int[] {k, i});
          chains.add(chain);
          next.add(chain);
        }
      }
      open = next;
    }
    chains.sort((a, b) -> a.get(0)[0] != b.get(0)[0] ? Integer.compare(a.get(0)[0], b.get(0)[0])
        : Integer.compare(a.get(0)[1], b.get(0)[1]));
    return chains;
  }

  private static double[] predict(List<int[]> chain, List<List<double[]>> items) {
    int[] last = chain.get(chain.size() - 1);
    double[] x = items.get(last[0]).get(last[1]);
    if (chain.size() < 2) {
      return x;
    }
    int[] prev = chain.get(chain.size() - 2);
    double[] w = items.get(prev[0]).get(prev[1]);
    double[] p = new double[x.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = 2 * x[i] - w[i];
    }
    return p;
  }

  static double distance(double[] a, double[] b, double[] scale) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d = Math.max(d, Math.abs(a[i] - b[i]) / scale[i]);
    }
    return d;
  }
}
