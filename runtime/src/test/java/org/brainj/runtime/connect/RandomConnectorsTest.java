package org.brainj.runtime.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/**
 * FixedProb, FixedPreNum and FixedPostNum: exact degrees where they are fixed, distributions where
 * they are random. The seeds are fixed, so every statistical check is deterministic; the bounds are
 * 5 standard errors (or chi-square p-values above 1e-4), wide enough for any seed of a correct
 * sampler and far tighter than the error a wrong one makes (a probability off by 1/n, a biased
 * position, a repeated synapse).
 */
class RandomConnectorsTest {

  /** Chi-square goodness of fit of integer samples to a binomial law, bins pooled to E >= 10. */
  static double binomialFitPValue(int[] samples, int trials, double p) {
    BinomialDistribution law = new BinomialDistribution(null, trials, p);
    int max = 0;
    for (int v : samples) {
      max = Math.max(max, v);
    }
    long[] hist = new long[max + 1];
    for (int v : samples) {
      hist[v]++;
    }
    List<Double> exp = new ArrayList<>();
    List<Long> obs = new ArrayList<>();
    double e = 0;
    long o = 0;
    int lo = 0;
    // pool from the left until E >= 10, and everything above the last full bin into one tail bin
    for (int k = 0; k <= max; k++) {
      e += law.probability(k) * samples.length;
      o += hist[k];
      if (e >= 10 && (1 - law.cumulativeProbability(k)) * samples.length >= 10) {
        exp.add(e);
        obs.add(o);
        e = 0;
        o = 0;
        lo = k + 1;
      }
    }
    exp.add((1 - law.cumulativeProbability(lo - 1)) * samples.length);
    obs.add(o);
    double[] ex = exp.stream().mapToDouble(Double::doubleValue).toArray();
    long[] ob = obs.stream().mapToLong(Long::longValue).toArray();
    return new ChiSquareTest().chiSquareTest(ex, ob);
  }

  @Test
  void fixedProbDegreesAreBinomial() {
    int n = 40_000;
    double p = 0.001;
    Connectivity c = Connect.fixedProb(p).seed(7).build(n, n);
    TestGraphs.assertWellFormed(c);
    for (int[] deg : new int[][] {TestGraphs.outDegrees(c), TestGraphs.inDegrees(c)}) {
      double mean = n * p;
      double var = n * p * (1 - p);
      // standard error of the mean sqrt(var/n); of the sample variance sqrt((mu4 - var^2)/n)
      // with the binomial mu4 ~ var (1 + 3 var)
      assertEquals(mean, TestGraphs.mean(deg), 5 * Math.sqrt(var / n));
      assertEquals(var, TestGraphs.variance(deg), 5 * Math.sqrt((var + 2 * var * var) / n));
      assertTrue(binomialFitPValue(deg, n, p) > 1e-4);
    }
  }

  /** Positions are uniform: synapse counts over 100 column blocks, and over the gap sizes. */
  @Test
  void fixedProbPositionsAreUniform() {
    int n = 20_000;
    Connectivity c = Connect.fixedProb(0.002).seed(3).build(n, n);
    int[] in = TestGraphs.inDegrees(c);
    long[] blocks = new long[100];
    for (int j = 0; j < n; j++) {
      blocks[j / 200] += in[j];
    }
    double[] expected = new double[100];
    java.util.Arrays.fill(expected, c.synapseCount() / 100.0);
    assertTrue(new ChiSquareTest().chiSquareTest(expected, blocks) > 1e-4);
    // every column, the first and the last included, is hit at the rate p
    Connectivity d = Connect.fixedProb(0.3).seed(4).build(20_000, 100);
    int[] cols = TestGraphs.inDegrees(d);
    double sd = Math.sqrt(20_000 * 0.3 * 0.7);
    for (int j = 0; j < 100; j++) {
      assertEquals(6000, cols[j], 5 * sd, "column " + j);
    }
  }

  @Test
  void fixedProbWithoutSelfHasNoDiagonalAndDegreeOverTheOthers() {
    int n = 20_000;
    double p = 0.004;
    Connectivity c = Connect.fixedProb(p).includeSelf(false).seed(1).build(n, n);
    assertFalse(TestGraphs.hasSelfLoop(c));
    int[] deg = TestGraphs.outDegrees(c);
    assertEquals((n - 1) * p, TestGraphs.mean(deg), 5 * Math.sqrt((n - 1) * p / n));
    // rows beyond the post group have no self pair to skip
    Connectivity wide = Connect.fixedProb(1.0).includeSelf(false).build(5, 3);
    assertEquals(Connect.all2All().includeSelf(false).build(5, 3), wide);
  }

  @Test
  void fixedProbExtremesAndSmallCases() {
    assertEquals(0, Connect.fixedProb(0.0).build(300, 200).synapseCount());
    assertEquals(Connect.all2All().build(30, 20), Connect.fixedProb(1.0).build(30, 20));
    Connectivity single = Connect.fixedProb(0.5).build(1, 1);
    assertTrue(single.synapseCount() <= 1);
    assertEquals(0, Connect.fixedProb(0.5).includeSelf(false).build(1, 1).synapseCount());
    assertEquals(0, Connect.fixedProb(0.5).build(0, 10).synapseCount());
    // a dense probability: still exact Bernoulli, checked on the total
    Connectivity dense = Connect.fixedProb(0.9).seed(2).build(300, 300);
    double var = 300 * 300 * 0.9 * 0.1;
    assertEquals(300 * 300 * 0.9, dense.synapseCount(), 5 * Math.sqrt(var));
    TestGraphs.assertWellFormed(dense);
  }

