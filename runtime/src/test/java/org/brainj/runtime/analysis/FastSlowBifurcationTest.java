package org.brainj.runtime.analysis;

import static org.brainj.runtime.analysis.PhasePlaneTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainj.models.systems.HindmarshRoseSystem;
import org.brainj.runtime.analysis.BifurcationPoint.Kind;
import org.brainj.runtime.analysis.fixedpoint.FixedPoint;
import org.brainj.runtime.ode.Odeint;
import org.brainj.runtime.ode.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * Manual 4.3: the fast subsystem of Hindmarsh-Rose with z frozen, against
 * {@code reference/hr_fast_subsystem_equilibria.csv} (the roots of x^3 + 2x^2 + z - 1.5 = 0 and
 * their Jacobians' eigenvalues).
 */
class FastSlowBifurcationTest {

  /** The reference's names for types: its "saddle" is BrainPy's saddle node, "degenerate" (a zero eigenvalue, the other negative) its center manifold. */
  private static String brainPyName(String reference) {
    return switch (reference) {
      case "saddle" -> "saddle node";
      case "degenerate" -> "center manifold";
      default -> reference;
    };
  }

  private static FastSlowBifurcation hr(double[] zs) {
    return FastSlowBifurcation.builder(HindmarshRoseSystem.create())
        .fastVar("x", -3, 3).fastVar("y", -35, 5)
        .slowVar("z", -5, 5)
        .parsUpdate("Isyn", 0.5)
        .resolution("x", 0.05).resolution("y", 0.25).resolution("z", zs)
        .build();
  }

  @Test
  void fastSubsystemEquilibriaMatchTheReference() {
    List<String[]> rows = Reference.csv("hr_fast_subsystem_equilibria.csv");
    List<Double> zs = new ArrayList<>();
    for (String[] r : rows) {
      double z = Double.parseDouble(r[0]);
      if (zs.isEmpty() || zs.get(zs.size() - 1) != z) {
        zs.add(z);
      }
    }
    assertEquals(101, zs.size());
    BifurcationDiagram d = hr(zs.stream().mapToDouble(Double::doubleValue).toArray())
        .bifurcation();
    assertEquals(List.of("z"), d.parameterNames());
    assertEquals(List.of("x", "y"), d.variableNames());
    int row = 0;
    for (int k = 0; k < zs.size(); k++) {
      ParameterPoint pp = d.points().get(k);
      double z = zs.get(k);
      assertEquals(z, pp.parameter(0));
      int n = Integer.parseInt(rows.get(row)[1]);
      assertEquals(n, pp.fixedPoints().size(), () -> "equilibria at z = " + z + ": "
          + pp.fixedPoints());
      for (int i = 0; i < n; i++, row++) {
        String[] r = rows.get(row);
        FixedPoint p = pp.fixedPoints().get(Integer.parseInt(r[2])); // both sorted by x
        String at = "z = " + z + ", equilibrium " + i;
        assertEquals(Double.parseDouble(r[3]), p.value("x"), 1e-12, at);
        assertEquals(Double.parseDouble(r[4]), p.value("y"), 1e-11, at);
        assertEquals(Double.parseDouble(r[5]), p.eigenvalues().real()[0], 1e-10, at);
        assertEquals(Double.parseDouble(r[6]), p.eigenvalues().imag()[0], 1e-10, at);
        assertEquals(Double.parseDouble(r[7]), p.eigenvalues().real()[1], 1e-10, at);
        assertEquals(Double.parseDouble(r[8]), p.eigenvalues().imag()[1], 1e-10, at);
        assertEquals(brainPyName(r[9]), p.type().label(), at);
      }
    }
    assertEquals(rows.size(), row);
  }

  @Test
  void foldsOfTheFastSubsystemAreLocated() {
    // x^3 + 2x^2 + z - 1.5 has a double root where 3x^2 + 4x = 0: x = -4/3 at z = 1.5 - 32/27,
    // and x = 0 at z = 1.5 (a step below 0.07 separates the fold at 1.5 from the Hopf point)
    BifurcationDiagram d = hr(grid(-5, 5, 0.02)).bifurcation();
    List<BifurcationPoint> folds = d.bifurcationPoints(Kind.SADDLE_NODE);
    assertEquals(2, folds.size(), folds::toString);
    assertEquals(1.5 - 32.0 / 27, folds.get(0).parameter("z"), 1e-12);
    assertEquals(-4.0 / 3, folds.get(0).fixedPoint().value("x"), 1e-7);
    assertEquals(1.5, folds.get(1).parameter("z"), 1e-12);
    assertEquals(0, folds.get(1).fixedPoint().value("x"), 1e-7);
    // the upper branch turns stable shortly before it meets the saddle: a Hopf point
    List<BifurcationPoint> hopf = d.bifurcationPoints(Kind.HOPF);
    assertEquals(1, hopf.size(), hopf::toString);
    double[][] j = hopf.get(0).fixedPoint().jacobian();
    assertEquals(0, j[0][0] + j[1][1], 1e-12, "the trace vanishes at a Hopf point");
    assertTrue(hopf.get(0).parameter("z") > 1.4 && hopf.get(0).parameter("z") < 1.5);
  }

  private static double[] grid(double min, double max, double step) {
    int n = (int) Math.round((max - min) / step);
    double[] g = new double[n + 1];
    for (int k = 0; k <= n; k++) {
      g[k] = min + k * step;
    }
    g[n] = max;
    return g;
  }

  @Test
  void trajectoriesAreOfTheFullSystem() {
    FastSlowBifurcation fs = hr(grid(-5, 5, 0.5));
    Trajectory tr = fs.plotTrajectory(List.of(Map.of("x", 1.0, "y", 0.0, "z", 0.0)), 100).get(0);
    assertEquals(List.of("x", "y", "z"), tr.names());
    Odeint rk4 = Odeint.of(HindmarshRoseSystem.create().Isyn(0.5)).method("rk4").dt(0.01);
    Trajectory direct = Trajectory.record(rk4, List.of("x", "y", "z"),
        new double[] {1, 0, 0}, 0, 100, 0.01, 1);
    assertArrayEquals(direct.last(), tr.last());
    assertEquals(2, fs.figure("x").seriesCount() + fs.figure("y").seriesCount(),
        "the trajectory on both fast variables' figures");
  }

  @Test
  void badSettingsAreClearErrors() {
    HindmarshRoseSystem hr = HindmarshRoseSystem.create();
    assertMessage(() -> FastSlowBifurcation.builder(hr).fastVar("x", -3, 3).slowVar("x", 0, 1),
        "'x' is already a fast variable");
    assertMessage(() -> FastSlowBifurcation.builder(hr).fastVar("x", -3, 3).slowVar("z", 0, 1)
        .build(), "[y]", "fixedVar");
    assertMessage(() -> FastSlowBifurcation.builder(hr).fastVar("x", -3, 3).fastVar("y", -3, 3)
        .build(), "1 or 2 slow variables");
    FastSlowBifurcation fs = hr(grid(-5, 5, 1));
    assertMessage(() -> fs.trajectories(List.of(Map.of("x", 1.0, "y", 0.0)), 10),
        "no value for 'z'");
  }
}
