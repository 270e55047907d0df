package org.brainj.runtime.analysis.stability;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Classification of fixed points from the Jacobian, BrainPy's {@code brainpy.analysis} functions
 * (manual 14.1.4 to 14.1.7 and 14.5): {@link #get1dStabilityTypes()},
 * {@link #get2dStabilityTypes()}, {@link #get3dStabilityTypes()} and
 * {@link #stabilityAnalysis(double[][])}.
 *
 * <p>The decision tables are BrainPy's (after egwald.ca's two-dimensional dynamics):
 *
 * <ul>
 *   <li>1-D, {@code d = f'(x*)}: {@code d = 0} saddle node, {@code d > 0} unstable point,
 *       {@code d < 0} stable point.
 *   <li>2-D, trace {@code p}, determinant {@code q}, discriminant {@code e = p^2 - 4q}:
 *       {@code q < 0} saddle node; {@code q = 0}: center manifold if {@code p <= 0}, else
 *       unstable line; {@code q > 0}: center if {@code p = 0}, otherwise (stable for
 *       {@code p < 0}, unstable for {@code p > 0}) focus if {@code e < 0}, node if {@code e > 0},
 *       and for {@code e = 0} star if {@code J = (p/2) I} (two eigenvectors), degenerate if not (a
 *       Jordan block; BrainPy compares the two computed eigenvalues instead).
 *   <li>3-D, from the eigenvalues: all real, sorted {@code l1 <= l2 <= l3}: {@code l3 < 0} stable
 *       node, {@code l1 > 0} unstable node, {@code l1 < 0 < l3} saddle node if {@code l2 < 0},
 *       unstable saddle if {@code l2 > 0}; a real {@code v} and a complex pair with real part
 *       {@code r}: {@code v < 0}: stable focus ({@code r < 0}), unstable focus ({@code r > 0});
 *       {@code v > 0}: unstable focus ({@code r < 0}), unstable center ({@code r = 0}),
 *       unclassified unstable point ({@code r > 0}); {@code v = 0} and {@code r > 0}: unclassified
 *       unstable point; any other zero real part: unknown 3d. A repeated real eigenvalue without a
 *       full set of eigenvectors makes a node an unclassified stable (or unstable) point.
 * </ul>
 *
 * <p><b>Zero.</b> A quantity is taken as zero within a tolerance, relative to the Jacobian's
 * scale {@code S = max(1, max |J_ij|)}: a rate (trace, eigenvalue, real part) when
 * {@code |x| <= tol S}, a product of two rates (determinant, discriminant) when
 * {@code |x| <= tol S^2}. The default {@link #DEFAULT_TOLERANCE} absorbs the rounding of a
 * Jacobian evaluated at a fixed point found to machine precision; {@code tol = 0} gives BrainPy's
 * exact comparisons.
 */
public final class Stability {
  private Stability() {}

  /** The default relative tolerance for zero (see the class comment). */
  public static final double DEFAULT_TOLERANCE = 1e-9;

  private static final List<StabilityType> TYPES_1D = List.of(StabilityType.SADDLE_NODE,
      StabilityType.STABLE_POINT_1D, StabilityType.UNSTABLE_POINT_1D);

  private static final List<StabilityType> TYPES_2D = List.of(StabilityType.SADDLE_NODE,
      StabilityType.CENTER_2D, StabilityType.STABLE_NODE_2D, StabilityType.STABLE_FOCUS_2D,
      StabilityType.STABLE_STAR_2D, StabilityType.CENTER_MANIFOLD,
      StabilityType.UNSTABLE_NODE_2D, StabilityType.UNSTABLE_FOCUS_2D,
      StabilityType.UNSTABLE_STAR_2D, StabilityType.UNSTABLE_LINE_2D,
      StabilityType.STABLE_DEGENERATE_2D, StabilityType.UNSTABLE_DEGENERATE_2D);

  private static final List<StabilityType> TYPES_3D = List.of(StabilityType.STABLE_POINT_3D,
      StabilityType.UNSTABLE_POINT_3D, StabilityType.STABLE_NODE_3D,
      StabilityType.UNSTABLE_SADDLE_3D, StabilityType.UNSTABLE_NODE_3D,
      StabilityType.SADDLE_NODE, StabilityType.STABLE_FOCUS_3D, StabilityType.UNSTABLE_FOCUS_3D,
      StabilityType.UNSTABLE_CENTER_3D, StabilityType.UNKNOWN_3D);

  /** The types of 1-D fixed points, in BrainPy's order. */
  public static List<StabilityType> get1dStabilityTypes() {
    return TYPES_1D;
  }

  /** The types of 2-D fixed points, in BrainPy's order (manual 14.5). */
  public static List<StabilityType> get2dStabilityTypes() {
    return TYPES_2D;
  }

  /** The types of 3-D fixed points, in later BrainPy versions' order. */
  public static List<StabilityType> get3dStabilityTypes() {
    return TYPES_3D;
  }

  /** The type of a fixed point of a 1-D system with {@code f'(x*) = derivative}. */
  public static StabilityType stabilityAnalysis(double derivative) {
    return stabilityAnalysis(new double[][] {{derivative}});
  }

  /**
   * The type of a fixed point from its Jacobian (1 x 1, 2 x 2 or 3 x 3), with the
   * {@link #DEFAULT_TOLERANCE}.
   */
  public static StabilityType stabilityAnalysis(double[][] jacobian) {
    return stabilityAnalysis(jacobian, DEFAULT_TOLERANCE);
  }

  /** The type of a fixed point from its Jacobian, zero within {@code tolerance} (class comment). */
  public static StabilityType stabilityAnalysis(double[][] jacobian, double tolerance) {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("the stability tolerance must be finite and >= 0, got "
          + tolerance);
    }
    int n = Eigenvalues.checkSquare(jacobian, "Jacobian");
    double s = scale(jacobian);
    double zero = tolerance * s;
    switch (n) {
      case 1:
        return oneD(jacobian[0][0], zero);
      case 2:
        return twoD(jacobian, zero, s);
      case 3:
        return threeD(jacobian, zero);
      default:
        throw new IllegalArgumentException("stability analysis classifies 1-D, 2-D and 3-D fixed"
            + " points; the Jacobian is " + n + " x " + n);
    }
  }

  private static double scale(double[][] j) {
    double s = 1;
    for (double[] row : j) {
      for (double v : row) {
        s = Math.max(s, Math.abs(v));
      }
    }
    return s;
  }

  private static StabilityType oneD(double d, double zero) {
    if (Math.abs(d) <= zero) {
      return StabilityType.SADDLE_NODE;
    }
    return d > 0 ? StabilityType.UNSTABLE_POINT_1D : StabilityType.STABLE_POINT_1D;
  }

  private static StabilityType twoD(double[][] j, double zero, double s) {
    double a = j[0][0];
    double b = j[0][1];
    double c = j[1][0];
    double d = j[1][1];
    double p = a + d;
    double q = a * d - b * c;
    double zero2 = zero * s;
    if (Math.abs(q) <= zero2) {
      return p <= zero ? StabilityType.CENTER_MANIFOLD : StabilityType.UNSTABLE_LINE_2D;
    }
    if (q < 0) {
      return StabilityType.SADDLE_NODE;
    }
    if (Math.abs(p) <= zero) {
      return StabilityType.CENTER_2D;
    }
    boolean unstable = p > 0;
    double e = p * p - 4 * q;
    if (Math.abs(e) <= zero2) {
      boolean star = Math.abs(b) <= zero && Math.abs(c) <= zero;
      if (star) {
        return unstable ? StabilityType.UNSTABLE_STAR_2D : StabilityType.STABLE_STAR_2D;
      }
      return unstable ? StabilityType.UNSTABLE_DEGENERATE_2D : StabilityType.STABLE_DEGENERATE_2D;
    }
    if (e < 0) {
      return unstable ? StabilityType.UNSTABLE_FOCUS_2D : StabilityType.STABLE_FOCUS_2D;
    }
    return unstable ? StabilityType.UNSTABLE_NODE_2D : StabilityType.STABLE_NODE_2D;
  }

  private static StabilityType threeD(double[][] j, double zero) {
    Eigenvalues ev = Eigenvalues.of(j);
    double[] re = ev.real();
    double[] im = ev.imag();
    int realCount = 0;
    int realIndex = -1;
    for (int k = 0; k < 3; k++) {
      if (Math.abs(im[k]) <= zero) {
        realCount++;
        realIndex = k;
      }
    }
    if (realCount == 3) {
      return threeReal(j, re, zero);
    }
    double v = re[realIndex];
    double r = re[(realIndex + 1) % 3]; // the pair shares its real part
    int sv = sign(v, zero);
    int sr = sign(r, zero);
    if (sv < 0) {
      return sr < 0 ? StabilityType.STABLE_FOCUS_3D
          : sr == 0 ? StabilityType.UNKNOWN_3D : StabilityType.UNSTABLE_FOCUS_3D;
    }
    if (sv == 0) {
      return sr > 0 ? StabilityType.UNSTABLE_POINT_3D : StabilityType.UNKNOWN_3D;
    }
    return sr < 0 ? StabilityType.UNSTABLE_FOCUS_3D
        : sr == 0 ? StabilityType.UNSTABLE_CENTER_3D : StabilityType.UNSTABLE_POINT_3D;
  }

  private static StabilityType threeReal(double[][] j, double[] l, double zero) {
    int s1 = sign(l[0], zero);
    int s2 = sign(l[1], zero);
    int s3 = sign(l[2], zero);
    if (s3 < 0) {
      return defective(j, l, zero) ? StabilityType.STABLE_POINT_3D : StabilityType.STABLE_NODE_3D;
    }
    if (s3 == 0 || s1 == 0 || s2 == 0) {
      return StabilityType.UNKNOWN_3D;
    }
    if (s1 > 0) {
      return defective(j, l, zero) ? StabilityType.UNSTABLE_POINT_3D
          : StabilityType.UNSTABLE_NODE_3D;
    }
    return s2 < 0 ? StabilityType.SADDLE_NODE : StabilityType.UNSTABLE_SADDLE_3D;
  }

  private static int sign(double x, double zero) {
    return Math.abs(x) <= zero ? 0 : x > 0 ? 1 : -1;
  }

  /**
   * Whether a repeated real eigenvalue has fewer eigenvectors than its multiplicity: the rank of
   * {@code J - lambda I} exceeds {@code n - multiplicity}.
   */
  private static boolean defective(double[][] j, double[] sortedReal, double zero) {
    int n = sortedReal.length;
    for (int start = 0; start < n; ) {
      int end = start + 1;
      while (end < n && sortedReal[end] - sortedReal[start] <= zero) {
        end++;
      }
      int multiplicity = end - start;
      if (multiplicity > 1) {
        double lambda = 0;
        for (int k = start; k < end; k++) {
          lambda += sortedReal[k] / multiplicity;
        }
        RealMatrix shifted = new Array2DRowRealMatrix(j, true);
        for (int k = 0; k < n; k++) {
          shifted.addToEntry(k, k, -lambda);
        }
        double[] sv = new SingularValueDecomposition(shifted).getSingularValues();
        int rank = 0;
        for (double v : sv) {
          if (v > Math.max(zero, 1e-12 * sv[0])) {
            rank++;
          }
        }
        if (rank > n - multiplicity) {
          return true;
        }
      }
      start = end;
    }
    return false;
  }
}
