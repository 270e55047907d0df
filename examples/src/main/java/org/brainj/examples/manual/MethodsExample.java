package org.brainj.examples.manual;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.brainj.examples.cli.Charts;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.examples.models.HHExpEulerSystem;
import org.brainj.models.systems.HHSystem;
import org.brainj.runtime.ode.Odeint;
import org.brainj.runtime.ode.Stepper;
import org.brainj.runtime.ode.Trajectory;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Manual chapter 11, numerical methods for ODEs, on its example (11.3): the Hodgkin-Huxley
 * equations with {@code Iext = 10} from {@code V = m = h = n = 0}, 100 ms, integrated with
 * forward Euler, classical RK4 and exponential Euler at several time steps and compared with a
 * reference (RK4 at dt = 0.001 ms).
 *
 * <p>Euler and RK4 integrate the built-in {@code HHSystem}'s vector field with {@link Odeint}
 * (the same arithmetic as a generated step); exponential Euler is the generated
 * {@link org.brainj.examples.models.HHExpEuler} system, whose linear parts come from symbolic
 * differentiation. Writes one trace figure per method (the manual's time steps among them:
 * Euler 0.1 and 0.02, RK4 0.1 and 0.2, exponential Euler 0.2), the spike-time error against the
 * time step, and the spike times of every run in the summary.
 */
public final class MethodsExample implements Example {
  private static final double[] DTS = {0.2, 0.1, 0.05, 0.02, 0.01, 0.005};
  private static final double REF_DT = 0.001;
  private static final double V_SPIKE = 20;
  /** |V| beyond this (or not finite) counts as diverged. */
  private static final double V_LIMIT = 1000;
  /** The traces' V axis. */
  private static final double V_MIN = -90;
  private static final double V_MAX = 60;
  private static final String[] METHODS = {"euler", "rk4", "exp_euler"};
  /** V's index in the state (Odeint's trajectories name variables y0, y1, ...). */
  private static final int V = HHSystem.V;
  /** The equations (Iext = 10), for the slopes of the spike-time interpolation. */
  private static final HHSystem FIELD = HHSystem.create().Iext(10);

  /** One integration: its method, step, trajectory and what came of it. */
  private record Run(String method, double dt, Trajectory trajectory, double divergedAt,
      double[] spikes) {
    boolean diverged() {
      return !Double.isNaN(divergedAt);
    }
  }

  @Override
  public String name() {
    return "methods";
  }

  @Override
  public String description() {
    return "HH by Euler, RK4 and exponential Euler at dt 0.005-0.2: traces, spike-time error vs"
        + " dt, divergence (manual 11)";
  }

