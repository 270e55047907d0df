package org.brainj.runtime.analysis;

import static org.brainj.runtime.analysis.PhasePlaneTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.brainj.models.systems.FHNSystem;
import org.brainj.runtime.analysis.BifurcationPoint.Kind;
import org.brainj.runtime.analysis.fixedpoint.FixedPoint;
import org.brainj.runtime.analysis.stability.StabilityType;
import org.junit.jupiter.api.Test;

/**
 * Bifurcation scans of manual 4.2 against the reference scan and Hopf point of FitzHugh-Nagumo
 * (SciPy + 40-digit mpmath), and of normal forms whose bifurcations are known exactly.
 */
class BifurcationTest {

  private static double[] column(List<String[]> rows, int c) {
    double[] out = new double[rows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Double.parseDouble(rows.get(i)[c]);
    }
    return out;
  }

  @Test
  void fhnScanOverIextMatchesTheReference() {
    List<String[]> rows = Reference.csv("fhn_fixed_points_scan.csv");
    Bifurcation b = Bifurcation.builder(FHNSystem.create())
        .targetPar("Iext", 0, 1)
        .targetVar("V", -3, 3).targetVar("w", -3, 3)
        .resolution(0.1).resolution("Iext", column(rows, 0))
        .build();
    BifurcationDiagram d = b.bifurcation();
    assertEquals(rows.size(), d.points().size());
    for (int k = 0; k < rows.size(); k++) {
      String[] r = rows.get(k);
      ParameterPoint pp = d.points().get(k);
      assertEquals(Double.parseDouble(r[0]), pp.parameter(0));
      assertEquals(1, pp.fixedPoints().size(), () -> "Iext = " + r[0]);
      FixedPoint p = pp.fixedPoints().get(0);
      assertEquals(Double.parseDouble(r[1]), p.value("V"), 1e-13, () -> "V at Iext = " + r[0]);
      assertEquals(Double.parseDouble(r[2]), p.value("w"), 1e-13, () -> "w at Iext = " + r[0]);
      for (int e = 0; e < 2; e++) {
        assertEquals(Double.parseDouble(r[3 + 2 * e]), p.eigenvalues().real()[e], 1e-12);
        assertEquals(Double.parseDouble(r[4 + 2 * e]), p.eigenvalues().imag()[e], 1e-12);
      }
      assertEquals(r[7], p.type().label(), () -> "type at Iext = " + r[0]);
    }
    assertEquals(1, d.branches().size());
    assertEquals(rows.size(), d.branches().get(0).size());
  }

  @Test
  void fhnHopfPointMatchesTheReference() {
    String json = Reference.text("fhn_fixed_point.json");
    int hopf = json.indexOf("hopf_points");
    Bifurcation b = Bifurcation.builder(FHNSystem.create())
        .targetPar("Iext", 0, 1)
        .targetVar("V", -3, 3).targetVar("w", -3, 3)
        .resolution(0.1).resolution("Iext", 0.01)
        .build();
    BifurcationDiagram d = b.bifurcation();
    assertEquals(1, d.bifurcationPoints().size(), d.bifurcationPoints()::toString);
    BifurcationPoint h = d.bifurcationPoints().get(0);
    assertEquals(Kind.HOPF, h.kind());
    assertEquals(Reference.jsonNumber(json, "Iext", hopf), h.parameter("Iext"), 1e-12);
    assertEquals(Reference.jsonNumber(json, "hopf_Iext_brentq_in_0_1", 0), h.parameter("Iext"),
        1e-12);
    assertEquals(Reference.jsonNumber(json, "V", hopf), h.fixedPoint().value("V"), 1e-12);
    assertEquals(Reference.jsonNumber(json, "w", hopf), h.fixedPoint().value("w"), 1e-12);
    assertEquals(Reference.jsonNumber(json, "omega", hopf), h.frequency(), 1e-12);
    // stable focus before, unstable after
    List<FixedPoint> branch = d.branches().get(0).fixedPoints();
    assertEquals(StabilityType.STABLE_FOCUS_2D, branch.get(33).type());
    assertEquals(StabilityType.UNSTABLE_FOCUS_2D, branch.get(34).type());
  }

  @Test
  void fhnBothHopfPointsOverAWiderRange() {
    String json = Reference.text("fhn_fixed_point.json");
    int second = json.indexOf("\"in_0_1\"", json.indexOf("hopf_points")); // after the first
    BifurcationDiagram d = Bifurcation.builder(FHNSystem.create())
        .targetPar("Iext", -0.5, 2)
        .targetVar("V", -3, 3).targetVar("w", -3, 3)
        .resolution(0.1).resolution("Iext", 0.037)
        .build().bifurcation();
    List<BifurcationPoint> hopfs = d.bifurcationPoints(Kind.HOPF);
    assertEquals(2, hopfs.size(), hopfs::toString);
    assertEquals(0.3312813374547457766703627, hopfs.get(0).parameter("Iext"), 1e-12);
    assertEquals(Reference.jsonNumber(json, "Iext", second), hopfs.get(1).parameter("Iext"),
        1e-12);
    assertTrue(d.bifurcationPoints(Kind.SADDLE_NODE).isEmpty(), "FHN has no fold at b = 0.8");
  }

