package org.brainj.runtime.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainj.runtime.analysis.plot.AnalysisFigure;
import org.brainj.runtime.analysis.plot.AnalysisFigure.Layer;
import org.brainj.runtime.analysis.plot.Styles;
import org.brainj.runtime.ode.Odeint;
import org.brainj.runtime.ode.Trajectory;
import org.brainj.runtime.ode.VectorField;

/**
 * Rinzel's fast-slow analysis: BrainPy's {@code brainpy.analysis.FastSlowBifurcation} (manual 4.3
 * and 14.4). The slow variables are frozen and treated as the parameters of a bifurcation analysis
 * of the fast subsystem; trajectories of the full system, drawn over the diagram, show how the
 * slow variables carry it along the fast subsystem's branches (bursting).
 *
 * <pre>{@code
 * FastSlowBifurcation fs = FastSlowBifurcation.builder(HindmarshRoseSystem.create())
 *     .fastVar("x", -3, 3).fastVar("y", -10, 5)
 *     .slowVar("z", -5, 5)
 *     .parsUpdate("Isyn", 0.5)
 *     .resolution(0.01)
 *     .build();
 * fs.plotBifurcation();
 * fs.plotTrajectory(List.of(Map.of("x", 1.0, "y", 0.0, "z", 0.0)), 100);
 * fs.figure("x").save("hr_fast_slow_x.png");
 * }</pre>
 *
 * <p>With one slow variable each fast variable has a figure over it ({@link #figure(String)});
 * with two, the slow plane is drawn ({@link #parameterFigure()}). The system's parameters are
 * restored after each computation.
 */
public final class FastSlowBifurcation {
  /** Starts a fast-slow analysis of {@code system}. */
  public static Builder builder(VectorField system) {
    return new Builder(system);
  }

  /** The settings of a {@link FastSlowBifurcation}. */
  public static final class Builder extends AnalysisBuilder<Builder> {
    private final Map<String, Range> fast = new LinkedHashMap<>();
    private final Map<String, Range> slow = new LinkedHashMap<>();

    private Builder(VectorField system) {
      super(system);
    }

    /** A fast variable and its range (BrainPy's {@code fast_vars}); one or two. */
    public Builder fastVar(String name, double min, double max) {
      checkVariable(name, "fast variable");
      if (slow.containsKey(name)) {
        throw new IllegalArgumentException("'" + name + "' is already a slow variable");
      }
      putRange(fast, new Range(name, min, max), "fast variable");
      return this;
    }

    /** A slow variable and its range (BrainPy's {@code slow_vars}); one or two. */
    public Builder slowVar(String name, double min, double max) {
      checkVariable(name, "slow variable");
      if (fast.containsKey(name)) {
        throw new IllegalArgumentException("'" + name + "' is already a fast variable");
      }
      putRange(slow, new Range(name, min, max), "slow variable");
      return this;
    }

    public FastSlowBifurcation build() {
      if (fast.isEmpty() || fast.size() > 2) {
        throw new IllegalArgumentException("a fast-slow analysis has 1 or 2 fast variables, got "
            + fast.keySet());
      }
      if (slow.isEmpty() || slow.size() > 2) {
        throw new IllegalArgumentException("a fast-slow analysis has 1 or 2 slow variables, got "
            + slow.keySet());
      }
      Map<String, String> roles = new LinkedHashMap<>();
      fast.keySet().forEach(n -> roles.put(n, "fast variable"));
      slow.keySet().forEach(n -> roles.put(n, "slow variable"));
      checkRoles(roles);
      Settings s = settings();
      Map<String, Double> frozen = new HashMap<>(s.fixedVars());
      slow.values().forEach(r -> frozen.put(r.name(), r.min())); // set per scanned value
      Subsystem fastSub = new Subsystem(s.system(), List.copyOf(fast.keySet()), frozen);
      List<String> all = new ArrayList<>(fast.keySet());
      all.addAll(slow.keySet());
      Subsystem full = new Subsystem(s.system(), all, s.fixedVars());
      return new FastSlowBifurcation(s, fastSub, full, List.copyOf(fast.values()),
          List.copyOf(slow.values()));
    }
  }