  @Override
  public void run(ExampleContext ctx) {
    double duration = ctx.scale(100);
    double[] start = new double[4];                  // V = m = h = n = 0 (manual 11.3)
    HHSystem hh = HHSystem.create().Iext(10);
    Run reference = run("rk4 reference", REF_DT, hh, start, duration);
    ctx.report(String.format(Locale.ROOT, "HH, Iext = 10, from V = m = h = n = 0, %.0f ms;"
        + " reference rk4 at dt = %.3f: %d spikes (upward crossings of %.0f mV) at %s ms",
        duration, REF_DT, reference.spikes().length, V_SPIKE, times(reference.spikes())));

    List<List<Run>> byMethod = new ArrayList<>();
    for (String method : METHODS) {
      List<Run> runs = new ArrayList<>();
      for (double dt : DTS) {
        Stepper stepper = method.equals("exp_euler")
            ? HHExpEulerSystem.create().Iext(10)
            : Odeint.of(hh).method(method);
        Run r = run(method, dt, stepper, start, duration);
        runs.add(r);
        ctx.report(describe(r, reference));
      }
      byMethod.add(runs);
    }
    // exponential Euler of a lambda (Odeint) finds the linear part by finite differences
    double dt = 0.2;
    Trajectory generated = HHExpEulerSystem.create().Iext(10).trajectory(start, 0, duration, dt);
    Trajectory lambda = Odeint.of(hh).method("exp_euler").trajectory(start, 0, duration, dt);
    ctx.report(String.format(Locale.ROOT, "exp_euler at dt = 0.2: generated system (symbolic"
        + " linear part) vs Odeint on the vector field (finite-difference linear part): largest"
        + " |V difference| %.1e mV", maxDiff(generated.of(V), lambda.of(V))));
    for (List<Run> runs : byMethod) {
      List<String> diverged = new ArrayList<>();
      List<String> wrongCount = new ArrayList<>();
      for (Run r : runs) {
        if (r.diverged()) {
          diverged.add(String.valueOf(r.dt()));
        } else if (r.spikes().length != reference.spikes().length) {
          wrongCount.add(String.valueOf(r.dt()));
        }
      }
      // the observed order from the two smallest steps: error ~ dt^order
      Run a = runs.get(runs.size() - 2);
      Run b = runs.get(runs.size() - 1);
      double order = Math.log(error(a, reference) / error(b, reference))
          / Math.log(a.dt() / b.dt());
      ctx.report(String.format(Locale.ROOT, "%s: diverged at dt = %s; bounded but with a"
          + " different spike count at dt = %s; observed order %.2f (dt = %s vs %s)",
          runs.get(0).method(), diverged.isEmpty() ? "none" : String.join(", ", diverged),
          wrongCount.isEmpty() ? "none" : String.join(", ", wrongCount), order, a.dt(),
          b.dt()));
    }

    // the manual's 3.1.2 start (m = 0.5 fires at once) is harder on rk4 than the 11.3 start
    Run fromGroupStart = run("rk4", 0.1, Odeint.of(hh).method("rk4"),
        new double[] {-65, 0.5, 0.6, 0.32}, duration);
    ctx.report(String.format(Locale.ROOT, "rk4 dt = 0.1 from the HH neuron's start of manual"
        + " 3.1.2 (V = -65, m = 0.5, h = 0.6, n = 0.32) instead: %s", fromGroupStart.diverged()
        ? String.format(Locale.ROOT, "DIVERGED at t = %.2f ms (during the first spike)",
            fromGroupStart.divergedAt())
        : fromGroupStart.spikes().length + " spikes, bounded"));

    for (int k = 0; k < METHODS.length; k++) {
      Charts.save(traces(METHODS[k], byMethod.get(k), reference),
          ctx.file("methods_" + METHODS[k] + ".png"));
    }
    Charts.save(errors(byMethod, reference), ctx.file("methods_error_vs_dt.png"));
  }

