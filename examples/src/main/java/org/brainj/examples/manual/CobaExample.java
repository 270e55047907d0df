package org.brainj.examples.manual;

import java.awt.Color;
import java.util.Locale;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.examples.cli.ProgressBar;
import org.brainj.examples.networks.Coba;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.plot.Plot;
import org.brainj.runtime.plot.Plots;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Manual chapter 6: the COBA E/I network (Vogels &amp; Abbott 2005) in BrainPy's form, as the
 * {@code coba} benchmark defines it: 4000 LIF neurons (3200 E, 800 I), random connectivity with
 * p = 0.02, conductance-based exponential synapses, 1000 ms. Writes a raster of both groups, their
 * population rates and a summary with the mean rates, to compare with the Brian2 reference (15
 * seeds: E 21.26 &plusmn; 1.74 Hz, I 21.45 &plusmn; 0.62 Hz).
 */
public final class CobaExample implements Example {
  /** Network size and seed of the example. */
  static final int N = 4000;
  static final long SEED = 1;

  @Override
  public String name() {
    return "coba";
  }

  @Override
  public String description() {
    return "COBA E/I network, 4000 LIF neurons, 0.32 M conductance synapses, 1000 ms"
        + " (manual 6, BENCHMARKS.md coba)";
  }

  @Override
  public boolean takesBackend() {
    return true;
  }

  @Override
  public void run(ExampleContext ctx) {
    Coba coba = Coba.build(N, SEED, Coba.Layout.PER_POST, ctx.precision());
    double duration = ctx.scale(1000);
    Runner runner = coba.runner().backend(ctx.backend()).monitorSpikes(coba.E(), coba.I());
    if (ctx.progress()) {
      runner.report(0.05, new ProgressBar(ctx.out(), "coba"));
    }
    RunResult r = runner.run(duration);
    runner.close(); // the backend's threads or device buffers

    SpikeRecord se = r.spikes(coba.E());
    SpikeRecord si = r.spikes(coba.I());
    double seconds = duration / 1000.0;
    double rateE = se.count() / (coba.E().size() * seconds);
    double rateI = si.count() / (coba.I().size() * seconds);

    raster(se, si, coba.E().size()).save(ctx.file("coba_raster.png"));
    rates(se, si).save(ctx.file("coba_rate.png"));

    ctx.report(String.format(Locale.ROOT,
        "network: %d neurons (%d E, %d I), p = %.4f, %d synapses, seed %d",
        coba.size(), coba.E().size(), coba.I().size(), coba.probability(),
        coba.synapseCount(), coba.seed()));
    ctx.report(String.format(Locale.ROOT, "simulated: %.1f ms at dt = %.1f ms (%d steps)"
        + " on %s in %s precision", duration, Coba.DT, r.nSteps(), ctx.backend(),
        ctx.precision().label()));
    ctx.report(String.format(Locale.ROOT, "rate E: %.2f Hz (%d spikes)", rateE, se.count()));
    ctx.report(String.format(Locale.ROOT, "rate I: %.2f Hz (%d spikes)", rateI, si.count()));
    ctx.report("Brian2 reference (1000 ms, 15 seeds): E 21.26 +- 1.74 Hz, I 21.45 +- 0.62 Hz");
    ctx.report(String.format(Locale.ROOT, "build: %.3f s, run: %.3f s",
        coba.buildSeconds(), r.elapsedSeconds()));
  }

  /** E neurons at 0 .. nE-1, I neurons above them, as in the manual's two-panel raster. */
  private static Plot raster(SpikeRecord se, SpikeRecord si, int nE) {
    Plot plot = Plots.raster(se).size(1000, 600)
        .title("COBA raster: E (0-" + (nE - 1) + ", black), I (above, red)")
        .yLabel("Neuron index (E, then I)");
    XYChart chart = plot.chart();
    chart.getStyler().setMarkerSize(2);
    chart.getStyler().setYAxisMax(nE + si.size() - 0.5);
    double[] x = si.times();
    double[] y = new double[x.length];
    int[] idx = si.indices();
    for (int k = 0; k < y.length; k++) {
      y[k] = nE + idx[k];
    }
    if (x.length > 0) {
      XYSeries s = chart.addSeries("I", x, y);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(Color.RED);
    }
    return plot;
  }

  /** The population rates of both groups, 5 ms window. */
  private static Plot rates(SpikeRecord se, SpikeRecord si) {
    Plot plot = Plots.rate(se, 5.0).size(1000, 400).title("COBA population rate (5 ms window)")
        .legend(true);
    XYChart chart = plot.chart();
    chart.getStyler().setLegendVisible(true);
    chart.getSeriesMap().get(se.group()).setLineWidth(1f);
    XYSeries s = chart.addSeries("I", si.stepTimes(), si.populationRate(5.0));
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(Color.RED);
    s.setLineWidth(1f);
    return plot;
  }
}
