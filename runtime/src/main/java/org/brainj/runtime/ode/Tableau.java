package org.brainj.runtime.ode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * An explicit Runge-Kutta method as data: nodes {@code c}, the strictly lower triangular
 * {@code a} (row {@code i} has {@code i} entries), weights {@code b} of order {@code order}, and
 * for embedded pairs a second weight row {@code bStar} of order {@code embeddedOrder} (null and 0
 * otherwise). Entries are written as the literature gives them, rationals like {@code "1/6"} or
 * decimals, and rounded once to the nearest double: the same rule as the processor's tableaux,
 * so both hold the same bits (a processor test compares them).
 */
public record Tableau(
    String name,
    String description,
    int order,
    double[] c,
    double[][] a,
    double[] b,
    double[] bStar,
    int embeddedOrder) {

  /** The number of stages. */
  public int stages() {
    return b.length;
  }

  /**
   * The stages a fixed step needs: up to the last non-zero weight of {@code b} (later stages only
   * serve the error estimate, like Dormand-Prince's seventh).
   */
  public int stagesUsed() {
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] != 0) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Whether the method has embedded weights (an error estimate). */
  public boolean embedded() {
    return bStar != null;
  }

  static Tableau of(String name, String description, int order, List<String[]> rows,
      String... weights) {
    return build(name, description, order, 0, rows, weights, null);
  }

  static Tableau embedded(String name, String description, int order, int embeddedOrder,
      List<String[]> rows, String[] weights, String[] embeddedWeights) {
    return build(name, description, order, embeddedOrder, rows, weights, embeddedWeights);
  }

  private static Tableau build(String name, String description, int order, int embeddedOrder,
      List<String[]> rows, String[] weights, String[] embeddedWeights) {
    int s = weights.length;
    if (rows.size() != s || (embeddedWeights != null && embeddedWeights.length != s)) {
      throw new IllegalArgumentException(name + ": " + rows.size() + " rows for " + s
          + " weights");
    }
    double[] c = new double[s];
    double[][] a = new double[s][];
    for (int i = 0; i < s; i++) {
      String[] row = rows.get(i);
      if (row.length != i + 1) {
        throw new IllegalArgumentException(name + ": row " + i + " must have " + (i + 1)
            + " entries");
      }
      c[i] = parse(row[0]);
      a[i] = new double[i];
      for (int j = 0; j < i; j++) {
        a[i][j] = parse(row[j + 1]);
      }
    }
    return new Tableau(name, description, order, c, a, parseAll(weights),
        embeddedWeights == null ? null : parseAll(embeddedWeights), embeddedOrder);
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
