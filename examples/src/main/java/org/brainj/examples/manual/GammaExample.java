package org.brainj.examples.manual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.examples.networks.Gamma;
import org.brainj.models.HHGammaGroup;
import org.brainj.models.synapses.GABAASynapses;
import org.brainj.runtime.measure.Measures;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.plot.Plots;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Manual 9.1, repeat mode for a parameter search: 100 Wang–Buzsáki HH neurons coupled all-to-all
 * by GABA_A synapses, input 1.2; for each {@code g_max} in 0.05 … 0.15 (/ N) the network is reset
 * (no rebuild), the synapses' parameter is set, the network runs 500 ms and the synchrony
 * (cross-correlation, bin 0.5 ms) is measured.
 */
public final class GammaExample implements Example {
  private static final int N = 100;

  @Override
  public String name() {
    return "gamma";
  }

  @Override
  public String description() {
    return "gamma oscillation of HH + GABA_A, synchrony vs g_max by repeated runs (manual 9.1)";
  }

  @Override
  public void run(ExampleContext ctx) {
    Gamma gamma = Gamma.build(N);
    Network net = gamma.network();
    HHGammaGroup group = gamma.group();
    GABAASynapses syn = gamma.synapses();
    Runner runner = gamma.runner().monitorSpikes(group);

    double duration = ctx.scale(500);
    List<Double> gs = new ArrayList<>();
    List<Double> ccs = new ArrayList<>();
    RunResult last = null;
    for (int k = 0; k <= 10; k++) {
      double gMax = (0.05 + 0.01 * k) / N;
      net.reset();                  // initial state again; the compiled network is kept
      syn.gMax().set(gMax);
      last = runner.run(duration);
      double cc = Measures.crossCorrelation(last.spikes(group), 0.5);
      gs.add(gMax);
      ccs.add(cc);
      ctx.report(String.format(Locale.ROOT, "g_max = %.5f: cross-correlation %.3f, %d spikes",
          gMax, cc, last.spikes(group).count()));
    }
    Plots.raster(last.spikes(group)).title("HH + GABA_A, g_max = 0.0015")
        .save(ctx.file("gamma_raster.png"));
    XYChart chart = new XYChart(800, 500);
    chart.setTitle("synchrony vs g_max (manual 9.1)");
    chart.setXAxisTitle("g_max");
    chart.setYAxisTitle("cross-correlation");
    XYSeries s = chart.addSeries("cc", gs, ccs);
    s.setMarker(SeriesMarkers.CIRCLE);
    chart.getStyler().setLegendVisible(false);
    try {
      // saveBitmap appends the extension itself
      String file = ctx.file("gamma_cc_vs_gmax.png").toString();
      BitmapEncoder.saveBitmap(chart, file.substring(0, file.length() - 4),
          BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
