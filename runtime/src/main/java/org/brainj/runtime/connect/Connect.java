package org.brainj.runtime.connect;

/**
 * Factory of the built-in connectors ({@code brainpy.connect}, manual chapter 5 and 16.2-16.3),
 * with BrainPy's required arguments; optional ones are set fluently and every setter returns a new
 * (immutable) connector:
 *
 * <pre>{@code
 * Connectivity c = Connect.fixedProb(0.02).includeSelf(false).seed(1).build(4000, 1000);
 * Connectivity g = Connect.gaussianProb(0.2).pMin(0.01).seed(1234).build(new int[] {30, 30});
 * }</pre>
 *
 * Defaults are BrainPy's, except that {@code seed} defaults to 0 instead of "fresh entropy": the
 * same connector always builds the same synapses. Invalid parameters throw {@link
 * IllegalArgumentException} naming the connector and the parameter, when set or (for limits that
 * depend on the group sizes) when built.
 */
public final class Connect {
  private Connect() {}

  /** {@code One2One()}: pre {@code i} to post {@code i}; the groups must have equal sizes. */
  public static One2One one2One() {
    return One2One.INSTANCE;
  }

  /** {@code All2All(include_self=True)}: every pair. */
  public static All2All all2All() {
    return new All2All(true);
  }

  /** {@code GridFour(include_self=False)}: the four nearest neighbours on a grid. */
  public static GridFour gridFour() {
    return new GridFour(false);
  }

  /** {@code GridEight(include_self=False)}: the eight nearest neighbours on a grid. */
  public static GridEight gridEight() {
    return new GridEight(false);
  }

  /** {@code GridN(N=1, include_self=False)}. */
  public static GridN gridN() {
    return new GridN(1, false);
  }

  /** {@code GridN(N, include_self=False)}: the {@code (2N+1) x (2N+1)} square around each neuron. */
  public static GridN gridN(int n) {
    return new GridN(n, false);
  }

  /** {@code FixedProb(prob, include_self=True, seed)}: each pair independently with {@code prob}. */
  public static FixedProb fixedProb(double prob) {
    return new FixedProb(prob, true, 0L);
  }

  /** {@code FixedPreNum(num: int, include_self=True, seed)}: {@code num} pre neurons per post. */
  public static FixedPreNum fixedPreNum(int num) {
    return new FixedPreNum(num, 0.0, false, true, 0L);
  }

  /**
   * {@code FixedPreNum(num: float, ...)}: {@code int(preNum * fraction)} pre neurons per post
   * ({@code fraction} in [0, 1]).
   */
  public static FixedPreNum fixedPreNum(double fraction) {
    return new FixedPreNum(0, fraction, true, true, 0L);
  }

  /** {@code FixedPostNum(num: int, include_self=True, seed)}: {@code num} post neurons per pre. */
  public static FixedPostNum fixedPostNum(int num) {
    return new FixedPostNum(num, 0.0, false, true, 0L);
  }

  /**
   * {@code FixedPostNum(num: float, ...)}: {@code int(postNum * fraction)} post neurons per pre
   * ({@code fraction} in [0, 1]).
   */
  public static FixedPostNum fixedPostNum(double fraction) {
    return new FixedPostNum(0, fraction, true, true, 0L);
  }

  /** {@code GaussianProb(sigma, p_min=0., normalize=True, include_self=True, seed)}. */
  public static GaussianProb gaussianProb(double sigma) {
    return new GaussianProb(sigma, 0.0, true, true, 0L);
  }

  /** {@code GaussianWeight(sigma, w_max, w_min=0.01*w_max, normalize=True, include_self=True)}. */
  public static GaussianWeight gaussianWeight(double sigma, double wMax) {
    return new GaussianWeight(sigma, wMax, 0.01 * wMax, true, true);
  }

  /**
   * {@code DOG(sigmas=(sigmaPlus, sigmaMinus), ws_max=(wMaxPlus, wMaxMinus), w_min=0.01*|wMaxPlus
   * - wMaxMinus|, normalize=True, include_self=True)}.
   */
  public static DOG dog(double sigmaPlus, double sigmaMinus, double wMaxPlus, double wMaxMinus) {
    return new DOG(
        sigmaPlus,
        sigmaMinus,
        wMaxPlus,
        wMaxMinus,
        0.01 * Math.abs(wMaxPlus - wMaxMinus),
        true,
        true);
  }

  /** {@code SmallWorld(num_neighbor, prob, directed=False, include_self=False)}, seed 0. */
  public static SmallWorld smallWorld(int numNeighbor, double prob) {
    return new SmallWorld(numNeighbor, prob, false, false, 0L);
  }

  /** {@code ScaleFreeBA(m, directed=False, seed)}. */
  public static ScaleFreeBA scaleFreeBA(int m) {
    return new ScaleFreeBA(m, false, 0L);
  }

  /** {@code ScaleFreeBADual(m1, m2, p, directed=False, seed)}. */
  public static ScaleFreeBADual scaleFreeBADual(int m1, int m2, double p) {
    return new ScaleFreeBADual(m1, m2, p, false, 0L);
  }

  /** {@code PowerLaw(m, p, directed=False, seed)}. */
  public static PowerLaw powerLaw(int m, double p) {
    return new PowerLaw(m, p, false, 0L);
  }

  /**
   * The manual's {@code IndexConn(i, j)}: synapses {@code preIds[s] -> postIds[s]} (arrays
   * copied); the sizes come from {@link Connector#build}.
   */
  public static IndexConn fromIds(int[] preIds, int[] postIds) {
    return new IndexConn(preIds, postIds, null);
  }

  /** A connector from a {@code [preNum][postNum]} connection matrix (copied). */
  public static MatrixConn fromMatrix(boolean[][] connMat) {
    return new MatrixConn(connMat);
  }
}
