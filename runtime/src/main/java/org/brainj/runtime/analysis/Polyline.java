package org.brainj.runtime.analysis;

/**
 * A curve as points joined by straight segments, in two coordinates (a nullcline piece, a
 * streamline).
 *
 * @param x the first coordinates
 * @param y the second coordinates, as many
 */
public record Polyline(double[] x, double[] y) {
  public Polyline {
    if (x.length != y.length) {
      throw new IllegalArgumentException("a polyline needs as many x as y values, got "
          + x.length + " and " + y.length);
    }
  }

  /** The number of points. */
  public int size() {
    return x.length;
  }

  /** Joins polylines into one pair of arrays with a {@code NaN} between them, for drawing. */
  static double[][] joined(Iterable<Polyline> lines) {
    int n = 0;
    for (Polyline p : lines) {
      n += p.size() + 1;
    }
    double[] xs = new double[Math.max(0, n - 1)];
    double[] ys = new double[xs.length];
    int k = 0;
    for (Polyline p : lines) {
      if (k > 0) {
        xs[k] = Double.NaN;
        ys[k++] = Double.NaN;
      }
      System.arraycopy(p.x(), 0, xs, k, p.size());
      System.arraycopy(p.y(), 0, ys, k, p.size());
      k += p.size();
    }
    return new double[][] {xs, ys};
  }
}
