package org.brainj.runtime.connect;

/**
 * {@code brainpy.connect.GaussianWeight(sigma, w_max, w_min=None, normalize=True,
 * include_self=True)} (manual 5.2.5, 16.3.5): on 2-D geometry, a synapse from pre {@code i} to
 * post {@code j} with weight {@code w = wMax * exp(-d^2 / (2 sigma^2))} wherever {@code w > wMin}
 * ({@code wMin} defaults to {@code 0.01 * wMax}); {@code d} as in {@link GaussianProb}. Without
 * {@code includeSelf}, pairs with {@code i == j} are skipped. Deterministic (BrainPy's unused
 * {@code seed} argument is not kept). The weights are {@link Connectivity#weights()}.
 */
public final class GaussianWeight implements Connector {
  private static final String WHO = "GaussianWeight";

  private final double sigma;
  private final double wMax;
  private final double wMin;
  private final boolean normalize;
  private final boolean includeSelf;

  GaussianWeight(double sigma, double wMax, double wMin, boolean normalize, boolean includeSelf) {
    this.sigma = Shapes.positive(WHO, "sigma", sigma);
    this.wMax = Shapes.positive(WHO, "wMax", wMax);
    this.wMin = Shapes.finite(WHO, "wMin", wMin);
    this.normalize = normalize;
    this.includeSelf = includeSelf;
  }

  /** Weights at or below {@code wMin} are not created (default {@code 0.01 * wMax}). */
  public GaussianWeight wMin(double wMin) {
    return new GaussianWeight(sigma, wMax, wMin, normalize, includeSelf);
  }

  /** Whether positions are normalized to [0, 1] (default true). */
  public GaussianWeight normalize(boolean normalize) {
    return new GaussianWeight(sigma, wMax, wMin, normalize, includeSelf);
  }

  /** Whether {@code (i, i)} synapses are created (default true). */
  public GaussianWeight includeSelf(boolean includeSelf) {
    return new GaussianWeight(sigma, wMax, wMin, normalize, includeSelf);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    double twoSigma2 = 2.0 * (sigma * sigma);
    double max = wMax;
    double min = wMin;
    return GaussianGrid.build(
        WHO,
        preShape,
        postShape,
        normalize,
        includeSelf,
        sigma,
        GaussianGrid.xBound(wMax, wMin),
        true,
        (i, j, dist2, sink) -> {
          double w = max * Math.exp(-dist2 / twoSigma2);
          if (w > min) {
            sink.add(j, w);
          }
        });
  }

  @Override
  public String toString() {
    return WHO
        + "(sigma="
        + sigma
        + ", wMax="
        + wMax
        + ", wMin="
        + wMin
        + ", normalize="
        + normalize
        + ", includeSelf="
        + includeSelf
        + ")";
  }
}
