package org.brainj.runtime.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainj.runtime.analysis.plot.AnalysisFigure;

/**
 * What {@link Bifurcation} and {@link FastSlowBifurcation} share: the scan (computed once, under
 * the system's session), the limit cycles, and the figures they are drawn on.
 */
final class BifurcationView {
  private final Settings settings;
  private final Subsystem sub;
  private final List<Range> vars;
  private final List<Range> pars;
  private final BifurcationEngine engine;
  private final Map<String, AnalysisFigure> figures = new LinkedHashMap<>();
  private BifurcationDiagram diagram;

  BifurcationView(Settings settings, Subsystem sub, List<Range> vars, List<Range> pars,
      String title) {
    this.settings = settings;
    this.sub = sub;
    this.vars = vars;
    this.pars = pars;
    this.engine = new BifurcationEngine(sub, vars, pars, settings.resolutions(),
        settings.finder());
    String suffix = Initials.parameters(settings.parsUpdate());
    if (pars.size() == 1) {
      for (Range v : vars) {
        AnalysisFigure f = new AnalysisFigure(title + suffix, pars.get(0).name(), v.name());
        f.size(settings.width(), settings.height());
        f.xRange(pars.get(0).min(), pars.get(0).max());
        f.yRange(v.min(), v.max());
        figures.put(v.name(), f);
      }
    } else {
      AnalysisFigure f = new AnalysisFigure(title + suffix, pars.get(0).name(),
          pars.get(1).name());
      f.size(settings.width(), settings.height());
      f.xRange(pars.get(0).min(), pars.get(0).max());
      f.yRange(pars.get(1).min(), pars.get(1).max());
      figures.put("parameters", f);
    }
  }

  List<Range> vars() {
    return vars;
  }

  List<Range> pars() {
    return pars;
  }

  Settings settings() {
    return settings;
  }

  BifurcationDiagram diagram() {
    if (diagram == null) {
      diagram = settings.withParameters(engine::run);
    }
    return diagram;
  }

  BifurcationDiagram plotDiagram() {
    BifurcationDiagram d = diagram();
    if (pars.size() == 1) {
      for (int k = 0; k < vars.size(); k++) {
        AnalysisFigure f = figures.get(vars.get(k).name());
        BifurcationDrawing.branches(f, d.branches(), k);
        BifurcationDrawing.points(f, d.bifurcationPoints(), k);
      }
    } else {
      BifurcationDrawing.parameterPlane(parameterFigure(), d);
    }
    return d;
  }

  List<ParameterCycle> cycles(String var, double duration, double tol) {
    if (pars.size() != 1) {
      throw new IllegalStateException("limit cycles by simulation are drawn over one parameter;"
          + " this analysis varies " + pars.stream().map(Range::name).toList());
    }
    int v = varIndex(var);
    if (vars.size() != 2) {
      throw new IllegalStateException("a 1-D flow cannot oscillate: limit cycles need 2"
          + " variables, this analysis has " + sub.names());
    }
    PhasePlane.checkDuration(0, duration);
    PhasePlane.checkTolerance(tol);
    BifurcationDiagram d = diagram();
    return settings.withParameters(
        () -> List.copyOf(engine.cycles(d, settings, v, duration, tol)));
  }

  List<ParameterCycle> plotCycles(String var, double duration, double tol) {
    List<ParameterCycle> cycles = cycles(var, duration, tol);
    for (int k = 0; k < vars.size(); k++) {
      BifurcationDrawing.cycles(figures.get(vars.get(k).name()), cycles, k);
    }
    return cycles;
  }

  int varIndex(String var) {
    for (int k = 0; k < vars.size(); k++) {
      if (vars.get(k).name().equals(var)) {
        return k;
      }
    }
    throw new IllegalArgumentException("'" + var + "' is not an analysed variable; variables: "
        + sub.names());
  }

  AnalysisFigure figure(String var) {
    if (pars.size() != 1) {
      throw new IllegalStateException("a co-dimension 2 analysis has one figure, the parameter"
          + " plane: parameterFigure()");
    }
    return figures.get(vars.get(varIndex(var)).name());
  }

  AnalysisFigure parameterFigure() {
    if (pars.size() != 2) {
      throw new IllegalStateException("a co-dimension 1 analysis has one figure per variable:"
          + " figure(name) for " + sub.names());
    }
    return figures.get("parameters");
  }

  Map<String, AnalysisFigure> figures() {
    return Collections.unmodifiableMap(figures);
  }

  @Override
  public String toString() {
    return Names.of(settings.system()) + ", parameters " + pars + ", variables " + vars;
  }
}
