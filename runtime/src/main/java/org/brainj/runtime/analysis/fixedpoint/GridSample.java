package org.brainj.runtime.analysis.fixedpoint;

import java.util.Objects;

/**
 * A field evaluated at every node of a rectilinear grid: the first step of the fixed-point search
 * and of the nullclines. Node {@code (i, j)} of a 2-D grid is {@code (axes[0][i], axes[1][j])},
 * stored at {@code i * ny + j}.
 */
public final class GridSample {
  private final double[][] axes;
  private final double[][] values;
  private final double[] scale;

  private GridSample(double[][] axes, double[][] values) {
    this.axes = axes;
    this.values = values;
    this.scale = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      double s = 0;
      for (double v : values[k]) {
        if (Double.isFinite(v)) {
          s = Math.max(s, Math.abs(v));
        }
      }
      scale[k] = s > 0 ? s : 1;
    }
  }

  /**
   * Evaluates {@code f} at every node of the grid whose axes are {@code axes} (one ascending array
   * per variable, {@code f.dimension()} of them, 1 or 2).
   */
  public static GridSample evaluate(ReducedField f, double[][] axes) {
    Objects.requireNonNull(f, "field");
    int n = f.dimension();
    if (axes.length != n || n < 1 || n > 2) {
      throw new IllegalArgumentException("a grid search needs 1 or 2 axes, one per variable; got "
          + axes.length + " axes for " + n + " variables");
    }
    double[] x = new double[n];
    double[] out = new double[n];
    if (n == 1) {
      double[] g = new double[axes[0].length];
      for (int i = 0; i < g.length; i++) {
        x[0] = axes[0][i];
        f.eval(x, out);
        g[i] = out[0];
      }
      return new GridSample(axes, new double[][] {g});
    }
    int nx = axes[0].length;
    int ny = axes[1].length;
    double[] f0 = new double[nx * ny];
    double[] f1 = new double[nx * ny];
    for (int i = 0; i < nx; i++) {
      x[0] = axes[0][i];
      for (int j = 0; j < ny; j++) {
        x[1] = axes[1][j];
        f.eval(x, out);
        f0[i * ny + j] = out[0];
        f1[i * ny + j] = out[1];
      }
    }
    return new GridSample(axes, new double[][] {f0, f1});
  }

  /** The number of variables. */
  public int dimension() {
    return axes.length;
  }

  /** The grid's coordinates along variable {@code k} (the array itself). */
  public double[] axis(int k) {
    return axes[k];
  }

  /** Component {@code k} of the field at every node (the array itself). */
  public double[] values(int k) {
    return values[k];
  }

  /** The largest finite {@code |f_k|} on the grid (1 where all are 0): the field's scale. */
  public double scale(int k) {
    return scale[k];
  }

  /** The largest spacing between neighbouring nodes along variable {@code k}. */
  public double maxSpacing(int k) {
    double[] a = axes[k];
    double h = 0;
    for (int i = 1; i < a.length; i++) {
      h = Math.max(h, a[i] - a[i - 1]);
    }
    return h > 0 ? h : 1;
  }
}
