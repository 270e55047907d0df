package org.brainj.runtime.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;

/** Helpers for the connectivity tests. */
final class TestGraphs {
  private TestGraphs() {}

  /** The invariants of the primary form: sizes, row pointers, strictly ascending post ids. */
  static void assertWellFormed(Connectivity c) {
    int[] p = c.preIndptr();
    int[] post = c.postIds();
    assertEquals(c.preNum() + 1, p.length);
    assertEquals(0, p[0]);
    assertEquals(post.length, p[c.preNum()]);
    for (int i = 0; i < c.preNum(); i++) {
      assertTrue(p[i] <= p[i + 1]);
      for (int s = p[i]; s < p[i + 1]; s++) {
        assertTrue(post[s] >= 0 && post[s] < c.postNum(), "post id in range");
        if (s > p[i]) {
          assertTrue(post[s] > post[s - 1], "row " + i + " strictly ascending, no duplicates");
        }
      }
    }
  }

  /** Sorted (pre, post) pairs encoded as pre * postNum + post. */
  static long[] pairs(Connectivity c) {
    long[] r = new long[c.synapseCount()];
    int[] pre = c.preIds();
    int[] post = c.postIds();
    for (int s = 0; s < r.length; s++) {
      r[s] = (long) pre[s] * c.postNum() + post[s];
    }
    return r;
  }

  static int[] outDegrees(Connectivity c) {
    int[] d = new int[c.preNum()];
    for (int i = 0; i < d.length; i++) {
      d[i] = c.outDegree(i);
    }
    return d;
  }

  static int[] inDegrees(Connectivity c) {
    int[] d = new int[c.postNum()];
    for (int j : c.postIds()) {
      d[j]++;
    }
    return d;
  }

  static double mean(int[] a) {
    double s = 0;
    for (int v : a) {
      s += v;
    }
    return s / a.length;
  }

  /** Unbiased sample variance. */
  static double variance(int[] a) {
    double m = mean(a);
    double s = 0;
    for (int v : a) {
      s += (v - m) * (v - m);
    }
    return s / (a.length - 1);
  }

  static void assertSymmetric(Connectivity c) {
    for (int i = 0; i < c.preNum(); i++) {
      for (int j : c.pre2post()[i]) {
        if (!c.contains(j, i)) {
          fail("edge " + i + " -> " + j + " has no reverse");
        }
      }
    }
  }

  static boolean hasSelfLoop(Connectivity c) {
    for (int i = 0; i < Math.min(c.preNum(), c.postNum()); i++) {
      if (c.contains(i, i)) {
        return true;
      }
    }
    return false;
  }

  /** Average local clustering coefficient of a symmetric graph (nodes of degree < 2 count 0). */
  static double averageClustering(Connectivity c) {
    int n = c.preNum();
    int[][] nb = c.pre2post();
    double sum = 0;
    for (int u = 0; u < n; u++) {
      int[] a = nb[u];
      int d = a.length;
      if (d < 2) {
        continue;
      }
      long links = 0;
      for (int x = 0; x < d; x++) {
        for (int y = x + 1; y < d; y++) {
          if (Arrays.binarySearch(nb[a[x]], a[y]) >= 0) {
            links++;
          }
        }
      }
      sum += 2.0 * links / ((double) d * (d - 1));
    }
    return sum / n;
  }

  /**
   * Maximum-likelihood exponent of a discrete power law above {@code kmin} (Clauset, Shalizi and
   * Newman 2009, eq. 3.7): {@code 1 + n / sum ln(k / (kmin - 1/2))}; returns {alpha, count}.
   */
  static double[] powerLawMle(int[] degrees, int kmin) {
    double s = 0;
    int n = 0;
    for (int k : degrees) {
      if (k >= kmin) {
        s += Math.log(k / (kmin - 0.5));
        n++;
      }
    }
    return new double[] {1 + n / s, n};
  }
}
