package org.brainj.runtime.plot;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.monitor.Trace;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Standard pictures of simulation results, as BrainPy's {@code visualize} module: line plots of
 * traces, raster plots, population rates, bar charts, figures of several panels, projections of
 * 3-D trajectories and animations. Each returns a picture to adjust and save as PNG or SVG (or
 * GIF for animations), headless.
 *
 * <pre>{@code
 * Plots.line(r.trace(E.V())).save("v.png");
 * Plots.raster(r.spikes(E)).save("raster.svg");
 * Plots.rate(r.spikes(E), 5.0).save("rate.png");
 * Plots.bar("speed", "Running time (s)", List.of("a", "b"), new double[] {1.2, 3.4})
 *     .save("bar.png");
 * }</pre>
 */
public final class Plots {
  /** At most this many intervals between the round numbers that a time axis begins and ends on. */
  private static final int TIME_AXIS_INTERVALS = 20;

  private Plots() {}

  /**
   * An empty x-y plot to add series to with {@link Plot#line} and {@link Plot#scatter}.
   *
   * @param title the title, or null for none
   */
  public static Plot xy(String title, String xLabel, String yLabel) {
    return new Plot(title, xLabel, yLabel);
  }

  /** Every column of a trace over time, one series per monitored neuron ({@code line_plot}). */
  public static Plot line(Trace trace) {
    Objects.requireNonNull(trace, "trace");
    return line(trace, trace.indices());
  }

  /** The given neurons of a trace over time; each must have been monitored. */
  public static Plot line(Trace trace, int... neurons) {
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(neurons, "neurons");
    if (neurons.length == 0) {
      throw new IllegalArgumentException(
          "neurons: Plots.line of '" + trace.name() + "' needs at least one neuron");
    }
    Plot plot = new Plot(trace.name(), "Time (ms)", trace.variable().name());
    addTrace(plot, trace, trace.variable().name(), neurons);
    return timeAxis(plot, trace.ts());
  }

