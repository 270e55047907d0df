package org.brainj.runtime.analysis.stability;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The eigenvalues of a square real matrix, sorted by real part then imaginary part: 1 x 1 and
 * 2 x 2 in closed form (so exact inputs give exact double eigenvalues), larger ones by
 * commons-math's {@link EigenDecomposition} (Hessenberg QR).
 *
 * @param real the real parts, ascending
 * @param imag the imaginary parts, conjugate pairs as {@code -w, +w}
 */
public record Eigenvalues(double[] real, double[] imag) {

  /** The eigenvalues of {@code matrix} (square, finite). */
  public static Eigenvalues of(double[][] matrix) {
    int n = checkSquare(matrix, "matrix");
    double[] re = new double[n];
    double[] im = new double[n];
    if (n == 1) {
      re[0] = matrix[0][0];
    } else if (n == 2) {
      twoByTwo(matrix, re, im);
    } else {
      EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(matrix, true));
      re = e.getRealEigenvalues();
      im = e.getImagEigenvalues();
    }
    return sorted(re, im);
  }

  private static void twoByTwo(double[][] m, double[] re, double[] im) {
    double p = m[0][0] + m[1][1];
    double q = m[0][0] * m[1][1] - m[0][1] * m[1][0];
    double e = p * p - 4 * q;
    if (e >= 0) {
      // the root of larger magnitude without cancellation, the other from the product q
      double big = p / 2 + Math.copySign(Math.sqrt(e) / 2, p);
      re[0] = big;
      re[1] = big == 0 ? 0 : q / big;
    } else {
      re[0] = re[1] = p / 2;
      im[0] = -Math.sqrt(-e) / 2;
      im[1] = -im[0];
    }
  }

  private static Eigenvalues sorted(double[] re, double[] im) {
    Integer[] order = new Integer[re.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> re[a] != re[b] ? Double.compare(re[a], re[b])
        : Double.compare(im[a], im[b]));
    double[] r = new double[re.length];
    double[] i = new double[re.length];
    for (int k = 0; k < order.length; k++) {
      r[k] = re[order[k]];
      i[k] = im[order[k]];
    }
    return new Eigenvalues(r, i);
  }

  static int checkSquare(double[][] matrix, String what) {
    if (matrix == null || matrix.length == 0) {
      throw new IllegalArgumentException("the " + what + " must be a non-empty square matrix");
    }
    int n = matrix.length;
    for (int i = 0; i < n; i++) {
      if (matrix[i] == null || matrix[i].length != n) {
        throw new IllegalArgumentException("the " + what + " must be square: row " + i + " has "
            + (matrix[i] == null ? "no" : String.valueOf(matrix[i].length)) + " entries for "
            + n + " rows");
      }
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(matrix[i][j])) {
          throw new IllegalArgumentException("the " + what + " has a non-finite entry at ["
              + i + "][" + j + "]: " + matrix[i][j]);
        }
      }
    }
    return n;
  }

  /** The number of eigenvalues. */
  public int size() {
    return real.length;
  }

  /** The largest real part (the growth rate of the most unstable direction). */
  public double maxReal() {
    return real[real.length - 1];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Eigenvalues e && Arrays.equals(real, e.real) && Arrays.equals(imag, e.imag);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(real) + Arrays.hashCode(imag);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("[");
    for (int k = 0; k < real.length; k++) {
      if (k > 0) {
        s.append(", ");
      }
      s.append(String.format(Locale.ROOT, "%.6g", real[k]));
      if (imag[k] != 0) {
        s.append(String.format(Locale.ROOT, "%+.6gi", imag[k]));
      }
    }
    return s.append(']').toString();
  }
}
