package org.brainj.runtime.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainj.runtime.analysis.plot.AnalysisFigure;
import org.brainj.runtime.ode.VectorField;

/**
 * Co-dimension 1 and 2 bifurcation analysis: BrainPy's {@code brainpy.analysis.Bifurcation}
 * (manual 4.2 and 14.3). For each value of one or two parameters ({@code target_pars}) the fixed
 * points of one or two variables ({@code target_vars}, the others held by {@code fixed_vars}) are
 * found with their stability; the Hopf and saddle-node points between grid values are located to
 * solver precision ({@link BifurcationEngine}); limit cycles are found by simulation.
 *
 * <pre>{@code
 * Bifurcation b = Bifurcation.builder(FHNSystem.create())
 *     .targetPar("Iext", 0, 1)
 *     .targetVar("V", -3, 3).targetVar("w", -3, 3)
 *     .resolution(0.05).resolution("Iext", 0.001)
 *     .build();
 * BifurcationDiagram d = b.plotBifurcation();       // fixed points for each Iext, Hopf at 0.33128
 * b.plotLimitCycleBySim("V", 200);
 * b.figure("V").save("fhn_bifurcation_V.png");
 * }</pre>
 *
 * <p>Co-dimension 1 draws one figure per variable ({@link #figure(String)}: the variable over the
 * parameter, branches solid where stable and dashed where not, coloured by type); co-dimension 2
 * draws the parameter plane ({@link #parameterFigure()}: each scanned point marked by its fixed
 * points' types, with the Hopf and saddle-node curves).
 *
 * <p>The resolution of the variables is the fixed-point search's grid at every parameter value
 * (cost: one field evaluation per grid node and parameter value); the resolution of a parameter is
 * the spacing of its values. The system's parameters are restored after each computation.
 */
public final class Bifurcation {
  /** Starts a bifurcation analysis of {@code system}. */
  public static Builder builder(VectorField system) {
    return new Builder(system);
  }

  /** The settings of a {@link Bifurcation}. */
  public static final class Builder extends AnalysisBuilder<Builder> {
    private final Map<String, Range> pars = new LinkedHashMap<>();
    private final Map<String, Range> vars = new LinkedHashMap<>();

    private Builder(VectorField system) {
      super(system);
    }

    /** A parameter to vary and its range (BrainPy's {@code target_pars}); one or two. */
    public Builder targetPar(String name, double min, double max) {
      checkParameter(name, "target parameter");
      putRange(pars, new Range(name, min, max), "target parameter");
      return this;
    }

    /** A variable to analyse and its range (BrainPy's {@code target_vars}); one or two. */
    public Builder targetVar(String name, double min, double max) {
      checkVariable(name, "target variable");
      putRange(vars, new Range(name, min, max), "target variable");
      return this;
    }

    public Bifurcation build() {
      if (pars.isEmpty() || pars.size() > 2) {
        throw new IllegalArgumentException("a bifurcation analysis varies 1 or 2 target"
            + " parameters, got " + pars.keySet());
      }
      if (vars.isEmpty() || vars.size() > 2) {
        throw new IllegalArgumentException("a bifurcation analysis analyses 1 or 2 target"
            + " variables, got " + vars.keySet() + "; fix the others with fixedVar(name, value)");
      }
      Map<String, String> roles = new LinkedHashMap<>();
      pars.keySet().forEach(n -> roles.put(n, "target parameter"));
      vars.keySet().forEach(n -> roles.put(n, "target variable"));
      checkRoles(roles);
      Settings s = settings();
      Subsystem sub = new Subsystem(s.system(), List.copyOf(vars.keySet()), s.fixedVars());
      return new Bifurcation(s, sub, List.copyOf(vars.values()), List.copyOf(pars.values()));
    }
  }

  private final BifurcationView view;

  private Bifurcation(Settings settings, Subsystem sub, List<Range> vars, List<Range> pars) {
    this.view = new BifurcationView(settings, sub, vars, pars,
        "Bifurcation of " + Names.of(settings.system()));
  }

  /** The diagram: fixed points at every parameter point, branches, bifurcation points. */
  public BifurcationDiagram bifurcation() {
    return view.diagram();
  }

  /** Draws the diagram ({@link #figure(String)} or {@link #parameterFigure()}) and returns it. */
  public BifurcationDiagram plotBifurcation() {
    return view.plotDiagram();
  }

  /**
   * Limit cycles by simulation (co-dimension 1): at each parameter value, from each fixed point
   * that is not stable (nudged by 1e-3 of the box), simulates for {@code duration} and keeps the
   * cycles whose maxima of {@code var} repeat within 1e-3 ({@link LimitCycles}).
   */
  public List<ParameterCycle> limitCyclesBySimulation(String var, double duration) {
    return view.cycles(var, duration, LimitCycles.DEFAULT_TOL);
  }

  /** {@link #limitCyclesBySimulation(String, double)} with a tolerance. */
  public List<ParameterCycle> limitCyclesBySimulation(String var, double duration, double tol) {
    return view.cycles(var, duration, tol);
  }

  /** Finds limit cycles by simulation and draws their extremes on every variable's figure. */
  public List<ParameterCycle> plotLimitCycleBySim(String var, double duration) {
    return view.plotCycles(var, duration, LimitCycles.DEFAULT_TOL);
  }

  /** The co-dimension 1 figure of a variable over the parameter. */
  public AnalysisFigure figure(String var) {
    return view.figure(var);
  }

  /** The co-dimension 2 figure: the parameter plane. */
  public AnalysisFigure parameterFigure() {
    return view.parameterFigure();
  }

  /** Every figure, by name (the variables' for co-dimension 1, {@code "parameters"} for 2). */
  public Map<String, AnalysisFigure> figures() {
    return view.figures();
  }

  @Override
  public String toString() {
    return "Bifurcation[" + view + "]";
  }
}
