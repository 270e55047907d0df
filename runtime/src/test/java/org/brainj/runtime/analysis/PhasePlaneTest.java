package org.brainj.runtime.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.brainj.models.systems.FHNSystem;
import org.brainj.models.systems.HindmarshRoseSystem;
import org.brainj.runtime.analysis.fixedpoint.FixedPoint;
import org.brainj.runtime.analysis.stability.StabilityType;
import org.brainj.runtime.ode.Odeint;
import org.brainj.runtime.ode.Trajectory;
import org.brainj.runtime.ode.VectorField;
import org.junit.jupiter.api.Test;

/** Phase planes of manual 4.1 (FitzHugh-Nagumo at Iext = 0.8) and of systems solved by hand. */
class PhasePlaneTest {
  private static final List<Map<String, Double>> MANUAL_START =
      List.of(Map.of("V", -2.8, "w", -1.8));

  private static PhasePlane fhn(VectorField system) {
    return PhasePlane.builder(system)
        .targetVar("V", -3, 3).targetVar("w", -3, 3)
        .parsUpdate("Iext", 0.8)
        .build();
  }

  /** The manual's lambda int_fhn(V, w, t, Iext), a, b, tau fixed. */
  private static LambdaSystem.Builder manualLambda() {
    return LambdaSystem.builder("V", "w").parameter("Iext", 0).name("int_fhn")
        .derivative((t, y, p, dy) -> {
          dy[0] = y[0] - y[0] * y[0] * y[0] / 3 - y[1] + p[0];
          dy[1] = (y[0] + 0.7 - 0.8 * y[1]) / 12.5;
        });
  }

  @Test
  void fhnFixedPointOfManual41() {
    FHNSystem system = FHNSystem.create();
    List<FixedPoint> fps = fhn(system).fixedPoints();
    assertEquals(1, fps.size(), fps::toString);
    FixedPoint p = fps.get(0);
    // the manual prints: Fixed point #1 at V=-0.27290095899729705, w=0.5338738012533786 is a unstable node.
    assertEquals(-0.27290095899729705, p.value("V"), 1e-9);
    assertEquals(0.5338738012533786, p.value("w"), 1e-9);
    assertEquals(StabilityType.UNSTABLE_NODE_2D, p.type());
    assertTrue(p.toString().matches("V=-0\\.272900958997297\\d*, w=0\\.53387380125337\\d* is a"
        + " unstable node"), p.toString());
    // the 40-digit reference, to the last bits
    String json = Reference.text("fhn_fixed_point.json");
    int mp = json.indexOf("fixed_point_mp40");
    assertEquals(Reference.jsonNumber(json, "V", mp), p.value("V"), 2e-16);
    assertEquals(Reference.jsonNumber(json, "w", mp), p.value("w"), 2e-16);
    double[][] j = p.jacobian();
    assertEquals(0.9255250665783554, j[0][0], 1e-15);
    assertEquals(-0.064, j[1][1], 1e-15);
    assertEquals(0.8367058351759371, p.eigenvalues().real()[1], 1e-14);
    assertEquals(0.024819231402418304, p.eigenvalues().real()[0], 1e-14);
    assertEquals(1.0, system.Iext(), "the system's own Iext is restored");
  }

  @Test
  void theManualsLambdaGivesTheSamePoint() {
    FixedPoint exact = fhn(FHNSystem.create()).fixedPoints().get(0);
    LambdaSystem finiteDifferences = manualLambda().build();
    FixedPoint p = fhn(finiteDifferences).fixedPoints().get(0);
    assertFalse(finiteDifferences.hasExactJacobian());
    assertEquals(exact.value("V"), p.value("V"), 1e-14);
    assertEquals(exact.value("w"), p.value("w"), 1e-14);
    assertEquals(StabilityType.UNSTABLE_NODE_2D, p.type());
    LambdaSystem withJacobian = manualLambda().jacobian((t, y, q, jac) -> {
      jac[0][0] = 1 - y[0] * y[0];
      jac[0][1] = -1;
      jac[1][0] = 1 / 12.5;
      jac[1][1] = -0.8 / 12.5;
    }).build();
    FixedPoint e = fhn(withJacobian).fixedPoints().get(0);
    assertArrayEquals(exact.state(), e.state(), 1e-15);
    assertEquals(0.0, withJacobian.parameter("Iext"), "restored after the analysis");
    assertMessage(() -> withJacobian.parameter("a"), "int_fhn has no parameter 'a'", "[Iext]");
    assertTrue(fhn(withJacobian).figure().title().startsWith("Phase plane of int_fhn"));
    // a plain VectorField lambda (no parameters) with the current in its closure
    VectorField plain = VectorField.of((t, y, dy) -> {
      dy[0] = y[0] - y[0] * y[0] * y[0] / 3 - y[1] + 0.8;
      dy[1] = (y[0] + 0.7 - 0.8 * y[1]) / 12.5;
    }, "V", "w");
    FixedPoint q = PhasePlane.builder(plain).targetVar("V", -3, 3).targetVar("w", -3, 3).build()
        .fixedPoints().get(0);
    assertEquals(exact.value("V"), q.value("V"), 1e-14);
  }