  @Test
  void fhnCodimensionTwoHopfCurveIsTheAnalyticLine() {
    // trace J = 1 - V^2 - b/tau = 0 at V_H = -sqrt(1 - b/tau); on the w nullcline,
    // Iext_H(a) = (V_H + a)/b - V_H + V_H^3/3: a straight line in the (a, Iext) plane
    double vh = -Math.sqrt(1 - 0.8 / 12.5);
    Bifurcation b = Bifurcation.builder(FHNSystem.create())
        .targetPar("a", 0.5, 1).targetPar("Iext", 0, 1)
        .targetVar("V", -3, 3).targetVar("w", -3, 3)
        .resolution(0.2).resolution("a", 0.05).resolution("Iext", 0.02)
        .build();
    BifurcationDiagram d = b.bifurcation();
    assertEquals(2, d.codimension());
    assertEquals(11 * 51, d.points().size());
    assertEquals(1, d.curves().size(), d.curves()::toString);
    BifurcationCurve curve = d.curves().get(0);
    assertEquals(Kind.HOPF, curve.kind());
    assertEquals(11, curve.points().size(), "one Hopf point at every a");
    for (BifurcationPoint p : curve.points()) {
      double a = p.parameter("a");
      assertEquals((vh + a) / 0.8 - vh + vh * vh * vh / 3, p.parameter("Iext"), 1e-12);
      assertEquals(vh, p.fixedPoint().value("V"), 1e-12);
    }
    assertTrue(d.branches().isEmpty());
  }

  @Test
  void saddleNodeOfTheNormalFormInOneDimension() {
    // x' = p + x^2: x = +-sqrt(-p) for p < 0 (stable -, unstable +), a fold at p = 0
    LambdaSystem fold = LambdaSystem.builder("x").parameter("p", 0)
        .derivative((t, y, q, d) -> d[0] = q[0] + y[0] * y[0])
        .jacobian((t, y, q, j) -> j[0][0] = 2 * y[0]).build();
    BifurcationDiagram d = Bifurcation.builder(fold).targetPar("p", -1, 1).targetVar("x", -2, 2)
        .resolution(0.01).resolution("p", 0.1).build().bifurcation();
    for (ParameterPoint pp : d.points()) {
      double p = pp.parameter(0);
      if (p < -1e-12) {
        assertEquals(2, pp.fixedPoints().size(), () -> "p = " + p);
        assertEquals(-Math.sqrt(-p), pp.fixedPoints().get(0).get(0), 1e-14);
        assertEquals(StabilityType.STABLE_POINT_1D, pp.fixedPoints().get(0).type());
        assertEquals(Math.sqrt(-p), pp.fixedPoints().get(1).get(0), 1e-14);
        assertEquals(StabilityType.UNSTABLE_POINT_1D, pp.fixedPoints().get(1).type());
      } else if (p > 1e-12) {
        assertTrue(pp.fixedPoints().isEmpty(), () -> "p = " + p);
      } else { // the grid hits p = 0: the double root, once
        assertEquals(1, pp.fixedPoints().size());
        assertEquals(StabilityType.SADDLE_NODE, pp.fixedPoints().get(0).type());
      }
    }
    assertEquals(1, d.bifurcationPoints().size(), d.bifurcationPoints()::toString);
    BifurcationPoint sn = d.bifurcationPoints().get(0);
    assertEquals(Kind.SADDLE_NODE, sn.kind());
    assertEquals(0, sn.parameter("p"), 1e-12);
    assertEquals(0, sn.fixedPoint().get(0), 1e-8);
  }

  @Test
  void saddleNodeBetweenGridValuesInTwoDimensions() {
    // x' = p + x^2, y' = -y: the fold at p = 0, (0, 0) lies between the grid values of p
    LambdaSystem fold = LambdaSystem.builder("x", "y").parameter("p", 0)
        .derivative((t, s, q, d) -> {
          d[0] = q[0] + s[0] * s[0];
          d[1] = -s[1];
        }).build();
    BifurcationDiagram d = Bifurcation.builder(fold).targetPar("p", -1, 1)
        .targetVar("x", -2, 2).targetVar("y", -1, 1)
        .resolution(0.1).resolution("p", 0.03).build().bifurcation();
    assertEquals(2, d.branches().size(), "the stable node and the saddle");
    assertEquals(1, d.bifurcationPoints().size(), d.bifurcationPoints()::toString);
    BifurcationPoint sn = d.bifurcationPoints().get(0);
    assertEquals(Kind.SADDLE_NODE, sn.kind());
    assertEquals(0, sn.parameter("p"), 1e-10);
    assertEquals(0, sn.fixedPoint().value("x"), 1e-6);
    assertEquals(0, sn.fixedPoint().value("y"), 1e-12);
  }

