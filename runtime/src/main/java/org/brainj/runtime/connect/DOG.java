package org.brainj.runtime.connect;

/**
 * {@code brainpy.connect.DOG(sigmas, ws_max, w_min=None, normalize=True, include_self=True)}
 * (manual 5.2.6, 16.3.6): difference of Gaussians on 2-D geometry, a synapse from pre {@code i} to
 * post {@code j} with weight {@code w = wMax+ exp(-d^2 / (2 sigma+^2)) - wMax- exp(-d^2 / (2
 * sigma-^2))} wherever {@code |w| > wMin} ({@code wMin} defaults to {@code 0.01 * |wMax+ -
 * wMax-|}); {@code d} as in {@link GaussianProb}. Without {@code includeSelf}, pairs with {@code i
 * == j} are skipped. Deterministic; the weights are {@link Connectivity#weights()}.
 */
public final class DOG implements Connector {
  private static final String WHO = "DOG";

  private final double sigmaPlus;
  private final double sigmaMinus;
  private final double wMaxPlus;
  private final double wMaxMinus;
  private final double wMin;
  private final boolean normalize;
  private final boolean includeSelf;

  DOG(
      double sigmaPlus,
      double sigmaMinus,
      double wMaxPlus,
      double wMaxMinus,
      double wMin,
      boolean normalize,
      boolean includeSelf) {
    this.sigmaPlus = Shapes.positive(WHO, "sigmas[0] (sigma+)", sigmaPlus);
    this.sigmaMinus = Shapes.positive(WHO, "sigmas[1] (sigma-)", sigmaMinus);
    this.wMaxPlus = Shapes.nonNegative(WHO, "wsMax[0] (wMax+)", wMaxPlus);
    this.wMaxMinus = Shapes.nonNegative(WHO, "wsMax[1] (wMax-)", wMaxMinus);
    this.wMin = Shapes.nonNegative(WHO, "wMin", wMin);
    this.normalize = normalize;
    this.includeSelf = includeSelf;
  }

  /** Weights with {@code |w| <= wMin} are not created (default {@code 0.01 * |wMax+ - wMax-|}). */
  public DOG wMin(double wMin) {
    return new DOG(sigmaPlus, sigmaMinus, wMaxPlus, wMaxMinus, wMin, normalize, includeSelf);
  }

  /** Whether positions are normalized to [0, 1] (default true). */
  public DOG normalize(boolean normalize) {
    return new DOG(sigmaPlus, sigmaMinus, wMaxPlus, wMaxMinus, wMin, normalize, includeSelf);
  }

  /** Whether {@code (i, i)} synapses are created (default true). */
  public DOG includeSelf(boolean includeSelf) {
    return new DOG(sigmaPlus, sigmaMinus, wMaxPlus, wMaxMinus, wMin, normalize, includeSelf);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    double twoP = 2.0 * (sigmaPlus * sigmaPlus);
    double twoN = 2.0 * (sigmaMinus * sigmaMinus);
    double wp = wMaxPlus;
    double wn = wMaxMinus;
    double min = wMin;
    // |w| <= max(wMax+, wMax-) exp(-d^2 / (2 max(sigma)^2)): bounds the box searched
    return GaussianGrid.build(
        WHO,
        preShape,
        postShape,
        normalize,
        includeSelf,
        Math.max(sigmaPlus, sigmaMinus),
        GaussianGrid.xBound(Math.max(wMaxPlus, wMaxMinus), wMin),
        true,
        (i, j, dist2, sink) -> {
          double w = wp * Math.exp(-dist2 / twoP) - wn * Math.exp(-dist2 / twoN);
          if (Math.abs(w) > min) {
            sink.add(j, w);
          }
        });
  }

  @Override
  public String toString() {
    return WHO
        + "(sigmas=("
        + sigmaPlus
        + ", "
        + sigmaMinus
        + "), wsMax=("
        + wMaxPlus
        + ", "
        + wMaxMinus
        + "), wMin="
        + wMin
        + ", normalize="
        + normalize
        + ", includeSelf="
        + includeSelf
        + ")";
  }
}
