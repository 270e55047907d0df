package org.brainj.processor.integrate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * An explicit Runge-Kutta method as data: {@code c} (nodes), {@code a} (the strictly lower
 * triangular matrix, row i has i entries) and {@code b} (weights, of order {@code order}).
 * Embedded pairs also have {@code bStar}, a second weight row of order {@code embeddedOrder} over
 * the same stages: {@code h * sum_i (b_i - bStar_i) k_i} estimates the local error, which adaptive
 * integration controls. Entries are written as the literature gives them: rationals like
 * {@code "1/6"} or decimals; they are turned into the nearest double once.
 *
 * @param bStar the embedded weights, or null for a method without an error estimate
 * @param embeddedOrder the order of {@code bStar}, 0 without one
 */
public record ButcherTableau(
    String name,
    String description,
    int order,
    double[] c,
    double[][] a,
    double[] b,
    double[] bStar,
    int embeddedOrder) {

  /** A method without an embedded error estimate. */
  public ButcherTableau(
      String name, String description, int order, double[] c, double[][] a, double[] b) {
    this(name, description, order, c, a, b, null, 0);
  }

  public int stages() {
    return b.length;
  }

  /** Whether the method has a second weight row to estimate its error (adaptive use). */
  public boolean embedded() {
    return bStar != null;
  }

  /** {@code b_i - bStar_i}: the weights of the local error estimate. */
  public double[] errorWeights() {
    if (bStar == null) {
      throw new IllegalStateException(name + " has no embedded weights");
    }
    double[] e = new double[b.length];
    for (int i = 0; i < e.length; i++) {
      e[i] = b[i] - bStar[i];
    }
    return e;
  }

  /**
   * The stages a step with the given weights needs: up to the last non-zero weight (later stages
   * only feed later stages). Dormand-Prince's seventh stage, for instance, only serves its error
   * estimate.
   */
  public static int stagesUsed(double[]... weightRows) {
    int n = 0;
    for (double[] w : weightRows) {
      for (int i = w.length - 1; i >= n; i--) {
        if (w[i] != 0) {
          n = i + 1;
          break;
        }
      }
    }
    return n;
  }

  /** Builds a tableau from rows of strings: each row is {@code c_i, a_i1 .. a_i(i-1)}. */
  public static ButcherTableau of(
      String name, String description, int order, List<String[]> rows, String... weights) {
    return build(name, description, order, 0, rows, weights, null);
  }

  /**
   * Builds an embedded pair: {@code weights} of order {@code order} (the row that is propagated)
   * and {@code embeddedWeights} of order {@code embeddedOrder} (the row the error is estimated
   * against).
   */
  public static ButcherTableau embedded(String name, String description, int order,
      int embeddedOrder, List<String[]> rows, String[] weights, String[] embeddedWeights) {
    if (embeddedWeights.length != weights.length) {
      throw new IllegalArgumentException(name + ": " + weights.length + " weights but "
          + embeddedWeights.length + " embedded weights");
    }
    return build(name, description, order, embeddedOrder, rows, weights, embeddedWeights);
  }

  private static ButcherTableau build(String name, String description, int order,
      int embeddedOrder, List<String[]> rows, String[] weights, String[] embeddedWeights) {
    int s = weights.length;
    if (rows.size() != s) {
      throw new IllegalArgumentException(name + ": " + rows.size() + " rows for " + s + " weights");
    }
    double[] c = new double[s];
    double[][] a = new double[s][];
    for (int i = 0; i < s; i++) {
      String[] row = rows.get(i);
      if (row.length != i + 1) {
        throw new IllegalArgumentException(name + ": row " + i + " must have " + (i + 1) + " entries");
      }
      c[i] = parse(row[0]);
      a[i] = new double[i];
      for (int j = 0; j < i; j++) {
        a[i][j] = parse(row[j + 1]);
      }
    }
    double[] b = parseAll(weights);
    double[] bStar = embeddedWeights == null ? null : parseAll(embeddedWeights);
    return new ButcherTableau(name, description, order, c, a, b, bStar, embeddedOrder);
  }

  private static double[] parseAll(String[] entries) {
    double[] out = new double[entries.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = parse(entries[i]);
    }
    return out;
  }

  /** A rational {@code p/q} or a decimal, rounded once to the nearest double. */
  static double parse(String entry) {
    String e = entry.trim();
    int slash = e.indexOf('/');
    if (slash < 0) {
      return Double.parseDouble(e);
    }
    BigDecimal p = new BigDecimal(e.substring(0, slash).trim());
    BigDecimal q = new BigDecimal(e.substring(slash + 1).trim());
    return p.divide(q, MathContext.DECIMAL128).doubleValue();
  }
}