  private final BifurcationView view;
  private final Subsystem full;
  private int trajectoryCount;

  private FastSlowBifurcation(Settings settings, Subsystem fastSub, Subsystem full,
      List<Range> fast, List<Range> slow) {
    this.view = new BifurcationView(settings, fastSub, fast, slow,
        "Fast-slow analysis of " + Names.of(settings.system()));
    this.full = full;
  }

  /**
   * The bifurcation diagram of the fast subsystem over the slow variables (the slow variables
   * are its parameters).
   */
  public BifurcationDiagram bifurcation() {
    return view.diagram();
  }

  /** Draws the diagram and returns it. */
  public BifurcationDiagram plotBifurcation() {
    return view.plotDiagram();
  }

  /** Limit cycles of the fast subsystem by simulation, at each slow value (one slow variable). */
  public List<ParameterCycle> limitCyclesBySimulation(String fastVar, double duration) {
    return view.cycles(fastVar, duration, LimitCycles.DEFAULT_TOL);
  }

  /** Finds the fast subsystem's limit cycles by simulation and draws their extremes. */
  public List<ParameterCycle> plotLimitCycleBySim(String fastVar, double duration) {
    return view.plotCycles(fastVar, duration, LimitCycles.DEFAULT_TOL);
  }

  /**
   * Simulates the full system (fast and slow variables; any other held by {@code fixedVar}) from
   * each initial state over {@code [0, duration]}.
   */
  public List<Trajectory> trajectories(List<? extends Map<String, ? extends Number>> initials,
      double duration) {
    PhasePlane.checkDuration(0, duration);
    List<double[]> starts = Initials.of(initials, full.names());
    Settings settings = view.settings();
    return settings.withParameters(() -> {
      Odeint integrator = settings.integrator(full);
      List<Trajectory> out = new ArrayList<>();
      for (double[] start : starts) {
        out.add(Trajectory.record(integrator, full.names(), start, 0, duration, settings.dt(),
            1));
      }
      return out;
    });
  }

  /**
   * Simulates the full system and draws each trajectory over the diagram: fast variable over the
   * slow one (one slow variable), or in the slow plane (two).
   */
  public List<Trajectory> plotTrajectory(List<? extends Map<String, ? extends Number>> initials,
      double duration) {
    List<Trajectory> runs = trajectories(initials, duration);
    List<Range> fast = view.vars();
    List<Range> slow = view.pars();
    for (Trajectory tr : runs) {
      java.awt.Color color =
          Styles.TRAJECTORIES[trajectoryCount++ % Styles.TRAJECTORIES.length];
      String label = "trajectory (" + Initials.label(full.names(), tr.values()[0]) + ")";
      if (slow.size() == 1) {
        double[] z = tr.of(slow.get(0).name());
        for (Range f : fast) {
          view.figure(f.name()).line(Layer.TRAJECTORIES, label, z, tr.of(f.name()), color, 1.2f,
              false, true);
        }
      } else {
        view.parameterFigure().line(Layer.TRAJECTORIES, label, tr.of(slow.get(0).name()),
            tr.of(slow.get(1).name()), color, 1.2f, false, true);
      }
    }
    return runs;
  }

  /** The figure of a fast variable over the slow one (one slow variable). */
  public AnalysisFigure figure(String fastVar) {
    return view.figure(fastVar);
  }

  /** The slow plane (two slow variables). */
  public AnalysisFigure parameterFigure() {
    return view.parameterFigure();
  }

  /** Every figure, by name. */
  public Map<String, AnalysisFigure> figures() {
    return view.figures();
  }

  @Override
  public String toString() {
    return "FastSlowBifurcation[" + view + "]";
  }
}
