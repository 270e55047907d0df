package org.brainj.runtime.analysis.fixedpoint;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Newton's method with the field's Jacobian, kept near its start, and a Gauss-Newton refinement
 * for singular roots (where the Jacobian is singular, Newton converges only linearly and stalls
 * about {@code sqrt(eps)} away).
 */
final class Newton {
  private static final double EPS = Math.ulp(1.0);

  private final ReducedField f;
  private final int n;
  private final double[] fscale;
  private final double[] fx;
  private final double[][] jac;

  Newton(ReducedField f, double[] fscale) {
    this.f = f;
    this.n = f.dimension();
    this.fscale = fscale;
    this.fx = new double[n];
    this.jac = new double[n][n];
  }

  /** {@code max_i |f_i(x)| / scale_i}; infinite where {@code f} is not finite. */
  double residual(double[] x) {
    f.eval(x, fx);
    double r = 0;
    for (int i = 0; i < n; i++) {
      double v = Math.abs(fx[i]) / fscale[i];
      if (!Double.isFinite(v)) {
        return Double.POSITIVE_INFINITY;
      }
      r = Math.max(r, v);
    }
    return r;
  }

  /**
   * Iterates from {@code x0} while the iterates stay within {@code radius[i]} of it; returns the
   * iterate with the smallest residual (possibly {@code x0} itself).
   */
  double[] polish(double[] x0, double[] radius, int maxIterations) {
    double[] x = x0.clone();
    double[] best = x.clone();
    double bestResidual = residual(x);
    int stalled = 0;
    for (int it = 0; it < maxIterations && bestResidual > 0; it++) {
      f.eval(x, fx);
      f.jacobian(x, jac);
      double[] dx = solve(jac, fx);
      if (dx == null) {
        break;
      }
      boolean tiny = true;
      for (int i = 0; i < n; i++) {
        x[i] -= dx[i];
        if (!(Math.abs(x[i] - x0[i]) <= radius[i])) {
          return best; // left the neighbourhood (or NaN): another seed's business
        }
        tiny &= Math.abs(dx[i]) <= 4 * EPS * Math.max(Math.abs(x[i]), radius[i] * 1e-3);
      }
      double r = residual(x);
      if (r < bestResidual) {
        bestResidual = r;
        System.arraycopy(x, 0, best, 0, n);
        stalled = 0;
      } else if (++stalled >= 3) {
        break;
      }
      if (tiny) {
        break;
      }
    }
    return best;
  }

  /** The Jacobian's determinant at {@code x}, divided by {@code S^n}, {@code S = max |J_ij|}. */
  double scaledDeterminant(double[] x) {
    f.jacobian(x, jac);
    double s = 0;
    for (double[] row : jac) {
      for (double v : row) {
        s = Math.max(s, Math.abs(v));
      }
    }
    return s == 0 ? 0 : determinant(jac) / Math.pow(s, n);
  }

  /**
   * Gauss-Newton on {@code [f(x) / scale; det J(x) / S^n] = 0} (n + 1 equations, n unknowns), the
   * determinant's gradient by central differences of the Jacobian with steps {@code h}: at a
   * singular root (a tangency of the nullclines, a double root) this system is consistent and the
   * iteration converges fast, where Newton on {@code f} alone stalls. Returns the last iterate.
   */
  double[] refineSingular(double[] x0, double[] h, int maxIterations) {
    double[] x = x0.clone();
    f.jacobian(x, jac);
    double s = 0;
    for (double[] row : jac) {
      for (double v : row) {
        s = Math.max(s, Math.abs(v));
      }
    }
    if (s == 0) {
      return x;
    }
    double dscale = Math.pow(s, n);
    double[][] a = new double[n + 1][n];
    double[] rhs = new double[n + 1];
    double[] xp = new double[n];
    for (int it = 0; it < maxIterations; it++) {
      f.eval(x, fx);
      f.jacobian(x, jac);
      double det = determinant(jac) / dscale;
      for (int i = 0; i < n; i++) {
        rhs[i] = -fx[i] / fscale[i];
        for (int j = 0; j < n; j++) {
          a[i][j] = jac[i][j] / fscale[i];
        }
      }
      rhs[n] = -det;
      for (int j = 0; j < n; j++) {
        System.arraycopy(x, 0, xp, 0, n);
        xp[j] = x[j] + h[j];
        f.jacobian(xp, jac);
        double up = determinant(jac);
        xp[j] = x[j] - h[j];
        f.jacobian(xp, jac);
        double down = determinant(jac);
        a[n][j] = (up - down) / (2 * h[j]) / dscale;
      }
      RealVector dx;
      try {
        dx = new QRDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
            .solve(new ArrayRealVector(rhs, false));
      } catch (SingularMatrixException e) {
        return x;
      }
      boolean tiny = true;
      for (int i = 0; i < n; i++) {
        double d = dx.getEntry(i);
        if (!Double.isFinite(d)) {
          return x;
        }
        x[i] += d;
        tiny &= Math.abs(d) <= 4 * EPS * Math.max(Math.abs(x[i]), h[i]);
      }
      if (tiny) {
        break;
      }
    }
    return x;
  }

  /** Solves {@code J dx = r}; null when {@code J} is singular or the result not finite. */
  private double[] solve(double[][] j, double[] r) {
    double[] dx = new double[n];
    if (n == 1) {
      dx[0] = r[0] / j[0][0];
    } else if (n == 2) {
      double det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
      dx[0] = (j[1][1] * r[0] - j[0][1] * r[1]) / det;
      dx[1] = (j[0][0] * r[1] - j[1][0] * r[0]) / det;
    } else {
      try {
        dx = new LUDecomposition(new Array2DRowRealMatrix(j, true)).getSolver()
            .solve(new ArrayRealVector(r, true)).toArray();
      } catch (SingularMatrixException e) {
        return null;
      }
    }
    for (double d : dx) {
      if (!Double.isFinite(d)) {
        return null;
      }
    }
    return dx;
  }

  static double determinant(double[][] j) {
    int n = j.length;
    if (n == 1) {
      return j[0][0];
    }
    if (n == 2) {
      return j[0][0] * j[1][1] - j[0][1] * j[1][0];
    }
    return new LUDecomposition(new Array2DRowRealMatrix(j, true)).getDeterminant();
  }
}
