package org.brainj.runtime.analysis.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every type name of the manual on hand-built Jacobians whose eigenvalues are known. */
class StabilityTest {

  @Test
  void typeListsAreTheManuals() {
    assertEquals(List.of("saddle node", "stable point", "unstable point"),
        labels(Stability.get1dStabilityTypes()));
    // manual 14.5, in its order
    assertEquals(List.of("saddle node", "center", "stable node", "stable focus", "stable star",
        "center manifold", "unstable node", "unstable focus", "unstable star", "unstable line",
        "stable degenerate", "unstable degenerate"), labels(Stability.get2dStabilityTypes()));
    assertEquals(List.of("unclassified stable point", "unclassified unstable point",
        "stable node", "unstable saddle", "unstable node", "saddle node", "stable focus",
        "unstable focus", "unstable center", "unknown 3d"),
        labels(Stability.get3dStabilityTypes()));
  }

  @Test
  void oneDimensional() {
    assertEquals(StabilityType.SADDLE_NODE, Stability.stabilityAnalysis(0.0));
    assertEquals(StabilityType.UNSTABLE_POINT_1D, Stability.stabilityAnalysis(0.5));
    assertEquals(StabilityType.STABLE_POINT_1D, Stability.stabilityAnalysis(-3));
    assertEquals("stable point", Stability.stabilityAnalysis(-3).toString());
  }

  @Test
  void twoDimensionalCoversEveryName() {
    Set<StabilityType> seen = EnumSet.noneOf(StabilityType.class);
    seen.add(check2(StabilityType.SADDLE_NODE, 1, 0, 0, -1));
    seen.add(check2(StabilityType.CENTER_2D, 0, 1, -1, 0));
    seen.add(check2(StabilityType.STABLE_NODE_2D, -1, 0, 0, -2));
    seen.add(check2(StabilityType.STABLE_FOCUS_2D, -1, 2, -2, -1));
    seen.add(check2(StabilityType.STABLE_STAR_2D, -1, 0, 0, -1));
    seen.add(check2(StabilityType.CENTER_MANIFOLD, 0, 0, 0, -1));
    seen.add(check2(StabilityType.UNSTABLE_NODE_2D, 1, 0, 0, 2));
    seen.add(check2(StabilityType.UNSTABLE_FOCUS_2D, 1, 2, -2, 1));
    seen.add(check2(StabilityType.UNSTABLE_STAR_2D, 2, 0, 0, 2));
    seen.add(check2(StabilityType.UNSTABLE_LINE_2D, 0, 0, 0, 1));
    seen.add(check2(StabilityType.STABLE_DEGENERATE_2D, -1, 1, 0, -1));
    seen.add(check2(StabilityType.UNSTABLE_DEGENERATE_2D, 1, 1, 0, 1));
    assertEquals(Set.copyOf(Stability.get2dStabilityTypes()), seen);
    // not diagonal: a saddle with det = -2 - 12 < 0, a node with p = -5, q = 4 (eigenvalues -1, -4)
    check2(StabilityType.SADDLE_NODE, 1, 3, 4, -2);
    check2(StabilityType.STABLE_NODE_2D, -2, 1, 2, -3);
    // the FHN fixed point of manual 4.1 (reference Jacobian): trace 0.86, det 0.021, e > 0
    check2(StabilityType.UNSTABLE_NODE_2D, 0.9255250665783554, -1.0, 0.08, -0.064);
  }

  @Test
  void threeDimensionalCoversEveryName() {
    Set<StabilityType> seen = EnumSet.noneOf(StabilityType.class);
    seen.add(check3(StabilityType.STABLE_NODE_3D, diag(-1, -2, -3)));
    seen.add(check3(StabilityType.UNSTABLE_NODE_3D, diag(1, 2, 3)));
    seen.add(check3(StabilityType.SADDLE_NODE, diag(-1, -2, 3)));
    seen.add(check3(StabilityType.UNSTABLE_SADDLE_3D, diag(-1, 2, 3)));
    // a rotation block [[r, w], [-w, r]] has eigenvalues r +- i w
    seen.add(check3(StabilityType.STABLE_FOCUS_3D, rot(-1, 2, -3)));
    seen.add(check3(StabilityType.UNSTABLE_FOCUS_3D, rot(1, 2, -3)));
    check3(StabilityType.UNSTABLE_FOCUS_3D, rot(-1, 2, 3));
    seen.add(check3(StabilityType.UNSTABLE_CENTER_3D, rot(0, 2, 3)));
    seen.add(check3(StabilityType.UNSTABLE_POINT_3D, rot(1, 2, 3)));
    check3(StabilityType.UNSTABLE_POINT_3D, rot(1, 2, 0));
    seen.add(check3(StabilityType.UNKNOWN_3D, diag(-1, -2, 0)));
    check3(StabilityType.UNKNOWN_3D, rot(0, 2, -3));
    check3(StabilityType.UNKNOWN_3D, rot(-1, 2, 0));
    // a Jordan block: -1 twice with one eigenvector, and -2
    seen.add(check3(StabilityType.STABLE_POINT_3D,
        new double[][] {{-1, 1, 0}, {0, -1, 0}, {0, 0, -2}}));
    check3(StabilityType.UNSTABLE_POINT_3D, new double[][] {{1, 1, 0}, {0, 1, 0}, {0, 0, 2}});
    // -I is not defective: a node
    check3(StabilityType.STABLE_NODE_3D, diag(-1, -1, -1));
    assertEquals(Set.copyOf(Stability.get3dStabilityTypes()), seen);
    // P diag(-1, -2, 3) P^-1 with P = [[1,1,0],[0,1,1],[1,0,1]]: a saddle node in disguise
    check3(StabilityType.SADDLE_NODE, new double[][] {
        {-1.5, -0.5, 0.5}, {-2.5, 0.5, 2.5}, {-2, 2, 1}});
  }

