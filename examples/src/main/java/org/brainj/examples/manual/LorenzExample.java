package org.brainj.examples.manual;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.models.systems.NoisyLorenzSystem;
import org.brainj.runtime.ode.Trajectory;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Manual 2.2.3: the noisy Lorenz system (an Ito SDE with one Wiener process, Euler-Maruyama at
 * {@code dt = 0.005} from {@code x = y = z = 1} to {@code t = 50}) as the generated
 * {@code @OdeSystem} {@link NoisyLorenzSystem}; the 3-D trajectory is drawn as its x-z and x-y
 * projections. The seed fixes the path.
 */
public final class LorenzExample implements Example {
  static final long SEED = 42;

  @Override
  public String name() {
    return "lorenz";
  }

  @Override
  public String description() {
    return "the noisy Lorenz system, an SDE as a standalone system (manual 2.2.3)";
  }

  @Override
  public void run(ExampleContext ctx) throws IOException {
    double duration = ctx.scale(50);
    NoisyLorenzSystem lorenz = NoisyLorenzSystem.create().seed(SEED);
    long start = System.nanoTime();
    Trajectory tr = lorenz.trajectory(lorenz.initialState(), 0, duration, 0.005);
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] x = tr.of("x");
    double[] y = tr.of("y");
    double[] z = tr.of("z");
    int switches = 0;
    for (int k = 1; k < x.length; k++) {
      if (Math.signum(x[k]) != Math.signum(x[k - 1]) && x[k] != 0) {
        switches++;
      }
    }
    int n = x.length - 1;
    ctx.report(String.format(Locale.ROOT, "noisy Lorenz (%s, seed %d): %d Euler-Maruyama steps"
        + " (Ito, scalar Wiener) of dt = 0.005 in %.3f s; x in [%.2f, %.2f], y in [%.2f, %.2f],"
        + " z in [%.2f, %.2f]; %d switches between the wings (sign changes of x); final (x, y, z)"
        + " = (%.4f, %.4f, %.4f)", lorenz, SEED, n, seconds, min(x), max(x), min(y), max(y),
        min(z), max(z), switches, x[n], y[n], z[n]));
    save(ctx.file("lorenz_xz.png"), "Noisy Lorenz (manual 2.2.3): x-z projection", "x", "z",
        x, z);
    save(ctx.file("lorenz_xy.png"), "Noisy Lorenz (manual 2.2.3): x-y projection", "x", "y",
        x, y);
  }

  private static void save(Path file, String title, String xLabel, String yLabel, double[] x,
      double[] y) throws IOException {
    XYChart chart = new XYChartBuilder().width(600).height(600).title(title)
        .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
    chart.getStyler().setLegendVisible(false);
    XYSeries line = chart.addSeries("trajectory", x, y);
    line.setMarker(SeriesMarkers.NONE);
    try (OutputStream out = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
  }

  private static double min(double[] xs) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : xs) {
      m = Math.min(m, v);
    }
    return m;
  }

  private static double max(double[] xs) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : xs) {
      m = Math.max(m, v);
    }
    return m;
  }
}
