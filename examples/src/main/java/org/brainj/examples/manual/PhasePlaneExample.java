package org.brainj.examples.manual;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.models.systems.FHNSystem;
import org.brainj.runtime.analysis.LimitCycle;
import org.brainj.runtime.analysis.Nullclines;
import org.brainj.runtime.analysis.PhasePlane;
import org.brainj.runtime.analysis.fixedpoint.FixedPoint;
import org.brainj.runtime.ode.Trajectory;

/**
 * Manual 4.1: the phase plane of the FitzHugh-Nagumo model at {@code Iext = 0.8}: nullclines,
 * vector field, the fixed point (an unstable node at V = -0.2729, w = 0.5339) inside a limit
 * cycle, and the trajectory from V = -2.8, w = -1.8 in the plane and over time.
 */
public final class PhasePlaneExample implements Example {
  static final List<Map<String, Double>> START = List.of(Map.of("V", -2.8, "w", -1.8));

  @Override
  public String name() {
    return "phaseplane";
  }

  @Override
  public String description() {
    return "phase plane of FitzHugh-Nagumo at Iext = 0.8: nullclines, field, fixed point,"
        + " trajectory, limit cycle (manual 4.1)";
  }

  @Override
  public void run(ExampleContext ctx) {
    long start = System.nanoTime();
    PhasePlane analyzer = PhasePlane.builder(FHNSystem.create())
        .targetVar("V", -3, 3).targetVar("w", -3, 3)
        .parsUpdate("Iext", 0.8)
        .resolution(0.01)
        .build();
    Nullclines nullclines = analyzer.plotNullcline();
    analyzer.plotVectorField();
    List<FixedPoint> fixedPoints = analyzer.plotFixedPoint();
    List<Trajectory> runs = analyzer.plotTrajectory(START, ctx.scale(100));
    List<LimitCycle> cycles = analyzer.plotLimitCycleBySim(START, 400);
    analyzer.plotTrajectory(START, ctx.scale(100), PhasePlane.Axes.T_V);
    double seconds = (System.nanoTime() - start) / 1e9;

    ctx.report(String.format(Locale.ROOT, "FitzHugh-Nagumo phase plane, Iext = 0.8, V and w in"
        + " [-3, 3], search grid 0.01: %s, %d streamlines (%.3f s)", nullclines,
        analyzer.vectorField().streamlines().size(), seconds));
    for (int k = 0; k < fixedPoints.size(); k++) {
      FixedPoint p = fixedPoints.get(k);
      ctx.report("Fixed point #" + (k + 1) + " at " + p + "; eigenvalues " + p.eigenvalues());
    }
    ctx.report("the manual: Fixed point #1 at V=-0.27290095899729705, w=0.5338738012533786 is a"
        + " unstable node.");
    double[] end = runs.get(0).last();
    ctx.report(String.format(Locale.ROOT, "trajectory from V = -2.8, w = -1.8 for %.1f ms (rk4,"
        + " dt = 0.01): ends at V = %.4f, w = %.4f", runs.get(0).times()[runs.get(0).size() - 1],
        end[0], end[1]));
    for (LimitCycle c : cycles) {
      ctx.report("limit cycle by simulation (400 ms from the same start): " + c);
    }
    analyzer.save(ctx.file("fhn_phase_plane.png"));
    analyzer.save(ctx.file("fhn_phase_plane.svg"));
    analyzer.timeFigure().save(ctx.file("fhn_trajectory.png"));
  }
}