  @Test
  void everyTypeNameIsCovered() {
    Set<StabilityType> all = new LinkedHashSet<>();
    all.addAll(Stability.get1dStabilityTypes());
    all.addAll(Stability.get2dStabilityTypes());
    all.addAll(Stability.get3dStabilityTypes());
    assertEquals(EnumSet.allOf(StabilityType.class), all);
    assertTrue(StabilityType.STABLE_FOCUS_2D.isStable());
    assertFalse(StabilityType.CENTER_2D.isStable());
    assertFalse(StabilityType.SADDLE_NODE.isStable());
  }

  @Test
  void eigenvalues() {
    Eigenvalues e = Eigenvalues.of(new double[][] {{1, 2}, {-2, 1}});
    assertArrayEquals(new double[] {1, 1}, e.real());
    assertArrayEquals(new double[] {-2, 2}, e.imag());
    Eigenvalues s = Eigenvalues.of(new double[][] {{-2, 1}, {2, -3}});
    assertArrayEquals(new double[] {-4, -1}, s.real(), 1e-15);
    Eigenvalues three = Eigenvalues.of(rot(-1, 2, 3));
    assertArrayEquals(new double[] {-1, -1, 3}, three.real(), 1e-12);
    assertArrayEquals(new double[] {-2, 2, 0}, three.imag(), 1e-12);
    assertEquals(3, three.maxReal(), 1e-12);
  }

  @Test
  void toleranceDecidesNearZeroQuantities() {
    double[][] almostStar = {{-1, 1e-17}, {0, -1}};
    assertEquals(StabilityType.STABLE_STAR_2D, Stability.stabilityAnalysis(almostStar));
    assertEquals(StabilityType.STABLE_DEGENERATE_2D, Stability.stabilityAnalysis(almostStar, 0));
    double[][] almostSingular = {{1e-12, 0}, {0, -1}};
    assertEquals(StabilityType.CENTER_MANIFOLD, Stability.stabilityAnalysis(almostSingular));
    assertEquals(StabilityType.SADDLE_NODE, Stability.stabilityAnalysis(almostSingular, 0));
  }

  @Test
  void badInputIsAClearError() {
    IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
        () -> Stability.stabilityAnalysis(new double[4][4]));
    assertTrue(big.getMessage().contains("4 x 4"), big.getMessage());
    IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
        () -> Stability.stabilityAnalysis(new double[][] {{1, 2}, {3}}));
    assertTrue(ragged.getMessage().contains("row 1 has 1 entries"), ragged.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> Stability.stabilityAnalysis(new double[][] {{Double.NaN}}));
    assertTrue(nan.getMessage().contains("[0][0]: NaN"), nan.getMessage());
    IllegalArgumentException tol = assertThrows(IllegalArgumentException.class,
        () -> Stability.stabilityAnalysis(new double[][] {{1}}, -1));
    assertTrue(tol.getMessage().contains("-1.0"), tol.getMessage());
  }

  private static StabilityType check2(StabilityType expected, double a, double b, double c,
      double d) {
    double[][] j = {{a, b}, {c, d}};
    assertEquals(expected, Stability.stabilityAnalysis(j), () -> "J = " + List.of(a, b, c, d));
    assertEquals(expected, Stability.stabilityAnalysis(j, 0), "exact comparisons agree");
    return expected;
  }

  private static StabilityType check3(StabilityType expected, double[][] j) {
    assertEquals(expected, Stability.stabilityAnalysis(j), () -> "eigenvalues "
        + Eigenvalues.of(j));
    return expected;
  }

  private static double[][] diag(double a, double b, double c) {
    return new double[][] {{a, 0, 0}, {0, b, 0}, {0, 0, c}};
  }

  /** A complex pair {@code r +- i w} and a real eigenvalue {@code v}. */
  private static double[][] rot(double r, double w, double v) {
    return new double[][] {{r, w, 0}, {-w, r, 0}, {0, 0, v}};
  }

  private static List<String> labels(List<StabilityType> types) {
    return types.stream().map(StabilityType::label).toList();
  }
}
