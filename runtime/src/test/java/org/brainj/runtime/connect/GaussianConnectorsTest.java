package org.brainj.runtime.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GaussianProb, GaussianWeight and DOG against brute-force evaluations of their definitions. */
class GaussianConnectorsTest {

  static double coord(int idx, int n, boolean normalize) {
    return normalize ? (n > 1 ? idx / (double) (n - 1) : 1.0) : idx;
  }

  /** Squared distance between pre i and post j, straight from the manual's formula. */
  static double dist2(int i, int[] pre, int j, int[] post, boolean normalize) {
    double y = coord(i / pre[1], pre[0], normalize) - coord(j / post[1], post[0], normalize);
    double x = coord(i % pre[1], pre[1], normalize) - coord(j % post[1], post[1], normalize);
    return y * y + x * x;
  }

  /**
   * The fall-off of GaussianProb: pairs binned by distance, the number connected in each bin
   * against sum(p) with p = exp(-d^2 / 2 sigma^2), within 5 standard deviations sqrt(sum p(1-p)).
   */
  @Test
  void gaussianProbFallsOffAsExpMinusD2Over2Sigma2() {
    for (boolean normalize : new boolean[] {true, false}) {
      int[] shape = {60, 60};
      double sigma = normalize ? 0.1 : 5.0;
      Connectivity c = Connect.gaussianProb(sigma).normalize(normalize).seed(3).build(shape);
      TestGraphs.assertWellFormed(c);
      int n = 3600;
      int bins = 30;
      double maxD = 3 * sigma;
      double[] sumP = new double[bins];
      double[] sumVar = new double[bins];
      long[] got = new long[bins];
      for (int i = 0; i < n; i += 7) { // a sample of pre neurons, every pair of theirs
        for (int j = 0; j < n; j++) {
          double d2 = dist2(i, shape, j, shape, normalize);
          double d = Math.sqrt(d2);
          if (d >= maxD) {
            continue;
          }
          int b = (int) (d / maxD * bins);
          double p = Math.exp(-d2 / (2 * sigma * sigma));
          sumP[b] += p;
          sumVar[b] += p * (1 - p);
          if (c.contains(i, j)) {
            got[b]++;
          }
        }
      }
      for (int b = 0; b < bins; b++) {
        double tol = 5 * Math.sqrt(sumVar[b]) + 1e-9;
        assertEquals(sumP[b], got[b], tol, "bin " + b + " normalize=" + normalize);
      }
      // self pairs have p = 1
      for (int i = 0; i < n; i++) {
        assertTrue(c.contains(i, i));
      }
    }
  }

  /**
   * The box search visits only pairs that can pass: with pMin the result is exactly the pMin = 0
   * result restricted to p > pMin (the draws belong to the pairs).
   */
  @Test
  void gaussianProbWithPMinIsTheUnboundedResultFiltered() {
    int[] pre = {23, 31};
    int[] post = {17, 12};
    double sigma = 0.15;
    Connectivity all = Connect.gaussianProb(sigma).seed(8).build(pre, post);
    for (double pMin : new double[] {0.01, 0.3, 0.9}) {
      Connectivity cut = Connect.gaussianProb(sigma).pMin(pMin).seed(8).build(pre, post);
      List<Integer> i = new ArrayList<>();
      List<Integer> j = new ArrayList<>();
      for (int s = 0; s < all.synapseCount(); s++) {
        int a = all.preIds()[s];
        int b = all.postIds()[s];
        if (Math.exp(-dist2(a, pre, b, post, true) / (2 * sigma * sigma)) > pMin) {
          i.add(a);
          j.add(b);
        }
      }
      Connectivity expect =
          Connectivity.fromIds(
              all.preNum(),
              all.postNum(),
              i.stream().mapToInt(Integer::intValue).toArray(),
              j.stream().mapToInt(Integer::intValue).toArray());
      assertEquals(expect, cut, "pMin " + pMin);
    }
    assertEquals(0, Connect.gaussianProb(sigma).pMin(1.0).build(pre, post).synapseCount());
  }

  @Test
  void gaussianProbWithoutSelf() {
    Connectivity c = Connect.gaussianProb(0.3).includeSelf(false).build(new int[] {10, 10});
    assertFalse(TestGraphs.hasSelfLoop(c));
    assertTrue(c.synapseCount() > 0);
  }

