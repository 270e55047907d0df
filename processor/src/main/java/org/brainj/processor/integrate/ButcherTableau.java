package org.brainj.processor.integrate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * An explicit Runge-Kutta method as data: {@code c} (nodes), {@code a} (the strictly lower
 * triangular matrix, row i has i entries) and {@code b} (weights). Entries are written as the
 * literature gives them: rationals like {@code "1/6"} or decimals; they are turned into the
 * nearest double once.
 */
public record ButcherTableau(
    String name, String description, int order, double[] c, double[][] a, double[] b) {

  public int stages() {
    return b.length;
  }

  /** Builds a tableau from rows of strings: each row is {@code c_i, a_i1 .. a_i(i-1)}. */
  public static ButcherTableau of(
      String name, String description, int order, List<String[]> rows, String... weights) {
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
    double[] b = new double[s];
    for (int i = 0; i < s; i++) {
      b[i] = parse(weights[i]);
    }
    return new ButcherTableau(name, description, order, c, a, b);
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
