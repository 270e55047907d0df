package org.brainj.runtime.ode;

/**
 * Derivatives of a vector field by central differences, for fields given as code (lambdas):
 * {@code (f(x + h e_j) - f(x - h e_j)) / 2h} with {@code h = eps^(1/3) max(1, |x_j|)}, the step
 * that balances truncation ({@code O(h^2)}) against rounding ({@code O(eps / h)}), so entries
 * carry about 1e-10 relative error for smooth fields. The step is rounded so that
 * {@code x + h} is exactly {@code h} away from {@code x}.
 */
public final class FiniteDifferences {
  private FiniteDifferences() {}

  /** {@code cbrt(2^-52)}: the relative step. */
  static final double REL_STEP = Math.cbrt(Math.ulp(1.0));

  /** The field as code: {@code out = f(state, t)}. */
  @FunctionalInterface
  public interface Field {
    void eval(double[] state, double t, double[] out);
  }

  /** The step for coordinate value {@code x}, exactly representable as a difference. */
  static double step(double x) {
    double h = REL_STEP * Math.max(1, Math.abs(x));
    double up = x + h;
    return up - x;
  }

  /** Every {@code out[i][j] = d f_i / d x_j} at {@code (state, t)}; {@code state} is unchanged. */
  public static void jacobian(Field f, double[] state, double t, double[][] out) {
    int n = state.length;
    if (out.length != n) {
      throw new IllegalArgumentException("Jacobian: out has " + out.length + " rows for "
          + n + " variables");
    }
    double[] x = state.clone();
    double[] plus = new double[n];
    double[] minus = new double[n];
    for (int j = 0; j < n; j++) {
      double xj = x[j];
      double h = step(xj);
      x[j] = xj + h;
      f.eval(x, t, plus);
      x[j] = xj - h;
      f.eval(x, t, minus);
      x[j] = xj;
      for (int i = 0; i < n; i++) {
        if (out[i].length != n) {
          throw new IllegalArgumentException("Jacobian: row " + i + " of out has length "
              + out[i].length + ", expected " + n);
        }
        out[i][j] = (plus[i] - minus[i]) / (2 * h);
      }
    }
  }

  /**
   * The diagonal {@code d f_i / d x_i} only, for exponential Euler: the {@code i}-th component of
   * {@code f} differentiated in {@code x_i}, the other variables held. Costs {@code 2n}
   * evaluations of {@code f}; {@code plus} and {@code minus} are work arrays of length
   * {@code n}, and {@code x} is restored.
   */
  static void diagonal(Field f, double[] x, double t, double[] out, double[] plus, double[] minus) {
    for (int i = 0; i < x.length; i++) {
      double xi = x[i];
      double h = step(xi);
      x[i] = xi + h;
      f.eval(x, t, plus);
      x[i] = xi - h;
      f.eval(x, t, minus);
      x[i] = xi;
      out[i] = (plus[i] - minus[i]) / (2 * h);
    }
  }
}
