package org.brainj.runtime.plot;

import java.awt.Color;
import java.util.Objects;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.monitor.Trace;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Standard pictures of simulation results, as BrainPy's {@code visualize} module: line plots of
 * traces, raster plots and population rates. Each returns a {@link Plot} to adjust and save.
 *
 * <pre>{@code
 * Plots.line(r.trace(E.V())).save("v.png");
 * Plots.raster(r.spikes(E)).save("raster.svg");
 * Plots.rate(r.spikes(E), 5.0).save("rate.png");
 * }</pre>
 */
public final class Plots {
  private Plots() {}

  /** Every column of a trace over time, one series per monitored neuron ({@code line_plot}). */
  public static Plot line(Trace trace) {
    Objects.requireNonNull(trace, "trace");
    return line(trace, trace.indices());
  }

  /** The given neurons of a trace over time; each must have been monitored. */
  public static Plot line(Trace trace, int... neurons) {
    Objects.requireNonNull(trace, "trace");
    if (neurons.length == 0) {
      throw new IllegalArgumentException("Plots.line of '" + trace.name() + "': name at least one neuron");
    }
    double[][] ys = new double[neurons.length][];
    for (int k = 0; k < neurons.length; k++) {
      ys[k] = trace.ofNeuron(neurons[k]);
    }
    double[] ts = trace.ts();
    String var = trace.variable().name();
    int[] which = neurons.clone();
    return new Plot(
        trace.name(),
        "Time (ms)",
        var,
        which.length,
        chart -> {
          for (int k = 0; k < which.length; k++) {
            XYSeries s = chart.addSeries(uniqueName(var + "[" + which[k] + "]", k, which), ts, ys[k]);
            s.setMarker(SeriesMarkers.NONE);
          }
        });
  }

  private static String uniqueName(String name, int k, int[] which) {
    for (int j = 0; j < k; j++) {
      if (which[j] == which[k]) {
        return name + " #" + (k + 1); // XChart needs distinct series names
      }
    }
    return name;
  }

  /** Each spike as a dot at (time, neuron index) ({@code raster_plot}). */
  public static Plot raster(SpikeRecord spikes) {
    Objects.requireNonNull(spikes, "spike record");
    double[] times = spikes.times();
    int[] idx = spikes.indices();
    double[] ys = new double[idx.length];
    for (int k = 0; k < idx.length; k++) {
      ys[k] = idx[k];
    }
    double t0 = spikes.t0();
    double t1 = spikes.grid().tEnd();
    int size = spikes.size();
    return new Plot(
        spikes.group() + " spikes",
        "Time (ms)",
        "Neuron index",
        1,
        chart -> {
          chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
          chart.getStyler().setMarkerSize(3);
          chart.getStyler().setLegendVisible(false);
          chart.getStyler().setXAxisMin(t0);
          chart.getStyler().setXAxisMax(t1);
          chart.getStyler().setYAxisMin(-0.5);
          chart.getStyler().setYAxisMax(size - 0.5);
          // an empty scatter series cannot be drawn; a run without spikes shows empty axes
          double[] x = times.length == 0 ? new double[] {Double.NaN} : times;
          double[] y = times.length == 0 ? new double[] {Double.NaN} : ys;
          XYSeries s = chart.addSeries(spikes.group(), x, y);
          s.setMarker(SeriesMarkers.CIRCLE);
          s.setMarkerColor(Color.BLACK);
        });
  }

  /**
   * The population rate in Hz over time, smoothed over {@code width} ms (see
   * {@link SpikeRecord#populationRate(double)}).
   */
  public static Plot rate(SpikeRecord spikes, double width) {
    Objects.requireNonNull(spikes, "spike record");
    double[] rate = spikes.populationRate(width);
    double[] ts = spikes.stepTimes();
    return new Plot(
        spikes.group() + " population rate",
        "Time (ms)",
        "Rate (Hz)",
        1,
        chart -> {
          chart.getStyler().setLegendVisible(false);
          XYSeries s = chart.addSeries(spikes.group(), ts, rate);
          s.setMarker(SeriesMarkers.NONE);
        });
  }
}
