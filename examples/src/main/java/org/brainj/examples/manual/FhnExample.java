package org.brainj.examples.manual;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.models.systems.FHNSystem;
import org.brainj.models.systems.HHSystem;
import org.brainj.runtime.ode.Odeint;
import org.brainj.runtime.ode.Trajectory;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Manual 2.1, numerical integration of plain ODE systems: the FitzHugh-Nagumo model (2.1.3) and
 * the Hodgkin-Huxley model (2.1.4), each as a generated {@code @OdeSystem} and, for FHN, as the
 * manual's lambda with {@link Odeint}; then the FHN fixed point at {@code Iext = 0.8} by Newton's
 * method with the generated exact Jacobian.
 */
public final class FhnExample implements Example {
  @Override
  public String name() {
    return "fhn";
  }

  @Override
  public String description() {
    return "FitzHugh-Nagumo and Hodgkin-Huxley as standalone ODE systems and Odeint lambdas"
        + " (manual 2.1)";
  }

  @Override
  public void run(ExampleContext ctx) throws IOException {
    double duration = ctx.scale(100);
    fhn(ctx, duration);
    fixedPoint(ctx);
    hh(ctx, duration);
  }

  /** Manual 2.1.3: a = 0.7, b = 0.8, tau = 12.5, Iext = 1, V = w = 0, Euler at dt = 0.01. */
  private static void fhn(ExampleContext ctx, double duration) throws IOException {
    FHNSystem fhn = FHNSystem.create(); // the manual's parameters are the defaults
    long start = System.nanoTime();
    Trajectory tr = fhn.trajectory(fhn.initialState(), 0, duration, 0.01);
    double seconds = (System.nanoTime() - start) / 1e9;

    // the manual's code: @bp.odeint(dt=0.01) on a plain function, here a lambda
    double a = 0.7;
    double b = 0.8;
    double tau = 12.5;
    double iext = 1;
    Odeint integral = Odeint.of((t, y, dy) -> {
      dy[0] = y[0] - y[0] * y[0] * y[0] / 3 - y[1] + iext;
      dy[1] = (y[0] + a - b * y[1]) / tau;
    }).dt(0.01);
    Trajectory viaLambda = integral.trajectory(new double[] {0, 0}, 0, duration);
    double diff = 0;
    for (int k = 0; k < tr.size(); k++) {
      for (int i = 0; i < 2; i++) {
        diff = Math.max(diff, Math.abs(tr.values()[k][i] - viaLambda.values()[k][i]));
      }
    }

    double[] v = tr.of("V");
    double[] w = tr.of("w");
    ctx.report(String.format(Locale.ROOT, "FHN (%s): %d steps of %s with dt = 0.01 in %.3f s;"
        + " V in [%.3f, %.3f], final (V, w) = (%.5f, %.5f)", fhn, tr.size() - 1,
        integral.method(), seconds, min(v), max(v), v[v.length - 1], w[w.length - 1]));
    ctx.report(String.format(Locale.ROOT, "FHN by Odeint on the manual's lambda (%s): largest"
        + " difference from the generated system %.1e (the same arithmetic)", integral, diff));
    Map<String, double[]> series = new LinkedHashMap<>();
    series.put("V", v);
    series.put("w", w);
    save(ctx.file("fhn_Vw.png"), "FitzHugh-Nagumo, Iext = 1 (manual 2.1.3)", "Time (ms)", "",
        tr.times(), series);
    save(ctx.file("fhn_phase.png"), "FitzHugh-Nagumo trajectory in the (V, w) plane", "V", "w",
        v, Map.of("(V, w)", w));
  }