  @Test
  void nullclinePointsLieOnTheCurves() {
    Nullclines nc = fhn(FHNSystem.create()).nullclines();
    assertEquals(List.of("V", "w"), nc.variables());
    // dV/dt = 0 on w = V - V^3/3 + Iext; the box cuts the cubic to one curve
    assertEquals(1, nc.of("V").size(), nc::toString);
    for (double[] pt : nc.points("V")) {
      double v = pt[0];
      assertEquals(v - v * v * v / 3 + 0.8, pt[1], 1e-13);
      assertTrue(v >= -3 && v <= 3 && pt[1] >= -3 && pt[1] <= 3);
    }
    // dw/dt = 0 on w = (V + a) / b, from V = -3 to where w leaves the box at V = 1.7
    double minV = Double.POSITIVE_INFINITY;
    double maxV = Double.NEGATIVE_INFINITY;
    for (double[] pt : nc.points("w")) {
      assertEquals((pt[0] + 0.7) / 0.8, pt[1], 1e-13);
      minV = Math.min(minV, pt[0]);
      maxV = Math.max(maxV, pt[0]);
    }
    assertEquals(-3, minV, 1e-12);
    assertEquals(1.7, maxV, 1e-12);
    assertThrows(IllegalArgumentException.class, () -> nc.of("x"));
  }

  @Test
  void vectorFieldAndStreamlinesFollowTheFlow() {
    FHNSystem system = FHNSystem.create().Iext(0.8);
    VectorFieldSample f = fhn(FHNSystem.create()).vectorField();
    assertEquals(2, f.dimension());
    double[] d = system.derivative(new double[] {f.x()[3], f.y()[7]}, 0);
    assertEquals(d[0], f.dx()[3][7]);
    assertEquals(d[1], f.dy()[3][7]);
    assertTrue(f.streamlines().size() > 20, "streamlines: " + f.streamlines().size());
    for (Polyline line : f.streamlines()) {
      for (int k = 0; k + 1 < line.size(); k++) {
        double x = line.x()[k];
        double y = line.y()[k];
        assertTrue(x >= -3 && x <= 3 && y >= -3 && y <= 3);
        // each step goes along the field at its middle (midpoint rule, in box-scaled units)
        double[] v = system.derivative(new double[] {(x + line.x()[k + 1]) / 2,
            (y + line.y()[k + 1]) / 2}, 0);
        double along = (line.x()[k + 1] - x) / 6 * v[0] / 6 + (line.y()[k + 1] - y) / 6 * v[1] / 6;
        assertTrue(along > 0, "a streamline runs with the flow at " + x + ", " + y);
      }
    }
  }

  @Test
  void trajectoriesAreTheIntegratorsSolution() {
    PhasePlane pp = fhn(FHNSystem.create());
    Trajectory tr = pp.trajectories(MANUAL_START, 100).get(0);
    Odeint rk4 = Odeint.of(FHNSystem.create().Iext(0.8)).method("rk4").dt(0.01);
    Trajectory direct = Trajectory.record(rk4, List.of("V", "w"), new double[] {-2.8, -1.8}, 0,
        100, 0.01, 1);
    assertEquals(10_001, tr.size());
    assertEquals(List.of("V", "w"), tr.names());
    for (int k = 0; k < tr.size(); k++) {
      assertArrayEquals(direct.values()[k], tr.values()[k]);
    }
  }

