package org.brainj.runtime.connect;

import org.brainj.runtime.random.CounterRng;

/**
 * {@code brainpy.connect.GaussianProb(sigma, p_min=0., normalize=True, include_self=True,
 * seed=None)} (manual 5.2.4, 16.3.4): on 2-D geometry, pre {@code i} and post {@code j} are
 * connected with probability {@code p = exp(-d^2 / (2 sigma^2))}, {@code d} the distance between
 * their positions (normalized to [0, 1] with {@code normalize}, in grid units otherwise; see {@link
 * GaussianGrid}). Pairs with {@code p <= pMin} are never connected; without {@code includeSelf},
 * pairs with {@code i == j} are skipped. The draw of each pair is addressed by (seed, i, j), so a
 * seed (default 0) reproduces exactly. Shapes may differ between the groups; 1-D shapes are
 * columns.
 */
public final class GaussianProb implements Connector {
  private static final int TAG = CounterRng.streamOf("brainj.connect.GaussianProb");
  private static final String WHO = "GaussianProb";

  private final double sigma;
  private final double pMin;
  private final boolean normalize;
  private final boolean includeSelf;
  private final long seed;

  GaussianProb(double sigma, double pMin, boolean normalize, boolean includeSelf, long seed) {
    this.sigma = Shapes.positive(WHO, "sigma", sigma);
    this.pMin = Shapes.probability(WHO, "pMin", pMin);
    this.normalize = normalize;
    this.includeSelf = includeSelf;
    this.seed = seed;
  }

  /** Probabilities at or below {@code pMin} are not connected (default 0). */
  public GaussianProb pMin(double pMin) {
    return new GaussianProb(sigma, pMin, normalize, includeSelf, seed);
  }

  /** Whether positions are normalized to [0, 1] (default true). */
  public GaussianProb normalize(boolean normalize) {
    return new GaussianProb(sigma, pMin, normalize, includeSelf, seed);
  }

  /** Whether {@code (i, i)} pairs may be connected (default true). */
  public GaussianProb includeSelf(boolean includeSelf) {
    return new GaussianProb(sigma, pMin, normalize, includeSelf, seed);
  }

  /** The random seed (default 0). */
  public GaussianProb seed(long seed) {
    return new GaussianProb(sigma, pMin, normalize, includeSelf, seed);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    double twoSigma2 = 2.0 * (sigma * sigma);
    double min = pMin;
    long s = seed;
    return GaussianGrid.build(
        WHO,
        preShape,
        postShape,
        normalize,
        includeSelf,
        sigma,
        GaussianGrid.xBound(1.0, pMin),
        false,
        (i, j, dist2, sink) -> {
          double p = Math.exp(-dist2 / twoSigma2);
          if (p > min && RngStream.uniformAt(s, TAG, i, j) < p) {
            sink.add(j);
          }
        });
  }

  @Override
  public String toString() {
    return WHO
        + "(sigma="
        + sigma
        + ", pMin="
        + pMin
        + ", normalize="
        + normalize
        + ", includeSelf="
        + includeSelf
        + ", seed="
        + seed
        + ")";
  }
}
