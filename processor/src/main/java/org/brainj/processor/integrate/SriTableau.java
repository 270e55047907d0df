package org.brainj.processor.integrate;

import org.brainj.annotations.Methods;

/**
 * A stochastic Runge-Kutta scheme of Roessler's SRI class for Ito SDEs {@code dX = a dt + b dW}
 * with one (scalar) Wiener process (Roessler, SIAM J. Numer. Anal. 48 (2010) 922-952, eq. (6.1)
 * with m = 1):
 *
 * <pre>
 * X+ = X + h sum_i alpha_i a(t + c0_i h, H0_i)
 *        + sum_i (beta1_i I1 + beta2_i I11/sqrt(h) + beta3_i I10/h + beta4_i I111/h)
 *                b(t + c1_i h, H1_i)
 * H0_i = X + h sum_j A0_ij a(H0_j) + I10/h sum_j B0_ij b(H1_j)
 * H1_i = X + h sum_j A1_ij a(H0_j) + sqrt(h) sum_j B1_ij b(H1_j)
 * </pre>
 *
 * with {@code I1 = dW}, {@code I11 = (dW^2 - h)/2}, {@code I111 = (dW^3 - 3 h dW)/6} and
 * {@code I10 = int int dW ds = h/2 (dW + dZ/sqrt(3))}, {@code dZ ~ N(0, h)} independent of dW.
 */
public record SriTableau(String name, double[] c0, double[] c1, double[][] a0, double[][] a1,
    double[][] b0, double[][] b1, double[] alpha, double[] beta1, double[] beta2, double[] beta3,
    double[] beta4) {

  public int stages() {
    return alpha.length;
  }

  /** Whether the scheme uses {@code I10} (and so a second random number a step). */
  public boolean usesI10() {
    return nonZero(beta3) || nonZero(b0);
  }

  private static boolean nonZero(double[] w) {
    for (double x : w) {
      if (x != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean nonZero(double[][] m) {
    for (double[] r : m) {
      if (nonZero(r)) {
        return true;
      }
    }
    return false;
  }

  /** Roessler's SRI1W1 (strong order 1.5, deterministic order 2), the manual's table in 15.2.5. */
  public static final SriTableau SRI1W1 = new SriTableau(Methods.SRK1W1_SCALAR,
      new double[] {0, 3.0 / 4, 0, 0},
      new double[] {0, 1.0 / 4, 1, 1.0 / 4},
      new double[][] {{}, {3.0 / 4}, {0, 0}, {0, 0, 0}},
      new double[][] {{}, {1.0 / 4}, {1, 0}, {0, 0, 1.0 / 4}},
      new double[][] {{}, {3.0 / 2}, {0, 0}, {0, 0, 0}},
      new double[][] {{}, {1.0 / 2}, {-1, 0}, {-5, 3, 1.0 / 2}},
      new double[] {1.0 / 3, 2.0 / 3, 0, 0},
      new double[] {-1, 4.0 / 3, 2.0 / 3, 0},
      new double[] {-1, 4.0 / 3, -1.0 / 3, 0},
      new double[] {2, -4.0 / 3, -2.0 / 3, 0},
      new double[] {-2, 5.0 / 3, -2.0 / 3, 1});

  /** Roessler's SRI2W1 (strong order 1.5, deterministic order 3), the manual's table in 15.2.6
   * ({@code beta2 = (1, -4/3, 1/3, 0)}: its entries sum to 0 as the order conditions ask). */
  public static final SriTableau SRI2W1 = new SriTableau(Methods.SRK2W1_SCALAR,
      new double[] {0, 1, 1.0 / 2, 0},
      new double[] {0, 1.0 / 4, 1, 1.0 / 4},
      new double[][] {{}, {1}, {1.0 / 4, 1.0 / 4}, {0, 0, 0}},
      new double[][] {{}, {1.0 / 4}, {1, 0}, {0, 0, 1.0 / 4}},
      new double[][] {{}, {0}, {1, 1.0 / 2}, {0, 0, 0}},
      new double[][] {{}, {-1.0 / 2}, {1, 0}, {2, -1, 1.0 / 2}},
      new double[] {1.0 / 6, 1.0 / 6, 2.0 / 3, 0},
      new double[] {-1, 4.0 / 3, 2.0 / 3, 0},
      new double[] {1, -4.0 / 3, 1.0 / 3, 0},
      new double[] {2, -4.0 / 3, -2.0 / 3, 0},
      new double[] {-2, 5.0 / 3, -2.0 / 3, 1});

  /**
   * Kloeden and Platen's derivative-free explicit strong order 1.0 scheme (KP 11.1.3):
   * {@code X+ = X + a h + b dW + (b(H) - b) I11 / sqrt(h)}, {@code H = X + a h + b sqrt(h)}.
   */
  public static final SriTableau KLPL = new SriTableau(Methods.KLPL_SCALAR,
      new double[] {0, 0},
      new double[] {0, 0},
      new double[][] {{}, {0}},
      new double[][] {{}, {1}},
      new double[][] {{}, {0}},
      new double[][] {{}, {1}},
      new double[] {1, 0},
      new double[] {1, 0},
      new double[] {-1, 1},
      new double[] {0, 0},
      new double[] {0, 0});

  /** The scheme of an SRK method name, or null. */
  public static SriTableau byName(String method) {
    return switch (method) {
      case Methods.SRK1W1_SCALAR -> SRI1W1;
      case Methods.SRK2W1_SCALAR -> SRI2W1;
      case Methods.KLPL_SCALAR -> KLPL;
      default -> null;
    };
  }
}