  @Test
  void fhnLimitCycleAgreesWithAnIndependentMeasure() {
    PhasePlane pp = fhn(FHNSystem.create());
    List<LimitCycle> cycles = pp.limitCyclesBySimulation(MANUAL_START, 400);
    assertEquals(1, cycles.size());
    LimitCycle c = cycles.get(0);
    // the period from upward crossings of V = 0 over a long run, interpolated in time
    Trajectory run = pp.trajectories(MANUAL_START, 1000).get(0);
    double[] t = run.times();
    double[] v = run.of("V");
    List<Double> ups = new java.util.ArrayList<>();
    for (int k = 1; k < v.length; k++) {
      if (v[k - 1] < 0 && v[k] >= 0) {
        ups.add(t[k - 1] + (t[k] - t[k - 1]) * -v[k - 1] / (v[k] - v[k - 1]));
      }
    }
    double period = ups.get(ups.size() - 1) - ups.get(ups.size() - 2);
    assertEquals(period, c.period(), 0.02);
    // the unstable node lies inside the cycle
    FixedPoint p = pp.fixedPoints().get(0);
    assertTrue(c.min("V") < p.value("V") && p.value("V") < c.max("V"), c::toString);
    assertTrue(c.min("w") < p.value("w") && p.value("w") < c.max("w"), c::toString);
    // one period later the orbit is back where it started
    double[] first = c.orbit().values()[0];
    double[] last = c.orbit().last();
    assertEquals(first[0], last[0], 1e-2);
    assertEquals(first[1], last[1], 1e-2);
  }

  @Test
  void hopfNormalFormCycleHasTheKnownRadiusAndPeriod() {
    // r' = r (mu - r^2), theta' = omega: a circle of radius sqrt(mu), period 2 pi / omega
    LambdaSystem hopf = LambdaSystem.builder("x", "y").parameter("mu", 1).parameter("omega", 2)
        .derivative((t, s, p, d) -> {
          double r2 = s[0] * s[0] + s[1] * s[1];
          d[0] = p[0] * s[0] - p[1] * s[1] - s[0] * r2;
          d[1] = p[1] * s[0] + p[0] * s[1] - s[1] * r2;
        }).build();
    PhasePlane pp = PhasePlane.builder(hopf).targetVar("x", -2, 2).targetVar("y", -2, 2)
        .parsUpdate("mu", 0.64).dt(0.001).build();
    List<LimitCycle> cycles = pp.limitCyclesBySimulation(List.of(Map.of("x", 0.1, "y", 0.0),
        Map.of("x", 1.9, "y", 1.9)), 40);
    assertEquals(2, cycles.size());
    for (LimitCycle c : cycles) {
      assertEquals(Math.PI, c.period(), 0.002);
      assertEquals(0.8, c.max("x"), 1e-5);
      assertEquals(-0.8, c.min("y"), 1e-5);
    }
    FixedPoint origin = pp.fixedPoints().get(0);
    assertEquals(StabilityType.UNSTABLE_FOCUS_2D, origin.type());
    assertEquals(2, origin.eigenvalues().imag()[1], 1e-9); // finite differences: 1e-9
  }

  @Test
  void oneDimensionalSystem() {
    LambdaSystem cubic = LambdaSystem.builder("x").derivative((t, s, p, d) -> d[0] = s[0] - s[0]
        * s[0] * s[0]).jacobian((t, s, p, j) -> j[0][0] = 1 - 3 * s[0] * s[0]).build();
    PhasePlane pp = PhasePlane.builder(cubic).targetVar("x", -2, 2).resolution(0.013).build();
    List<FixedPoint> fps = pp.plotFixedPoint();
    assertEquals(3, fps.size(), fps::toString);
    assertEquals(List.of(StabilityType.STABLE_POINT_1D, StabilityType.UNSTABLE_POINT_1D,
        StabilityType.STABLE_POINT_1D), fps.stream().map(FixedPoint::type).toList());
    assertEquals(-1, fps.get(0).get(0), 1e-15);
    assertEquals(0, fps.get(1).get(0), 1e-15);
    VectorFieldSample f = pp.plotVectorField();
    assertEquals(1, f.dimension());
    double x = f.x()[40];
    assertEquals(x - x * x * x, f.dx()[0][40]);
    assertThrows(IllegalStateException.class, pp::nullclines);
    assertThrows(IllegalStateException.class, () -> pp.limitCyclesBySimulation(
        List.of(Map.of("x", 0.5)), 10));
    List<Trajectory> runs = pp.plotTrajectory(List.of(Map.of("x", 0.1)), 20);
    assertEquals(1, runs.get(0).last()[0], 1e-6, "flows to the stable point 1");
    assertEquals(1, pp.timeFigure().seriesCount());
  }