  /**
   * Several traces over time in one plot, one series per trace and neuron, each named like {@code
   * E.V[3]} in the legend.
   */
  public static Plot line(Trace... traces) {
    Objects.requireNonNull(traces, "traces");
    if (traces.length == 0) {
      throw new IllegalArgumentException("traces: Plots.line needs at least one trace");
    }
    StringBuilder title = new StringBuilder();
    StringBuilder yLabel = new StringBuilder();
    for (int k = 0; k < traces.length; k++) {
      Objects.requireNonNull(traces[k], "traces[" + k + "]");
      title.append(k == 0 ? "" : ", ").append(traces[k].name());
      String var = traces[k].variable().name();
      if (yLabel.indexOf(var) < 0) {
        yLabel.append(yLabel.length() == 0 ? "" : ", ").append(var);
      }
    }
    Plot plot = new Plot(title.toString(), "Time (ms)", yLabel.toString());
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Trace t : traces) {
      addTrace(plot, t, t.name(), t.indices());
      double[] ts = t.ts();
      if (ts.length > 0) {
        lo = Math.min(lo, ts[0]);
        hi = Math.max(hi, ts[ts.length - 1]);
      }
    }
    return lo < hi ? timeAxis(plot, new double[] {lo, hi}) : plot;
  }

  private static void addTrace(Plot plot, Trace trace, String prefix, int[] neurons) {
    double[] ts = trace.ts();
    for (int k = 0; k < neurons.length; k++) {
      double[] ys = trace.ofNeuron(neurons[k]);
      String name = uniqueName(prefix + "[" + neurons[k] + "]", k, neurons);
      plot.addSeries(
          name,
          chart -> {
            XYSeries s = chart.addSeries(name, ts, ys);
            s.setMarker(SeriesMarkers.NONE);
          });
    }
  }

  private static String uniqueName(String name, int k, int[] which) {
    for (int j = 0; j < k; j++) {
      if (which[j] == which[k]) {
        return name + " #" + (k + 1); // XChart needs distinct series names
      }
    }
    return name;
  }

  /** A time axis from a round number to a round number, e.g. 0 .. 200 ms for 0.1 .. 200 ms. */
  private static Plot timeAxis(Plot plot, double[] ts) {
    if (ts.length >= 2 && ts[0] < ts[ts.length - 1]) {
      double[] b = Ticks.bounds(ts[0], ts[ts.length - 1], TIME_AXIS_INTERVALS);
      plot.xRange(b[0], b[1]);
    }
    return plot;
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
    Plot plot = new Plot(spikes.group() + " spikes", "Time (ms)", "Neuron index");
    plot.legendOffByDefault();
    plot.style(
        chart -> {
          chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
          chart.getStyler().setMarkerSize(3);
        });
    // an empty scatter series cannot be drawn; a run without spikes shows empty axes
    double[] x = times.length == 0 ? new double[] {Double.NaN} : times;
    double[] y = times.length == 0 ? new double[] {Double.NaN} : ys;
    plot.addSeries(
        spikes.group(),
        chart -> {
          XYSeries s = chart.addSeries(spikes.group(), x, y);
          s.setMarker(SeriesMarkers.CIRCLE);
          s.setMarkerColor(Color.BLACK);
        });
    if (t1 > t0) {
      plot.xRange(t0, t1);
    }
    return plot.yRange(-0.5, size - 0.5);
  }

  /**
   * The population rate in Hz over time, smoothed over {@code width} ms (see {@link
   * SpikeRecord#populationRate(double)}).
   */
  public static Plot rate(SpikeRecord spikes, double width) {
    Objects.requireNonNull(spikes, "spike record");
    double[] rate = spikes.populationRate(width);
    double[] ts = spikes.stepTimes();
    Plot plot = new Plot(spikes.group() + " population rate", "Time (ms)", "Rate (Hz)");
    plot.legendOffByDefault();
    plot.addSeries(
        spikes.group(),
        chart -> {
          XYSeries s = chart.addSeries(spikes.group(), ts, rate);
          s.setMarker(SeriesMarkers.NONE);
        });
    return timeAxis(plot, ts);
  }

  /**
   * A bar chart of one value per category, each bar labelled with its value, e.g. running times
   * of several implementations. {@link BarPlot#logScale} draws it on a logarithmic axis.
   *
   * @param title the title, or null for none
   * @param yLabel the label of the value axis
   * @param categories the bars' names, distinct, in order
   * @param values one value per category
   */
  public static BarPlot bar(String title, String yLabel, List<String> categories, double[] values) {
    String name = yLabel == null || yLabel.isEmpty() ? "values" : yLabel;
    return new BarPlot(title, yLabel, categories).series(name, values);
  }

  /**
   * A grouped bar chart: for each category a bar per series, with a legend naming the series.
   *
   * @param series the series' names and values (one per category), in the order to draw them
   */
  public static BarPlot bars(
      String title, String yLabel, List<String> categories, Map<String, double[]> series) {
    Objects.requireNonNull(series, "series");
    if (series.isEmpty()) {
      throw new IllegalArgumentException("series is empty");
    }
    BarPlot plot = new BarPlot(title, yLabel, categories);
    series.forEach(plot::series);
    return plot;
  }

  /**
   * An empty figure of {@code rows} x {@code cols} cells of {@code cellWidth} x {@code cellHeight}
   * pixels, to fill with {@link Figure#add} (BrainPy's {@code get_figure(row_num, col_num,
   * row_len, col_len)}, in pixels instead of inches).
   */
  public static Figure figure(int rows, int cols, int cellWidth, int cellHeight) {
    return new Figure(rows, cols, cellWidth, cellHeight);
  }

  /** An empty figure of {@code rows} x {@code cols} cells of 600 x 300 pixels. */
  public static Figure figure(int rows, int cols) {
    return new Figure(rows, cols, 600, 300);
  }

  /**
   * A 3-D trajectory such as the Lorenz attractor in four panels: its projections on the x-y,
   * x-z and y-z planes and an oblique view ({@link #oblique}), in a figure of 2 x 2 cells of 500 x
   * 450 pixels. The axes are named x, y and z.
   */
  public static Figure projections(String title, double[] x, double[] y, double[] z) {
    return projections(title, List.of("x", "y", "z"), x, y, z);
  }

  /** {@link #projections(String, double[], double[], double[])} with the axes' names. */
  public static Figure projections(
      String title, List<String> axisNames, double[] x, double[] y, double[] z) {
    return Projections.figure(title, new Projections.Path3(axisNames, x, y, z), 500, 450);
  }

  /**
   * A 3-D trajectory drawn as seen from azimuth {@code azimuth} and elevation {@code elevation}
   * degrees (matplotlib's {@code view_init}; its defaults are -60 and 30), inside the wireframe
   * of the data's bounding box, each coordinate scaled to the box.
   */
  public static Plot oblique(
      String title, List<String> axisNames, double[] x, double[] y, double[] z,
      double azimuth, double elevation) {
    return Projections.oblique(new Projections.Path3(axisNames, x, y, z), azimuth, elevation)
        .title(title);
  }

  /**
   * An animation of a trace ({@code animate_1D}): each frame plots the monitored neurons' values
   * against their indices at one time.
   */
  public static Animation animate1d(Trace trace) {
    Objects.requireNonNull(trace, "trace");
    int[] idx = trace.indices();
    double[] x = new double[idx.length];
    for (int i = 0; i < idx.length; i++) {
      x[i] = idx[i];
    }
    String var = trace.variable().name();
    return new Animation(trace.ts()).positions(x).variable(var, trace.values())
        .title(trace.name()).yLabel(var);
  }

  /**
   * An animation of {@code values[t][i]}, the value at time {@code times[t]} and position {@code
   * i}; add more variables with {@link Animation#variable}.
   */
  public static Animation animate1d(String name, double[] times, double[][] values) {
    return new Animation(times).variable(name, values).yLabel(name);
  }
}