  /**
   * The fixed point at Iext = 0.8 (manual 4.1) by Newton's method on the vector field, with the
   * generated exact Jacobian; its eigenvalues classify it.
   */
  private static void fixedPoint(ExampleContext ctx) {
    FHNSystem fhn = FHNSystem.create().Iext(0.8);
    double[] x = {0, 0};
    int iterations = 0;
    for (; iterations < 50; iterations++) {
      double[] f = fhn.derivative(x, 0);
      if (Math.hypot(f[0], f[1]) < 1e-15) {
        break;
      }
      double[][] j = fhn.jacobian(x, 0);
      double det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
      x[0] -= (j[1][1] * f[0] - j[0][1] * f[1]) / det;
      x[1] -= (-j[1][0] * f[0] + j[0][0] * f[1]) / det;
    }
    double[][] j = fhn.jacobian(x, 0);
    double trace = j[0][0] + j[1][1];
    double det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
    double disc = trace * trace / 4 - det;
    String kind = det < 0 ? "saddle" : (disc >= 0 ? "node" : "focus");
    String stability = det < 0 ? "" : trace > 0 ? "unstable " : "stable ";
    String eigen = disc >= 0
        ? String.format(Locale.ROOT, "%.6f, %.6f", trace / 2 + Math.sqrt(disc),
            trace / 2 - Math.sqrt(disc))
        : String.format(Locale.ROOT, "%.6f +- %.6fi", trace / 2, Math.sqrt(-disc));
    ctx.report(String.format(Locale.ROOT, "FHN fixed point at Iext = 0.8 (Newton, %d iterations,"
        + " exact Jacobian): (V, w) = (%.12f, %.12f), Jacobian [[%.6f, %.6f], [%.6f, %.6f]],"
        + " eigenvalues %s: %s%s", iterations, x[0], x[1], j[0][0], j[0][1], j[1][0], j[1][1],
        eigen, stability, kind));
  }

  /** Manual 2.1.4: Iext = 10, rk4 at dt = 0.01, from V = m = h = n = 0 as in the manual. */
  private static void hh(ExampleContext ctx, double duration) throws IOException {
    HHSystem hh = HHSystem.create();
    long start = System.nanoTime();
    Trajectory tr = hh.trajectory(new double[] {0, 0, 0, 0}, 0, duration, 0.01);
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] t = tr.times();
    double[] v = tr.of("V");
    List<String> spikes = new ArrayList<>();
    for (int k = 1; k < v.length; k++) {
      if (v[k - 1] < 20 && v[k] >= 20) {
        double at = t[k - 1] + (t[k] - t[k - 1]) * (20 - v[k - 1]) / (v[k] - v[k - 1]);
        spikes.add(String.format(Locale.ROOT, "%.3f", at));
      }
    }
    ctx.report(String.format(Locale.ROOT, "HH (%s): %d steps of rk4 with dt = 0.01 in %.3f s"
        + " from the manual's V = m = h = n = 0; %d upward crossings of 20 mV at %s ms", hh,
        tr.size() - 1, seconds, spikes.size(), spikes));
    save(ctx.file("hh_V.png"), "Hodgkin-Huxley, Iext = 10 (manual 2.1.4)", "Time (ms)",
        "V (mV)", t, Map.of("V", v));
    Map<String, double[]> gates = new LinkedHashMap<>();
    gates.put("m", tr.of("m"));
    gates.put("h", tr.of("h"));
    gates.put("n", tr.of("n"));
    save(ctx.file("hh_gates.png"), "Hodgkin-Huxley gating variables", "Time (ms)", "", t, gates);
  }

  private static void save(Path file, String title, String xLabel, String yLabel, double[] x,
      Map<String, double[]> series) throws IOException {
    XYChart chart = new XYChartBuilder().width(800).height(400).title(title)
        .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
    chart.getStyler().setLegendVisible(series.size() > 1);
    for (Map.Entry<String, double[]> s : series.entrySet()) {
      XYSeries line = chart.addSeries(s.getKey(), x, s.getValue());
      line.setMarker(SeriesMarkers.NONE);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
  }

  private static double min(double[] xs) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : xs) {
      m = Math.min(m, x);
    }
    return m;
  }

  private static double max(double[] xs) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      m = Math.max(m, x);
    }
    return m;
  }
}