  @Test
  void fixedVariablesCutAPlaneOutOfALargerSystem() {
    HindmarshRoseSystem hr = HindmarshRoseSystem.create();
    // z frozen at 1.5: the fast subsystem's equilibria are x = -2 and the double root x = 0
    PhasePlane pp = PhasePlane.builder(hr).targetVar("x", -3, 3).targetVar("y", -25, 5)
        .fixedVar("z", 1.5).parsUpdate("Isyn", 0.5).resolution(0.05).build();
    List<FixedPoint> fps = pp.fixedPoints();
    assertEquals(2, fps.size(), fps::toString);
    assertEquals(-2, fps.get(0).value("x"), 1e-14);
    assertEquals(-19, fps.get(0).value("y"), 1e-12);
    assertEquals(StabilityType.STABLE_NODE_2D, fps.get(0).type());
    assertEquals(0, fps.get(1).value("x"), 1e-12);
    assertEquals(1, fps.get(1).value("y"), 1e-12);
    assertEquals(StabilityType.CENTER_MANIFOLD, fps.get(1).type());
    assertEquals(0.5, hr.Isyn());
  }

  @Test
  void badSettingsAreClearErrors() {
    FHNSystem fhn = FHNSystem.create();
    assertMessage(() -> PhasePlane.builder(fhn).targetVar("u", 0, 1), "no variable 'u'",
        "[V, w]");
    assertMessage(() -> PhasePlane.builder(fhn).targetVar("V", 1, 0), "range of 'V'", "[1.0, 0.0]");
    assertMessage(() -> PhasePlane.builder(fhn).parsUpdate("I", 1), "no parameter 'I'", "Iext");
    assertMessage(() -> PhasePlane.builder(fhn).targetVar("V", -3, 3).build(), "[w]",
        "fixedVar");
    assertMessage(() -> PhasePlane.builder(HindmarshRoseSystem.create()).targetVar("x", 0, 1)
        .targetVar("y", 0, 1).targetVar("z", 0, 1).build(), "1 or 2 target variables");
    assertMessage(() -> PhasePlane.builder(fhn).targetVar("V", -3, 3).targetVar("w", -3, 3)
        .resolution("Iext", 0.1).build(), "resolution is given for 'Iext'");
    assertMessage(() -> PhasePlane.builder(fhn).targetVar("V", -3, 3).fixedVar("V", 0)
        .targetVar("w", -3, 3).build(), "'V' is both a fixed variable and a target variable");
    assertMessage(() -> PhasePlane.builder(fhn).resolution(-1), "positive step", "-1.0");
    assertMessage(() -> PhasePlane.builder(fhn).method("rk5"), "unknown integration method 'rk5'",
        "rk4");
    PhasePlane pp = fhn(fhn);
    assertMessage(() -> pp.trajectories(List.of(Map.of("V", 1.0)), 10), "no value for 'w'");
    assertMessage(() -> pp.trajectories(List.of(Map.of("V", 1.0, "w", 0.0, "z", 1.0)), 10),
        "'z'");
    assertMessage(() -> pp.trajectories(MANUAL_START, -1), "t0 < t1");
    assertMessage(() -> pp.figure().save("phase.gif"), ".png or .svg");
  }

  static void assertMessage(org.junit.jupiter.api.function.Executable e, String... parts) {
    Exception x = assertThrows(Exception.class, e);
    for (String part : parts) {
      assertTrue(x.getMessage().contains(part), () -> "'" + part + "' in: " + x.getMessage());
    }
  }
}