  /** GaussianWeight equals the full scan of w = wMax exp(-d^2 / 2 sigma^2) > wMin. */
  @Test
  void gaussianWeightMatchesTheFullScan() {
    int[][][] shapes = {
      {{40, 40}, {40, 40}}, {{10, 10}, {20, 20}}, {{12, 7}, {5, 9}}, {{30}, {30}}, {{1, 8}, {6, 1}}
    };
    for (int[][] sh : shapes) {
      for (boolean normalize : new boolean[] {true, false}) {
        for (boolean self : new boolean[] {true, false}) {
          double sigma = normalize ? 0.1 : 2.5;
          GaussianWeight g =
              Connect.gaussianWeight(sigma, 1.0).wMin(0.01).normalize(normalize).includeSelf(self);
          Connectivity c = g.build(sh[0], sh[1]);
          int[] pre = sh[0].length == 1 ? new int[] {sh[0][0], 1} : sh[0];
          int[] post = sh[1].length == 1 ? new int[] {sh[1][0], 1} : sh[1];
          assertFullScan(
              c,
              pre,
              post,
              self,
              (i, j) -> 1.0 * Math.exp(-dist2(i, pre, j, post, normalize) / (2.0 * (sigma * sigma))),
              w -> w > 0.01);
        }
      }
    }
    // manual 5.2.5: 40 x 40, neuron 820 = (20, 20): its own weight is w_max, the largest
    Connectivity m = Connect.gaussianWeight(0.1, 1.).wMin(0.01).build(new int[] {40, 40});
    double best = -1;
    int at = -1;
    for (int s = m.preIndptr()[820]; s < m.preIndptr()[821]; s++) {
      if (m.weights()[s] > best) {
        best = m.weights()[s];
        at = m.postIds()[s];
      }
    }
    assertEquals(820, at);
    assertEquals(1.0, best);
    // default wMin is 0.01 wMax
    assertEquals(
        Connect.gaussianWeight(0.2, 3.0).wMin(0.03).build(new int[] {9, 9}),
        Connect.gaussianWeight(0.2, 3.0).build(new int[] {9, 9}));
  }

  /** DOG equals the full scan of |wMax+ G(sigma+) - wMax- G(sigma-)| > wMin (manual 5.2.6). */
  @Test
  void dogMatchesTheFullScan() {
    int h = 40;
    int[] shape = {h, h};
    for (boolean self : new boolean[] {true, false}) {
      Connectivity c =
          Connect.dog(0.08, 0.15, 1.0, 0.7).wMin(0.01).includeSelf(self).build(shape);
      assertFullScan(
          c,
          shape,
          shape,
          self,
          (i, j) -> {
            double d2 = dist2(i, shape, j, shape, true);
            return 1.0 * Math.exp(-d2 / (2.0 * (0.08 * 0.08)))
                - 0.7 * Math.exp(-d2 / (2.0 * (0.15 * 0.15)));
          },
          w -> Math.abs(w) > 0.01);
    }
    Connectivity c = Connect.dog(0.08, 0.15, 1.0, 0.7).build(shape);
    int centre = h * h / 2 + h / 2;
    int k = java.util.Arrays.binarySearch(
        c.postIds(), c.preIndptr()[centre], c.preIndptr()[centre + 1], centre);
    assertEquals(0.3, c.weights()[k], 1e-15);
    double min = 0;
    for (int s = c.preIndptr()[centre]; s < c.preIndptr()[centre + 1]; s++) {
      min = Math.min(min, c.weights()[s]);
    }
    assertTrue(min < -0.1, "inhibitory surround");
    // default wMin = 0.01 |wMax+ - wMax-| = 0.003
    assertEquals(
        Connect.dog(0.08, 0.15, 1.0, 0.7).wMin(0.01 * 0.3).build(shape),
        Connect.dog(0.08, 0.15, 1.0, 0.7).build(shape));
  }

  interface PairWeight {
    double at(int i, int j);
  }

  interface Keep {
    boolean test(double w);
  }

  static void assertFullScan(
      Connectivity c, int[] pre, int[] post, boolean self, PairWeight f, Keep keep) {
    TestGraphs.assertWellFormed(c);
    int np = pre[0] * pre[1];
    int nq = post[0] * post[1];
    List<Integer> ii = new ArrayList<>();
    List<Integer> jj = new ArrayList<>();
    List<Double> ww = new ArrayList<>();
    for (int i = 0; i < np; i++) {
      for (int j = 0; j < nq; j++) {
        if (!self && i == j) {
          continue;
        }
        double w = f.at(i, j);
        if (keep.test(w)) {
          ii.add(i);
          jj.add(j);
          ww.add(w);
        }
      }
    }
    assertArrayEquals(ii.stream().mapToInt(Integer::intValue).toArray(), c.preIds());
    assertArrayEquals(jj.stream().mapToInt(Integer::intValue).toArray(), c.postIds());
    assertArrayEquals(ww.stream().mapToDouble(Double::doubleValue).toArray(), c.weights(), 1e-15);
  }
}
