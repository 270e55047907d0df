package org.brainj.runtime.connect;

/**
 * The 2-D geometry shared by {@link GaussianProb}, {@link GaussianWeight} and {@link DOG}, as in
 * BrainPy: neuron {@code i} of a {@code (height, width)} group sits at {@code (i / width, i %
 * width)}; with {@code normalize} each coordinate is divided by {@code (size - 1)} (a dimension of
 * size 1 gives coordinate 1), so both groups span [0, 1]. The squared distance is {@code (y - yc)^2
 * + (x - xc)^2}.
 *
 * <p>Instead of visiting every (pre, post) pair, each row visits only the posts inside a box whose
 * half-width bounds the distance at which the connector's test can still pass; the test itself is
 * exact, so the result is the same as a full scan (the random draws are addressed by (pre, post),
 * not by visiting order).
 */
final class GaussianGrid {
  /** exp(-x) is 0 in double precision for x above about 745.13. */
  static final double UNDERFLOW = 746.0;

  /** Visits one candidate pair. */
  interface PairTest {
    void pair(int pre, int post, double dist2, CsrBuilder.Sink sink);
  }

  private GaussianGrid() {}

  static double coord(int idx, int n, boolean normalize) {
    if (!normalize) {
      return idx;
    }
    return n > 1 ? idx / (double) (n - 1) : 1.0;
  }

  /**
   * Largest {@code x = d^2 / (2 sigma^2)} at which {@code amplitude * exp(-x) > threshold} can
   * hold: {@code +inf} for a negative threshold, negative (nothing passes) when {@code amplitude <=
   * threshold}.
   */
  static double xBound(double amplitude, double threshold) {
    if (threshold < 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (!(amplitude > threshold)) {
      return -1;
    }
    if (threshold == 0) {
      return UNDERFLOW;
    }
    return Math.min(Math.log(amplitude / threshold), UNDERFLOW);
  }

  static Connectivity build(
      String who,
      int[] preShape,
      int[] postShape,
      boolean normalize,
      boolean includeSelf,
      double sigma,
      double xBound,
      boolean weighted,
      PairTest test) {
    int[] pre = Shapes.heightWidth(who, "preShape", preShape);
    int[] post = Shapes.heightWidth(who, "postShape", postShape);
    int preH = pre[0];
    int preW = pre[1];
    int postH = post[0];
    int postW = post[1];
    int preNum = preH * preW;
    int postNum = postH * postW;
    double[] rowCoord = new double[postH];
    for (int r = 0; r < postH; r++) {
      rowCoord[r] = coord(r, postH, normalize);
    }
    double[] colCoord = new double[postW];
    for (int c = 0; c < postW; c++) {
      colCoord[c] = coord(c, postW, normalize);
    }
    double reach =
        xBound < 0 ? -1 : sigma * Math.sqrt(2.0 * xBound) * (1 + 1e-9) + 1e-12;
    return CsrBuilder.build(
        who,
        preNum,
        postNum,
        weighted,
        preNum > CsrBuilder.CHUNK,
        () ->
            (i, sink) -> {
              if (reach < 0) {
                return;
              }
              double y = coord(i / preW, preH, normalize);
              double x = coord(i % preW, preW, normalize);
              int r0 = lo(y, reach, postH, normalize);
              int r1 = hi(y, reach, postH, normalize);
              int c0 = lo(x, reach, postW, normalize);
              int c1 = hi(x, reach, postW, normalize);
              for (int r = r0; r <= r1; r++) {
                double dy = y - rowCoord[r];
                for (int c = c0; c <= c1; c++) {
                  int j = r * postW + c;
                  if (!includeSelf && j == i) {
                    continue;
                  }
                  double dx = x - colCoord[c];
                  test.pair(i, j, dy * dy + dx * dx, sink);
                }
              }
            });
  }

  /** Smallest index along an axis of {@code n} whose coordinate can be within {@code d} of c. */
  private static int lo(double c, double d, int n, boolean normalize) {
    double v;
    if (normalize) {
      v = n > 1 ? Math.floor((c - d) * (n - 1)) - 1 : 0;
    } else {
      v = Math.floor(c - d) - 1;
    }
    return (int) Math.max(0, Math.min(n - 1, v));
  }

  /** Largest index along an axis of {@code n} whose coordinate can be within {@code d} of c. */
  private static int hi(double c, double d, int n, boolean normalize) {
    double v;
    if (normalize) {
      v = n > 1 ? Math.ceil((c + d) * (n - 1)) + 1 : 0;
    } else {
      v = Math.ceil(c + d) + 1;
    }
    return (int) Math.max(0, Math.min(n - 1, v));
  }
}