  @Test
  void fixedProbIsTheSameSequentialOrParallel() {
    FixedProb fp = Connect.fixedProb(0.01).includeSelf(false).seed(42);
    assertEquals(fp.build(5000, 3000, false), fp.build(5000, 3000, true));
    assertEquals(fp.build(5000, 3000, false), fp.build(5000, 3000));
  }

  @Test
  void fixedPostNumHasExactOutDegreesAndUniformTargets() {
    int pre = 2000;
    int post = 3000;
    for (int num : new int[] {50, 2000}) { // sparse (sorted) and dense (scanned) selection
      Connectivity c = Connect.fixedPostNum(num).seed(5).build(pre, post);
      TestGraphs.assertWellFormed(c); // distinct targets
      for (int i = 0; i < pre; i++) {
        assertEquals(num, c.outDegree(i));
      }
      int[] in = TestGraphs.inDegrees(c);
      double q = num / (double) post;
      assertEquals(pre * q, TestGraphs.mean(in), 1e-9);
      double var = pre * q * (1 - q);
      assertEquals(var, TestGraphs.variance(in), 5 * Math.sqrt((var + 2 * var * var) / post));
      double[] e = new double[post];
      java.util.Arrays.fill(e, pre * q);
      long[] o = new long[post];
      for (int j = 0; j < post; j++) {
        o[j] = in[j];
      }
      assertTrue(new ChiSquareTest().chiSquareTest(e, o) > 1e-4);
    }
  }

  @Test
  void fixedPreNumHasExactInDegrees() {
    int pre = 3000;
    int post = 2000;
    Connectivity c = Connect.fixedPreNum(40).includeSelf(false).seed(5).build(pre, post);
    TestGraphs.assertWellFormed(c);
    int[] in = TestGraphs.inDegrees(c);
    for (int j = 0; j < post; j++) {
      assertEquals(40, in[j]);
    }
    assertFalse(TestGraphs.hasSelfLoop(c));
    int[][] q2p = c.post2pre();
    for (int j = 0; j < post; j++) {
      for (int k = 1; k < q2p[j].length; k++) {
        assertTrue(q2p[j][k] > q2p[j][k - 1], "distinct pre neurons");
      }
    }
    int[] out = TestGraphs.outDegrees(c);
    double q = 40.0 / (pre - 1);
    assertEquals(post * 40.0 / pre, TestGraphs.mean(out), 1e-9);
    double var = post * q * (1 - q);
    assertEquals(var, TestGraphs.variance(out), 5 * Math.sqrt((var + 2 * var * var) / pre));
  }

  @Test
  void fixedNumAllOrAllButSelf() {
    Connectivity all = Connect.fixedPostNum(6).build(4, 6);
    assertEquals(Connect.all2All().build(4, 6), all);
    Connectivity others = Connect.fixedPreNum(5).includeSelf(false).build(6, 6);
    assertEquals(Connect.all2All().includeSelf(false).build(6), others);
    Connectivity none = Connect.fixedPostNum(0).build(4, 6);
    assertEquals(0, none.synapseCount());
  }

  /** A fraction gives int(size * fraction), as BrainPy's float num. */
  @Test
  void fixedNumFractions() {
    Connectivity c = Connect.fixedPostNum(0.1).build(7, 95);
    for (int i = 0; i < 7; i++) {
      assertEquals(9, c.outDegree(i));
    }
    Connectivity d = Connect.fixedPreNum(0.25).build(30, 11);
    for (int j = 0; j < 11; j++) {
      assertEquals(7, d.inDegree(j));
    }
  }

  @Test
  void seedsReproduceAndDifferentSeedsDiffer() {
    List<Connector> a = new ArrayList<>();
    List<Connector> b = new ArrayList<>();
    a.add(Connect.fixedProb(0.05).seed(11));
    b.add(Connect.fixedProb(0.05).seed(12));
    a.add(Connect.fixedPostNum(10).seed(11));
    b.add(Connect.fixedPostNum(10).seed(12));
    a.add(Connect.fixedPreNum(10).seed(11));
    b.add(Connect.fixedPreNum(10).seed(12));
    a.add(Connect.gaussianProb(0.2).seed(11));
    b.add(Connect.gaussianProb(0.2).seed(12));
    a.add(Connect.smallWorld(6, 0.3).seed(11));
    b.add(Connect.smallWorld(6, 0.3).seed(12));
    a.add(Connect.scaleFreeBA(3).seed(11));
    b.add(Connect.scaleFreeBA(3).seed(12));
    a.add(Connect.scaleFreeBADual(2, 4, 0.5).seed(11));
    b.add(Connect.scaleFreeBADual(2, 4, 0.5).seed(12));
    a.add(Connect.powerLaw(3, 0.5).seed(11));
    b.add(Connect.powerLaw(3, 0.5).seed(12));
    for (int k = 0; k < a.size(); k++) {
      Connector x = a.get(k);
      int[] shape = x instanceof GaussianProb ? new int[] {15, 20} : new int[] {300};
      Connectivity first = x.build(shape);
      assertEquals(first, x.build(shape), x + " reproduces");
      assertNotEquals(first, b.get(k).build(shape), x + " differs with another seed");
      assertTrue(first.synapseCount() > 0);
    }
    // different connectors with the same seed draw from different streams
    assertNotEquals(
        Connect.fixedPostNum(10).seed(3).build(200, 200),
        Connect.fixedPreNum(10).seed(3).build(200, 200).transpose());
  }
}
