package org.brainj.runtime.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainj.runtime.analysis.fixedpoint.FixedPoint;
import org.brainj.runtime.analysis.fixedpoint.GridSample;
import org.brainj.runtime.analysis.plot.AnalysisFigure;
import org.brainj.runtime.analysis.plot.AnalysisFigure.Layer;
import org.brainj.runtime.analysis.plot.Styles;
import org.brainj.runtime.ode.Odeint;
import org.brainj.runtime.ode.Trajectory;
import org.brainj.runtime.ode.VectorField;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Phase plane analysis of a 1-D or 2-D system, or of one or two variables of a larger system with
 * the others fixed: BrainPy's {@code brainpy.analysis.PhasePlane} (manual 4.1 and 14.2).
 *
 * <pre>{@code
 * PhasePlane pp = PhasePlane.builder(FHNSystem.create())
 *     .targetVar("V", -3, 3).targetVar("w", -3, 3)
 *     .parsUpdate("Iext", 0.8)
 *     .resolution(0.01)
 *     .build();
 * pp.plotNullcline();
 * pp.plotVectorField();
 * List<FixedPoint> fps = pp.plotFixedPoint();    // V=-0.27290095899729705, w=0.5338738012533786 is a unstable node
 * pp.plotTrajectory(List.of(Map.of("V", -2.8, "w", -1.8)), 100);
 * pp.save("fhn_phase_plane.png");                // or .svg
 * }</pre>
 *
 * <p>Each {@code plotXxx} computes the data (also available without drawing: {@link #nullclines},
 * {@link #vectorField}, {@link #fixedPoints}, {@link #trajectories},
 * {@link #limitCyclesBySimulation}), draws it onto {@link #figure()} (the {@code v-v} plane; a
 * 1-D system is drawn as {@code dx/dt} over {@code x}) or {@link #timeFigure()} (the {@code t-v}
 * axes), and returns it.
 *
 * <p>The system is any {@link VectorField}: a class generated from an {@code @OdeSystem} model
 * (exact Jacobian) or a lambda ({@link LambdaSystem}, {@link VectorField#of}). The analysis sets
 * {@code parsUpdate} on it while it computes and restores its values afterwards. Not thread-safe.
 */
public final class PhasePlane {
  /** Which axes {@link #plotTrajectory} draws on. */
  public enum Axes {
    /** The variables against each other, on {@link #figure()} (2-D only). */
    V_V,
    /** Each variable against time, on {@link #timeFigure()}. */
    T_V
  }

  /** Starts a phase plane of {@code system}. */
  public static Builder builder(VectorField system) {
    return new Builder(system);
  }

  /** The settings of a {@link PhasePlane}. */
  public static final class Builder extends AnalysisBuilder<Builder> {
    private final Map<String, Range> targets = new LinkedHashMap<>();

    private Builder(VectorField system) {
      super(system);
    }

    /** A variable to analyse and its range (BrainPy's {@code target_vars}); one or two. */
    public Builder targetVar(String name, double min, double max) {
      checkVariable(name, "target variable");
      putRange(targets, new Range(name, min, max), "target variable");
      return this;
    }

    public PhasePlane build() {
      if (targets.isEmpty() || targets.size() > 2) {
        throw new IllegalArgumentException("a phase plane analyses 1 or 2 target variables, got "
            + targets.keySet() + "; fix the others with fixedVar(name, value)");
      }
      Map<String, String> roles = new LinkedHashMap<>();
      targets.keySet().forEach(n -> roles.put(n, "target variable"));
      checkRoles(roles);
      return new PhasePlane(settings(), List.copyOf(targets.values()));
    }
  }

  private final Settings settings;
  private final List<Range> ranges;
  private final List<String> names;
  private final Subsystem sub;
  private final double[][] axes;
  private final AnalysisFigure figure;
  private AnalysisFigure timeFigure;
  private GridSample sample;
  private List<FixedPoint> fixedPoints;
  private Nullclines nullclines;
  private VectorFieldSample field;
  private int trajectoryCount;

  private PhasePlane(Settings settings, List<Range> ranges) {
    this.settings = settings;
    this.ranges = ranges;
    this.names = ranges.stream().map(Range::name).toList();
    this.sub = new Subsystem(settings.system(), names, settings.fixedVars());
    this.axes = new double[ranges.size()][];
    for (int k = 0; k < axes.length; k++) {
      axes[k] = settings.resolutions().grid(ranges.get(k));
    }
    String title = "Phase plane of " + Names.of(settings.system()) + params();
    if (ranges.size() == 2) {
      figure = new AnalysisFigure(title, names.get(0), names.get(1));
      figure.yRange(ranges.get(1).min(), ranges.get(1).max());
    } else {
      figure = new AnalysisFigure(title, names.get(0), "d" + names.get(0) + "/dt");
    }
    figure.xRange(ranges.get(0).min(), ranges.get(0).max());
    figure.size(settings.width(), settings.height());
  }

  private String params() {
    return Initials.parameters(settings.parsUpdate());
  }

  /** The analysed variables, in order. */
  public List<String> targetVars() {
    return names;
  }

  /** The ranges of the analysed variables. */
  public List<Range> ranges() {
    return ranges;
  }

  /** The grid along each analysed variable that the search samples (a copy). */
  public double[] grid(String variable) {
    int k = names.indexOf(variable);
    if (k < 0) {
      throw new IllegalArgumentException("'" + variable + "' is not a target variable; targets: "
          + names);
    }
    return axes[k].clone();
  }

  private GridSample sample() {
    if (sample == null) {
      sample = GridSample.evaluate(sub, axes);
    }
    return sample;
  }

  // ------------------------------------------------------------------ data

  /** The fixed points in the box, each once, with their stability (see {@link FixedPoint}). */
  public List<FixedPoint> fixedPoints() {
    if (fixedPoints == null) {
      fixedPoints = settings.withParameters(() -> List.copyOf(
          settings.finder().findAndClassify(sub, names, sample(), List.of())));
    }
    return fixedPoints;
  }

  /** The nullclines (2-D only): where each variable's derivative vanishes. */
  public Nullclines nullclines() {
    require2d("nullclines");
    if (nullclines == null) {
      nullclines = settings.withParameters(() -> {
        Map<String, List<Polyline>> curves = new LinkedHashMap<>();
        double[] x = new double[2];
        double[] out = new double[2];
        for (int k = 0; k < 2; k++) {
          int comp = k;
          curves.put(names.get(k), Contours.trace(sample(), k, (a, b) -> {
            x[0] = a;
            x[1] = b;
            sub.eval(x, out);
            return out[comp];
          }));
        }
        return new Nullclines(curves);
      });
    }
    return nullclines;
  }

  /**
   * The vector field: in 2-D on a 20 x 20 grid, with streamlines; in 1-D, {@code f(x)} on the
   * search grid.
   */
  public VectorFieldSample vectorField() {
    if (field == null) {
      field = settings.withParameters(() -> names.size() == 1
          ? new VectorFieldSample(axes[0].clone(), new double[0],
              new double[][] {sample().values(0).clone()}, new double[0][], List.of())
          : sampleField(20));
    }
    return field;
  }

  private VectorFieldSample sampleField(int n) {
    Range rx = ranges.get(0);
    Range ry = ranges.get(1);
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = rx.min() + rx.width() * (i + 0.5) / n;
      ys[i] = ry.min() + ry.width() * (i + 0.5) / n;
    }
    double[][] dx = new double[n][n];
    double[][] dy = new double[n][n];
    double[] x = new double[2];
    double[] out = new double[2];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        x[0] = xs[i];
        x[1] = ys[j];
        sub.eval(x, out);
        dx[i][j] = out[0];
        dy[i][j] = out[1];
      }
    }
    return new VectorFieldSample(xs, ys, dx, dy, Streamlines.compute(sub, rx, ry));
  }

  /**
   * Simulates the analysed variables (the others held) from each initial state, from time 0 to
   * {@code duration}, with the builder's method and step.
   */
  public List<Trajectory> trajectories(List<? extends Map<String, ? extends Number>> initials,
      double duration) {
    return trajectories(initials, 0, duration);
  }

  /** Simulates from each initial state from {@code t0} to {@code t1}. */
  public List<Trajectory> trajectories(List<? extends Map<String, ? extends Number>> initials,
      double t0, double t1) {
    checkDuration(t0, t1);
    List<double[]> starts = Initials.of(initials, names);
    return settings.withParameters(() -> {
      Odeint integrator = settings.integrator(sub);
      List<Trajectory> out = new ArrayList<>();
      for (double[] start : starts) {
        out.add(Trajectory.record(integrator, names, start, t0, t1, settings.dt(), 1));
      }
      return out;
    });
  }

  /**
   * Simulates from each initial state for {@code duration} and keeps the limit cycles the
   * solutions settle on ({@link LimitCycles}: the maxima of the first variable must repeat within
   * {@code tol} = 1e-3 of the amplitude and period). Starts that reach a fixed point give none.
   */
  public List<LimitCycle> limitCyclesBySimulation(
      List<? extends Map<String, ? extends Number>> initials, double duration) {
    return limitCyclesBySimulation(initials, duration, LimitCycles.DEFAULT_TOL);
  }

  /** {@link #limitCyclesBySimulation(List, double)} with a tolerance. */
  public List<LimitCycle> limitCyclesBySimulation(
      List<? extends Map<String, ? extends Number>> initials, double duration, double tol) {
    require2d("limit cycles (a 1-D flow cannot oscillate)");
    checkTolerance(tol);
    List<Trajectory> runs = trajectories(initials, 0, duration);
    return settings.withParameters(() -> {
      Odeint integrator = settings.integrator(sub);
      List<LimitCycle> out = new ArrayList<>();
      for (Trajectory run : runs) {
        LimitCycles.detect(run, 0, tol, tol * ranges.get(0).width(), integrator)
            .ifPresent(out::add);
      }
      return out;
    });
  }

  // ------------------------------------------------------------------ plots

  /** Draws the nullclines (2-D only) and returns them. */
  public Nullclines plotNullcline() {
    Nullclines nc = nullclines();
    Drawing.nullclines(figure, nc);
    return nc;
  }

  /** Draws the vector field as streamlines (2-D) or {@code f(x)} (1-D) and returns it. */
  public VectorFieldSample plotVectorField() {
    return plotVectorField(false);
  }

  /**
   * Draws the vector field, as arrows on a 20 x 20 grid when {@code arrows} is true, else as
   * streamlines (2-D; a 1-D field is drawn as {@code f(x)} either way).
   */
  public VectorFieldSample plotVectorField(boolean arrows) {
    VectorFieldSample f = vectorField();
    if (names.size() == 1) {
      Range r = ranges.get(0);
      figure.line(Layer.CURVES, "d" + names.get(0) + "/dt", f.x(), f.dx()[0], Styles.BLUE, 2f,
          false, true);
      figure.line(Layer.FIELD, "zero", new double[] {r.min(), r.max()}, new double[] {0, 0},
          Styles.GRAY, 1f, true, false);
    } else if (arrows) {
      Drawing.arrows(figure, f, ranges.get(0), ranges.get(1));
    } else {
      Drawing.streamlines(figure, f.streamlines(), ranges.get(0), ranges.get(1));
    }
    return f;
  }

  /** Draws the fixed points, marked by type, and returns them. */
  public List<FixedPoint> plotFixedPoint() {
    List<FixedPoint> fps = fixedPoints();
    Drawing.fixedPoints(figure, fps, 0, names.size() == 2 ? 1 : -1);
    return fps;
  }

  /**
   * Draws trajectories from each initial state over {@code [0, duration]}: in the plane for a 2-D
   * system, against time for a 1-D one.
   */
  public List<Trajectory> plotTrajectory(List<? extends Map<String, ? extends Number>> initials,
      double duration) {
    return plotTrajectory(initials, duration, names.size() == 2 ? Axes.V_V : Axes.T_V);
  }

  /** Draws trajectories on the given axes ({@code v-v} or {@code t-v}). */
  public List<Trajectory> plotTrajectory(List<? extends Map<String, ? extends Number>> initials,
      double duration, Axes axes) {
    if (axes == Axes.V_V) {
      require2d("v-v trajectories");
    }
    List<Trajectory> runs = trajectories(initials, duration);
    for (Trajectory tr : runs) {
      int k = trajectoryCount++;
      java.awt.Color color = Styles.TRAJECTORIES[k % Styles.TRAJECTORIES.length];
      String label = "trajectory (" + Initials.label(names, tr.values()[0]) + ")";
      if (axes == Axes.V_V) {
        figure.line(Layer.TRAJECTORIES, label, tr.of(0), tr.of(1), color, 1.6f, false, true);
        figure.scatter(Layer.TRAJECTORIES, label + " start", new double[] {tr.of(0)[0]},
            new double[] {tr.of(1)[0]}, color, SeriesMarkers.CIRCLE, 6, false);
      } else {
        AnalysisFigure tf = timeFigure();
        for (int v = 0; v < names.size(); v++) {
          java.awt.Color c = names.size() == 1 ? color
              : Styles.TRAJECTORIES[(k * names.size() + v) % Styles.TRAJECTORIES.length];
          tf.line(Layer.TRAJECTORIES, names.get(v) + " " + label, tr.times(), tr.of(v), c, 1.6f,
              false, true);
        }
      }
    }
    return runs;
  }

  /** Finds limit cycles by simulation ({@link #limitCyclesBySimulation}) and draws them. */
  public List<LimitCycle> plotLimitCycleBySim(
      List<? extends Map<String, ? extends Number>> initials, double duration) {
    List<LimitCycle> cycles = limitCyclesBySimulation(initials, duration);
    for (LimitCycle c : cycles) {
      figure.line(Layer.TRAJECTORIES, "limit cycle", c.orbit().of(0), c.orbit().of(1),
          Styles.LIMIT_CYCLE, 3f, false, true);
    }
    return cycles;
  }

  /** The phase plane figure ({@code v-v}; {@code dx/dt} over {@code x} in 1-D). */
  public AnalysisFigure figure() {
    return figure;
  }

  /** The {@code t-v} figure of trajectories, made on first use. */
  public AnalysisFigure timeFigure() {
    if (timeFigure == null) {
      timeFigure = new AnalysisFigure("Trajectories of " + Names.of(settings.system())
          + params(), "t", String.join(", ", names));
      timeFigure.size(settings.width(), Math.max(100, settings.height() * 2 / 3));
    }
    return timeFigure;
  }

  /** Saves {@link #figure()} as PNG or SVG (by the extension). */
  public Path save(String file) {
    return figure.save(file);
  }

  /** Saves {@link #figure()} as PNG or SVG (by the extension). */
  public Path save(Path file) {
    return figure.save(file);
  }

  private void require2d(String what) {
    if (names.size() != 2) {
      throw new IllegalStateException(what + " need(s) a 2-D phase plane; this one analyses "
          + names);
    }
  }

  static void checkDuration(double t0, double t1) {
    if (!(t1 > t0) || !Double.isFinite(t0) || !Double.isFinite(t1)) {
      throw new IllegalArgumentException("a simulation needs finite t0 < t1, got [" + t0 + ", "
          + t1 + "]");
    }
  }

  static void checkTolerance(double tol) {
    if (!(tol > 0 && tol < 1)) {
      throw new IllegalArgumentException("the limit cycle tolerance must be in (0, 1), got "
          + tol);
    }
  }

  @Override
  public String toString() {
    return "PhasePlane[" + Names.of(settings.system()) + ", " + ranges + "]";
  }
}
