package org.brainj.runtime.analysis.fixedpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.brainj.runtime.analysis.stability.StabilityType;
import org.junit.jupiter.api.Test;

/**
 * All roots in the box, none twice, none spurious: fields whose fixed points are known exactly,
 * with roots on grid nodes, between nodes, closer than a cell, tangent (double) and near misses.
 */
class FixedPointFinderTest {
  private final FixedPointFinder finder = new FixedPointFinder();

  /** A 2-D field from two lambdas with an exact Jacobian. */
  private interface F2 {
    void eval(double x, double y, double[] out);
  }

  private interface J2 {
    void eval(double x, double y, double[][] out);
  }

  private static ReducedField field(F2 f, J2 j) {
    return new ReducedField() {
      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public void eval(double[] x, double[] out) {
        f.eval(x[0], x[1], out);
      }

      @Override
      public void jacobian(double[] x, double[][] out) {
        j.eval(x[0], x[1], out);
      }
    };
  }

  private static ReducedField field1(java.util.function.DoubleUnaryOperator f,
      java.util.function.DoubleUnaryOperator df) {
    return new ReducedField() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public void eval(double[] x, double[] out) {
        out[0] = f.applyAsDouble(x[0]);
      }

      @Override
      public void jacobian(double[] x, double[][] out) {
        out[0][0] = df.applyAsDouble(x[0]);
      }
    };
  }

  private static double[] grid(double min, double max, double step) {
    int n = (int) Math.round((max - min) / step);
    double[] g = new double[n + 1];
    for (int k = 0; k <= n; k++) {
      g[k] = k == n ? max : min + k * step;
    }
    return g;
  }

  private List<double[]> find(ReducedField f, double[]... axes) {
    return finder.find(f, GridSample.evaluate(f, axes), List.of());
  }

  /** x' = x^3 - x, y' = y^3 - y: the nine points of {-1, 0, 1}^2. */
  private static final ReducedField CUBES = field(
      (x, y, o) -> {
        o[0] = x * x * x - x;
        o[1] = y * y * y - y;
      },
      (x, y, j) -> {
        j[0][0] = 3 * x * x - 1;
        j[0][1] = 0;
        j[1][0] = 0;
        j[1][1] = 3 * y * y - 1;
      });

  @Test
  void nineRootsBetweenNodesEachOnce() {
    List<double[]> roots = find(CUBES, grid(-1.55, 1.57, 0.13), grid(-1.61, 1.52, 0.0917));
    assertNine(roots);
  }

  @Test
  void nineRootsOnNodesEachOnce() {
    // the nodes include -1, 0 and 1: f vanishes on whole grid lines there
    List<double[]> roots = find(CUBES, grid(-2, 2, 0.5), grid(-2, 2, 0.25));
    assertNine(roots);
  }

  private static void assertNine(List<double[]> roots) {
    assertEquals(9, roots.size(), () -> describe(roots));
    int k = 0;
    for (int a = -1; a <= 1; a++) {
      for (int b = -1; b <= 1; b++) {
        assertEquals(a, roots.get(k)[0], 1e-15, describe(roots));
        assertEquals(b, roots.get(k)[1], 1e-15, describe(roots));
        k++;
      }
    }
  }

  @Test
  void classifiesEachRoot() {
    List<FixedPoint> fps = finder.findAndClassify(CUBES, List.of("x", "y"),
        GridSample.evaluate(CUBES, new double[][] {grid(-1.5, 1.5, 0.1), grid(-1.5, 1.5, 0.1)}),
        List.of());
    assertEquals(9, fps.size());
    for (FixedPoint p : fps) {
      boolean xs = p.get(0) == 0;
      boolean ys = p.get(1) == 0;
      // f' = 3x^2 - 1: -1 at 0 (attracting), 2 at +-1 (repelling)
      StabilityType expected = xs && ys ? StabilityType.STABLE_STAR_2D
          : xs != ys ? StabilityType.SADDLE_NODE : StabilityType.UNSTABLE_STAR_2D;
      assertEquals(expected, p.type(), p.toString());
    }
  }

  /** x' = y - x^2, y' = c - y: the parabola y = x^2 meets the line y = c. */
  private static ReducedField parabola(double c) {
    return field(
        (x, y, o) -> {
          o[0] = y - x * x;
          o[1] = c - y;
        },
        (x, y, j) -> {
          j[0][0] = -2 * x;
          j[0][1] = 1;
          j[1][0] = 0;
          j[1][1] = -1;
        });
  }

  @Test
  void tangentNullclinesGiveOneDegeneratePoint() {
    ReducedField f = parabola(0);
    List<double[]> roots = find(f, grid(-1, 1, 0.1), grid(-1, 1, 0.1));
    assertEquals(1, roots.size(), () -> describe(roots));
    // Newton alone stalls ~1e-8 away from a double root; the singular refinement reaches it
    assertEquals(0, roots.get(0)[0], 1e-12);
    assertEquals(0, roots.get(0)[1], 1e-12);
    FixedPoint p = finder.classify(f, List.of("x", "y"), roots.get(0));
    assertEquals(StabilityType.CENTER_MANIFOLD, p.type(), p.toString());
  }

  @Test
  void tangencyBetweenGridNodes() {
    List<double[]> roots = find(parabola(0), grid(-1.03, 0.98, 0.067), grid(-0.97, 1.01, 0.071));
    assertEquals(1, roots.size(), () -> describe(roots));
    assertEquals(0, roots.get(0)[0], 1e-12);
    assertEquals(0, roots.get(0)[1], 1e-12);
  }

  @Test
  void twoRootsInsideOneCellAreBothFound() {
    double c = 1e-3; // roots at x = +-0.0316, closer than the 0.1 cell
    List<double[]> roots = find(parabola(c), grid(-1, 1, 0.1), grid(-1, 1, 0.1));
    assertEquals(2, roots.size(), () -> describe(roots));
    assertEquals(-Math.sqrt(c), roots.get(0)[0], 1e-15);
    assertEquals(Math.sqrt(c), roots.get(1)[0], 1e-15);
    assertEquals(c, roots.get(1)[1], 1e-15);
  }

  @Test
  void nullclinesThatOnlyComeCloseGiveNoPoint() {
    // the line y = -1e-3 passes 1e-3 below the parabola's vertex: both nullclines cross the cells
    // around the origin, but there is no root
    List<double[]> roots = find(parabola(-1e-3), grid(-1, 1, 0.1), grid(-1, 1, 0.1));
    assertTrue(roots.isEmpty(), () -> describe(roots));
  }

  @Test
  void rootsOutsideTheBoxAreNotReported() {
    // box [0.5, 1.7] x [-0.5, 0.5]: of the nine roots only (1, 0) is inside
    List<double[]> roots = find(CUBES, grid(0.5, 1.7, 0.1), grid(-0.5, 0.5, 0.1));
    assertEquals(1, roots.size(), () -> describe(roots));
    assertEquals(1, roots.get(0)[0], 1e-15);
  }

  @Test
  void oneDimensionalSimpleRoots() {
    ReducedField sin = field1(Math::sin, Math::cos);
    List<double[]> roots = find(sin, grid(-10, 10, 0.37));
    assertEquals(7, roots.size(), () -> describe(roots));
    for (int k = -3; k <= 3; k++) {
      assertEquals(k * Math.PI, roots.get(k + 3)[0], 4e-15);
    }
  }

  @Test
  void oneDimensionalDoubleRootWithoutSignChange() {
    // (x - 0.3)^2 (x + 1): a double root at 0.3 that f touches without crossing, a simple one at -1
    ReducedField f = field1(x -> (x - 0.3) * (x - 0.3) * (x + 1),
        x -> 2 * (x - 0.3) * (x + 1) + (x - 0.3) * (x - 0.3));
    List<double[]> roots = find(f, grid(-2, 2, 0.07));
    assertEquals(2, roots.size(), () -> describe(roots));
    assertEquals(-1, roots.get(0)[0], 1e-15);
    assertEquals(0.3, roots.get(1)[0], 1e-12);
    assertEquals(StabilityType.SADDLE_NODE,
        finder.classify(f, List.of("x"), roots.get(1)).type());
    // f'(-1) = 1.69 > 0
    assertEquals(StabilityType.UNSTABLE_POINT_1D,
        finder.classify(f, List.of("x"), roots.get(0)).type());
  }

  @Test
  void nonFiniteRegionsAreSkipped() {
    // log(x) is NaN for x < 0: the root x = 1 is still found, nothing in the NaN half
    ReducedField f = field1(Math::log, x -> 1 / x);
    List<double[]> roots = find(f, grid(-3, 3, 0.1));
    assertEquals(1, roots.size(), () -> describe(roots));
    assertEquals(1, roots.get(0)[0], 1e-15);
  }

  @Test
  void solveNearFollowsAPointAndRefusesNonRoots() {
    ReducedField f = parabola(0.25);
    Optional<double[]> x = finder.solveNear(f, new double[] {0.45, 0.3}, new double[] {0.2, 0.2},
        new double[] {1, 1});
    assertTrue(x.isPresent());
    assertEquals(0.5, x.get()[0], 1e-15);
    assertTrue(finder.solveNear(parabola(-0.25), new double[] {0, 0}, new double[] {0.2, 0.2},
        new double[] {1, 1}).isEmpty());
  }

  private static String describe(List<double[]> roots) {
    List<String> s = new ArrayList<>();
    for (double[] r : roots) {
      s.add(java.util.Arrays.toString(r));
    }
    return s.toString();
  }
}