  private static Run run(String method, double dt, Stepper stepper, double[] start,
      double duration) {
    Trajectory tr = stepper.trajectory(start, 0, duration, dt);
    double[] t = tr.times();
    double[] v = tr.of(V);
    double divergedAt = Double.NaN;
    List<Double> spikes = new ArrayList<>();
    for (int k = 0; k < v.length; k++) {
      if (!(Math.abs(v[k]) < V_LIMIT)) {
        divergedAt = t[k];
        break;
      }
      if (k > 0 && v[k - 1] < V_SPIKE && v[k] >= V_SPIKE) {
        spikes.add(crossing(tr.values()[k - 1], tr.values()[k], t[k - 1], t[k]));
      }
    }
    return new Run(method, dt, tr, divergedAt,
        spikes.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * When V crosses {@link #V_SPIKE} between two recorded states: the root of the cubic Hermite
   * interpolant through both values and slopes (the slopes from the vector field), by bisection.
   * Its error is of order dt^4, so it does not hide RK4's accuracy as a straight line (dt^2)
   * would.
   */
  private static double crossing(double[] a, double[] b, double ta, double tb) {
    double h = tb - ta;
    double[] fa = new double[a.length];
    double[] fb = new double[b.length];
    FIELD.derivative(a, ta, fa);
    FIELD.derivative(b, tb, fb);
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 60; i++) {
      double mid = 0.5 * (lo + hi);
      if (hermite(a[V], b[V], h * fa[V], h * fb[V], mid) < V_SPIKE) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return ta + 0.5 * (lo + hi) * h;
  }

  /** The cubic Hermite interpolant at {@code s} in [0, 1], slopes scaled to the interval. */
  private static double hermite(double y0, double y1, double m0, double m1, double s) {
    double s2 = s * s;
    double s3 = s2 * s;
    return (2 * s3 - 3 * s2 + 1) * y0 + (s3 - 2 * s2 + s) * m0 + (-2 * s3 + 3 * s2) * y1
        + (s3 - s2) * m1;
  }

  /**
   * The largest spike-time difference from the reference over the spikes both have (a slower
   * solution may miss the last spike before the end); NaN if diverged or without spikes.
   */
  private static double error(Run r, Run reference) {
    int n = Math.min(r.spikes().length, reference.spikes().length);
    if (r.diverged() || n == 0) {
      return Double.NaN;
    }
    double e = 0;
    for (int k = 0; k < n; k++) {
      e = Math.max(e, Math.abs(r.spikes()[k] - reference.spikes()[k]));
    }
    return e;
  }

  private static String describe(Run r, Run reference) {
    String head = String.format(Locale.ROOT, "%-9s dt = %-5s: ", r.method(), r.dt());
    if (r.diverged()) {
      return head + String.format(Locale.ROOT, "DIVERGED at t = %.2f ms (V overflows, then NaN)"
          + "%s", r.divergedAt(), r.spikes().length == 0 ? ""
          : "; spikes before that at " + times(r.spikes()) + " ms");
    }
    String err = String.format(Locale.ROOT, "largest spike-time error %.2e ms",
        error(r, reference));
    if (r.spikes().length != reference.spikes().length) {
      err += String.format(Locale.ROOT, " over the first %d (%d spikes instead of %d)",
          Math.min(r.spikes().length, reference.spikes().length), r.spikes().length,
          reference.spikes().length);
    }
    return head + String.format(Locale.ROOT, "%d spikes at %s ms; %s", r.spikes().length,
        times(r.spikes()), err);
  }

  private static String times(double[] spikes) {
    StringBuilder b = new StringBuilder("[");
    for (int k = 0; k < spikes.length; k++) {
      b.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", spikes[k]));
    }
    return b.append(']').toString();
  }

  private static double maxDiff(double[] a, double[] b) {
    double m = 0;
    for (int k = 0; k < a.length; k++) {
      m = Math.max(m, Math.abs(a[k] - b[k]));
    }
    return m;
  }

  /** One method's V traces at every time step, the reference in black, diverged parts cut. */
  private static XYChart traces(String method, List<Run> runs, Run reference) {
    XYChart chart = Charts.empty("HH V by " + method + " at several dt (manual 11.3)",
        "Time (ms)", "V (mV)");
    chart.getStyler().setLegendVisible(true);
    chart.getStyler().setYAxisMin(V_MIN);
    chart.getStyler().setYAxisMax(V_MAX);
    for (Run r : runs) {
      int rows = drawn(r);
      XYSeries s = chart.addSeries(r.method() + " dt = " + r.dt()
          + (r.diverged() ? " (diverged)" : ""),
          Arrays.copyOf(r.trajectory().times(), rows), clipped(r, rows));
      s.setMarker(SeriesMarkers.NONE);
      s.setLineWidth(1f);
    }
    XYSeries ref = chart.addSeries("rk4 dt = " + REF_DT + " (reference)",
        reference.trajectory().times(), reference.trajectory().of(V));
    ref.setMarker(SeriesMarkers.NONE);
    ref.setLineColor(Color.BLACK);
    ref.setLineWidth(1f);
    return chart;
  }

  /** The number of rows to draw: up to the divergence, where V leaves the plot for good. */
  private static int drawn(Run r) {
    double[] t = r.trajectory().times();
    int n = 0;
    while (n < t.length && !(r.diverged() && t[n] > r.divergedAt())) {
      n++;
    }
    return n;
  }

  /** V over the rows drawn, clipped to the plot's range. */
  private static double[] clipped(Run r, int rows) {
    double[] v = Arrays.copyOf(r.trajectory().of(V), rows);
    for (int k = 0; k < v.length; k++) {
      v[k] = Double.isNaN(v[k]) ? V_MIN : Math.max(V_MIN, Math.min(V_MAX, v[k]));
    }
    return v;
  }

  /** Largest spike-time error against dt, log-log; diverged runs are left out. */
  private static XYChart errors(List<List<Run>> byMethod, Run reference) {
    XYChart chart = Charts.empty("HH spike-time error vs time step (reference rk4, dt = "
        + REF_DT + ")", "dt (ms)", "largest spike-time error (ms)");
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setLegendVisible(true);
    for (List<Run> runs : byMethod) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (Run r : runs) {
        double e = error(r, reference);
        if (!Double.isNaN(e)) {
          x.add(r.dt());
          y.add(Math.max(e, 1e-9));
        }
      }
      if (!x.isEmpty()) {
        XYSeries s = chart.addSeries(runs.get(0).method(), x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
      }
    }
    return chart;
  }
}
