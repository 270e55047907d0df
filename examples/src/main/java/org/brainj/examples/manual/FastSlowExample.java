package org.brainj.examples.manual;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.models.systems.HindmarshRoseSystem;
import org.brainj.runtime.analysis.BifurcationDiagram;
import org.brainj.runtime.analysis.BifurcationPoint;
import org.brainj.runtime.analysis.FastSlowBifurcation;
import org.brainj.runtime.analysis.ParameterCycle;
import org.brainj.runtime.ode.Trajectory;

/**
 * Manual 4.3: Rinzel's fast-slow analysis of the Hindmarsh-Rose model ({@code Isyn = 0.5}): the
 * fast subsystem (x, y) with the slow z frozen, over {@code z in [-5, 5]}, with the trajectory of
 * the full system from (1, 0, 0) for 100 ms on top. The manual's y range [-10, 5] cuts the lower
 * branch (y = 1 - 5 x^2 reaches -31 at z = 5); the search box here is y in [-35, 5].
 * {@code --scale} below 1 coarsens the z grid by the same factor.
 */
public final class FastSlowExample implements Example {
  @Override
  public String name() {
    return "fastslow";
  }

  @Override
  public String description() {
    return "Hindmarsh-Rose fast-slow bifurcation (Rinzel): the fast subsystem over z, with a"
        + " trajectory (manual 4.3)";
  }

  @Override
  public void run(ExampleContext ctx) {
    double coarse = 1000 / ctx.scale(1000);
    long start = System.nanoTime();
    FastSlowBifurcation analyzer = FastSlowBifurcation.builder(HindmarshRoseSystem.create())
        .fastVar("x", -3, 3).fastVar("y", -35, 5)
        .slowVar("z", -5, 5)
        .parsUpdate("Isyn", 0.5)
        .resolution("x", 0.05).resolution("y", 0.25).resolution("z", 0.01 * coarse)
        .build();
    BifurcationDiagram d = analyzer.plotBifurcation();
    double scan = (System.nanoTime() - start) / 1e9;
    List<ParameterCycle> cycles = analyzer.plotLimitCycleBySim("x", 100);
    Trajectory tr = analyzer.plotTrajectory(List.of(Map.of("x", 1.0, "y", 0.0, "z", 0.0)),
        ctx.scale(100)).get(0);
    double total = (System.nanoTime() - start) / 1e9;

    ctx.report(String.format(Locale.ROOT, "fast subsystem (x, y) of Hindmarsh-Rose, Isyn = 0.5,"
        + " over %d values of z in [-5, 5]: %d branches, %d bifurcation points (%.3f s)",
        d.points().size(), d.branches().size(), d.bifurcationPoints().size(), scan));
    for (BifurcationPoint p : d.bifurcationPoints()) {
      ctx.report("  " + p);
    }
    ctx.report("  exact folds: z = 1.5 - 32/27 = " + (1.5 - 32.0 / 27) + " at x = -4/3, and"
        + " z = 1.5 at x = 0 (double roots of x^3 + 2x^2 + z - 1.5)");
    if (!cycles.isEmpty()) {
      ctx.report(String.format(Locale.ROOT, "  fast-subsystem limit cycles by simulation for z"
          + " from %.3f to %.3f", cycles.get(0).parameters()[0],
          cycles.get(cycles.size() - 1).parameters()[0]));
    }
    double[] z = tr.of("z");
    double[] x = tr.of("x");
    int spikes = 0;
    for (int k = 1; k < x.length; k++) {
      if (x[k - 1] < 1 && x[k] >= 1) {
        spikes++;
      }
    }
    ctx.report(String.format(Locale.ROOT, "trajectory from (x, y, z) = (1, 0, 0) for %.1f ms:"
        + " %d spikes (upward crossings of x = 1), z from %.3f to %.3f (%.3f s in all)",
        tr.times()[tr.size() - 1], spikes, z[0], z[z.length - 1], total));
    analyzer.figure("x").save(ctx.file("hr_fast_slow_x.png"));
    analyzer.figure("x").save(ctx.file("hr_fast_slow_x.svg"));
    analyzer.figure("y").save(ctx.file("hr_fast_slow_y.png"));
  }
}
