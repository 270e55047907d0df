package org.brainj.examples.manual;

import java.util.List;
import java.util.Locale;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.models.systems.FHNSystem;
import org.brainj.runtime.analysis.Bifurcation;
import org.brainj.runtime.analysis.BifurcationCurve;
import org.brainj.runtime.analysis.BifurcationDiagram;
import org.brainj.runtime.analysis.BifurcationPoint;
import org.brainj.runtime.analysis.ParameterCycle;

/**
 * Manual 4.2: bifurcation analysis of the FitzHugh-Nagumo model, co-dimension 1 over
 * {@code Iext in [0, 1]} (resolution 0.001, as the manual) with limit cycles by simulation, and
 * co-dimension 2 over {@code a in [0.5, 1]} and {@code Iext in [0, 1]} (resolution 0.01). The
 * fixed points are searched on a 0.05 grid of V and w and polished by Newton's method; the Hopf
 * points are located between parameter values. {@code --scale} below 1 coarsens the parameter
 * grids by the same factor.
 */
public final class BifurcationExample implements Example {
  @Override
  public String name() {
    return "bifurcation";
  }

  @Override
  public String description() {
    return "FitzHugh-Nagumo bifurcations: co-dimension 1 over Iext, co-dimension 2 over a and"
        + " Iext, Hopf points, limit cycles (manual 4.2)";
  }

  @Override
  public void run(ExampleContext ctx) {
    double coarse = 1000 / ctx.scale(1000); // 1 at full scale, 5 at --scale 0.2
    codimensionOne(ctx, coarse);
    codimensionTwo(ctx, coarse);
  }

  private static void codimensionOne(ExampleContext ctx, double coarse) {
    long start = System.nanoTime();
    Bifurcation analyzer = Bifurcation.builder(FHNSystem.create())
        .targetPar("Iext", 0, 1)
        .targetVar("V", -3, 3).targetVar("w", -3, 3)
        .resolution(0.05).resolution("Iext", 0.001 * coarse)
        .build();
    BifurcationDiagram d = analyzer.plotBifurcation();
    double scan = (System.nanoTime() - start) / 1e9;
    List<ParameterCycle> cycles = analyzer.plotLimitCycleBySim("V", 300);
    double total = (System.nanoTime() - start) / 1e9;
    ctx.report(String.format(Locale.ROOT, "co-dimension 1: %d values of Iext in [0, 1], %d"
        + " branch(es), %d bifurcation point(s) (%.3f s)", d.points().size(),
        d.branches().size(), d.bifurcationPoints().size(), scan));
    for (BifurcationPoint p : d.bifurcationPoints()) {
      ctx.report("  " + p);
    }
    ctx.report("  reference (SciPy + mpmath): Hopf at Iext = 0.3312813374547458,"
        + " V = -0.9674709297958260, w = -0.3343386622447825, frequency 0.275507");
    if (!cycles.isEmpty()) {
      ParameterCycle first = cycles.get(0);
      ParameterCycle last = cycles.get(cycles.size() - 1);
      ctx.report(String.format(Locale.ROOT, "  limit cycles by simulation at %d values of Iext,"
          + " from %.3f (V in [%.3f, %.3f], period %.2f) to %.3f (V in [%.3f, %.3f], period"
          + " %.2f) (%.3f s in all)", cycles.size(), first.parameters()[0],
          first.cycle().min("V"), first.cycle().max("V"), first.cycle().period(),
          last.parameters()[0], last.cycle().min("V"), last.cycle().max("V"),
          last.cycle().period(), total));
    }
    analyzer.figure("V").save(ctx.file("fhn_bifurcation_V.png"));
    analyzer.figure("V").save(ctx.file("fhn_bifurcation_V.svg"));
    analyzer.figure("w").save(ctx.file("fhn_bifurcation_w.png"));
  }

  private static void codimensionTwo(ExampleContext ctx, double coarse) {
    long start = System.nanoTime();
    Bifurcation analyzer = Bifurcation.builder(FHNSystem.create())
        .targetPar("a", 0.5, 1).targetPar("Iext", 0, 1)
        .targetVar("V", -3, 3).targetVar("w", -3, 3)
        .resolution(0.1).resolution("a", 0.01 * coarse).resolution("Iext", 0.01 * coarse)
        .build();
    BifurcationDiagram d = analyzer.plotBifurcation();
    double seconds = (System.nanoTime() - start) / 1e9;
    ctx.report(String.format(Locale.ROOT, "co-dimension 2: %d points of (a, Iext), %d"
        + " bifurcation points on %d curve(s) (%.3f s)", d.points().size(),
        d.bifurcationPoints().size(), d.curves().size(), seconds));
    for (BifurcationCurve c : d.curves()) {
      BifurcationPoint a = c.points().get(0);
      BifurcationPoint b = c.points().get(c.points().size() - 1);
      ctx.report(String.format(Locale.ROOT, "  %s curve of %d points from (a, Iext) = (%.3f,"
          + " %.6f) to (%.3f, %.6f)", c.kind(), c.points().size(), a.parameter("a"),
          a.parameter("Iext"), b.parameter("a"), b.parameter("Iext")));
    }
    analyzer.parameterFigure().save(ctx.file("fhn_codim2.png"));
    analyzer.parameterFigure().save(ctx.file("fhn_codim2.svg"));
  }
}