  /** The supercritical Hopf normal form: r' = r (mu - r^2), theta' = 1. */
  private static LambdaSystem hopfNormalForm() {
    return LambdaSystem.builder("x", "y").parameter("mu", 0).name("hopf")
        .derivative((t, s, p, d) -> {
          double r2 = s[0] * s[0] + s[1] * s[1];
          d[0] = p[0] * s[0] - s[1] - s[0] * r2;
          d[1] = s[0] + p[0] * s[1] - s[1] * r2;
        })
        .jacobian((t, s, p, j) -> {
          j[0][0] = p[0] - 3 * s[0] * s[0] - s[1] * s[1];
          j[0][1] = -1 - 2 * s[0] * s[1];
          j[1][0] = 1 - 2 * s[0] * s[1];
          j[1][1] = p[0] - s[0] * s[0] - 3 * s[1] * s[1];
        }).build();
  }

  @Test
  void hopfNormalFormPointAndCycleAmplitudes() {
    Bifurcation b = Bifurcation.builder(hopfNormalForm()).targetPar("mu", -0.98, 1)
        .targetVar("x", -1.5, 1.5).targetVar("y", -1.5, 1.5)
        .resolution(0.1).resolution("mu", 0.04).build();
    BifurcationDiagram d = b.bifurcation();
    assertEquals(1, d.bifurcationPoints().size());
    BifurcationPoint h = d.bifurcationPoints().get(0);
    assertEquals(Kind.HOPF, h.kind());
    assertEquals(0, h.parameter("mu"), 1e-14);
    assertEquals(1, h.frequency(), 1e-14);
    List<ParameterCycle> cycles = b.limitCyclesBySimulation("x", 150);
    for (ParameterCycle c : cycles) {
      double mu = c.parameters()[0];
      assertTrue(mu > 0, "no cycle where the origin is stable: mu = " + mu);
      // the sampled maximum of x = sqrt(mu) cos(t) is within (dt/2)^2 / 2 of sqrt(mu)
      assertEquals(Math.sqrt(mu), c.cycle().max("x"), 1e-4, () -> "mu = " + mu);
      assertEquals(2 * Math.PI, c.cycle().period(), 0.011);
    }
    long found = cycles.stream().filter(c -> c.parameters()[0] >= 0.2).count();
    assertEquals(21, found, "a cycle at every mu >= 0.2: " + cycles.size());
  }

  @Test
  void badSettingsAreClearErrors() {
    FHNSystem fhn = FHNSystem.create();
    assertMessage(() -> Bifurcation.builder(fhn).targetPar("I", 0, 1), "no parameter 'I'",
        "[a, b, tau, Iext]");
    assertMessage(() -> Bifurcation.builder(fhn).targetVar("V", -3, 3).targetVar("w", -3, 3)
        .build(), "1 or 2 target parameters");
    assertMessage(() -> Bifurcation.builder(fhn).targetPar("a", 0, 1).targetPar("b", 0, 1)
        .targetPar("tau", 1, 2).targetVar("V", -3, 3).targetVar("w", -3, 3).build(),
        "1 or 2 target parameters");
    assertMessage(() -> Bifurcation.builder(fhn).targetPar("Iext", 0, 1).targetVar("V", -3, 3)
        .build(), "[w]", "neither analysed nor fixed");
    assertMessage(() -> Bifurcation.builder(fhn).targetPar("Iext", 0, 1).parsUpdate("Iext", 1)
        .targetVar("V", -3, 3).targetVar("w", -3, 3).build(),
        "'Iext' is both in parsUpdate and a target parameter");
    assertMessage(() -> Bifurcation.builder(fhn).targetPar("Iext", 0, 1)
        .targetPar("Iext", 0, 2), "'Iext' is given twice");
    assertMessage(() -> Bifurcation.builder(fhn).targetPar("Iext", 0, 1).targetVar("V", -3, 3)
        .targetVar("w", -3, 3).resolution("Iext", new double[] {0, 2}).build().bifurcation(),
        "outside its range");
    assertMessage(() -> Bifurcation.builder(fhn).targetPar("Iext", 0, 1).targetVar("V", -3, 3)
        .targetVar("w", -3, 3).resolution("V", 1e-8).build(), "coarser");
    Bifurcation two = Bifurcation.builder(fhn).targetPar("a", 0.5, 1).targetPar("Iext", 0, 1)
        .targetVar("V", -3, 3).targetVar("w", -3, 3).build();
    assertMessage(() -> two.limitCyclesBySimulation("V", 100), "one parameter");
    assertMessage(() -> two.figure("V"), "parameterFigure()");
    Bifurcation one = Bifurcation.builder(fhn).targetPar("Iext", 0, 1).targetVar("V", -3, 3)
        .targetVar("w", -3, 3).build();
    assertMessage(() -> one.limitCyclesBySimulation("u", 100), "'u' is not an analysed variable");
    assertMessage(one::parameterFigure, "figure(name)");
  }
}
