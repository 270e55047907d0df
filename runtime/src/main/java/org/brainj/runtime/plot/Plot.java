package org.brainj.runtime.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * An x-y chart made by {@link Plots} (or started empty with {@link Plots#xy}), to adjust, add
 * series to and save as PNG or SVG. Works headless.
 *
 * <pre>{@code
 * Plots.line(r.trace(E.V())).size(1000, 400).title("E.V").save("v.png");
 * Plots.xy("nullclines", "V", "w").line("dV/dt = 0", v, w1).line("dw/dt = 0", v, w2)
 *     .scatter("fixed point", new double[] {v0}, new double[] {w0}).save("phase.svg");
 * }</pre>
 *
 * <p>Tick marks fall on round numbers (steps of 1, 2 or 5 times a power of ten), also for
 * equally spaced data such as time steps. {@link #chart()} gives the underlying XChart chart for
 * anything else.
 */
public final class Plot extends ChartPlot<XYChart, Plot> {
  /** A series whose one point is (NaN, NaN), for round-number ticks: see {@link #paintChart}. */
  private static final String TICK_ANCHOR = "\u0000tick anchor";

  private final List<Consumer<XYChart>> styles = new ArrayList<>();
  private final List<Consumer<XYChart>> series = new ArrayList<>();
  private final Set<String> names = new LinkedHashSet<>();
  private double[] xRange;
  private double[] yRange;
  private boolean legendByDefault = true;

  Plot(String title, String xLabel, String yLabel) {
    super(title, xLabel, yLabel);
  }

  @Override
  Plot self() {
    return this;
  }

  @Override
  XYChart newChart(int width, int height) {
    return new XYChart(width, height);
  }

  /**
   * Tick spacing for the size the chart is drawn at (a figure's cell may differ from the plot's
   * own size): about one x label per 80-100 pixels, so that labels never run together, and y
   * labels even on short panels, where XChart's default spacing (44 pixels) leaves none.
   */
  private static void spaceTicks(XYChart chart, int width, int height) {
    chart.getStyler().setXAxisTickMarkSpacingHint(Math.max(80, width / 10));
    chart.getStyler().setYAxisTickMarkSpacingHint(Math.max(16, Math.min(44, height / 8)));
  }

  @Override
  void fill(XYChart chart) {
    styles.forEach(s -> s.accept(chart));
    series.forEach(s -> s.accept(chart));
    applyRanges(chart);
  }

  @Override
  boolean legendByDefault() {
    // a single series needs no legend (the title and axis label name it); too many crowd it
    return legendByDefault && names.size() >= 2 && names.size() <= 20;
  }

  /** Adds a line through the points ({@code x[i]}, {@code y[i]}); NaN values leave gaps. */
  public Plot line(String name, double[] x, double[] y) {
    return line(name, x, y, null);
  }

  /** Adds a line in the given colour. */
  public Plot line(String name, double[] x, double[] y, Color color) {
    return add(name, x, y, false, color);
  }

  /** Adds the points ({@code x[i]}, {@code y[i]}) as dots. */
  public Plot scatter(String name, double[] x, double[] y) {
    return scatter(name, x, y, null);
  }

  /** Adds dots in the given colour. */
  public Plot scatter(String name, double[] x, double[] y, Color color) {
    return add(name, x, y, true, color);
  }

  /** Fixes the horizontal axis to [min, max] instead of the data's range. */
  public Plot xRange(double min, double max) {
    xRange = range("xRange", min, max);
    if (builtChart() != null) {
      applyRanges(builtChart());
    }
    return this;
  }

  /** Fixes the vertical axis to [min, max] instead of the data's range. */
  public Plot yRange(double min, double max) {
    yRange = range("yRange", min, max);
    if (builtChart() != null) {
      applyRanges(builtChart());
    }
    return this;
  }

  /** The names of the series added so far, in order. */
  public List<String> seriesNames() {
    return List.copyOf(chart().getSeriesMap().keySet());
  }

  /** A chart-wide setting applied when the chart is built (or now, if it is built). */
  Plot style(Consumer<XYChart> style) {
    styles.add(style);
    if (builtChart() != null) {
      style.accept(builtChart());
    }
    return this;
  }

  /** Hides the legend unless {@link #legend(boolean)} asks for it. */
  Plot legendOffByDefault() {
    legendByDefault = false;
    return this;
  }

  /** Adds a series that is drawn as given by {@code draw}, once the chart is built. */
  Plot addSeries(String name, Consumer<XYChart> draw) {
    if (!names.add(name)) {
      throw new IllegalArgumentException(
          "name: this plot already has a series named '" + name + "'");
    }
    series.add(draw);
    if (builtChart() != null) {
      draw.accept(builtChart());
    }
    return this;
  }

  private Plot add(String name, double[] x, double[] y, boolean dots, Color color) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("name: a series needs a non-empty name");
    }
    String what = "series '" + name + "'";
    double[] xs = Checks.data("x of " + what, x).clone();
    double[] ys = Checks.data("y of " + what, y).clone();
    Checks.sameLength(what, "x", xs, "y", ys);
    return addSeries(
        name,
        chart -> {
          XYSeries s = chart.addSeries(name, xs, ys);
          if (dots) {
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            if (color != null) {
              s.setMarkerColor(color);
            }
          } else {
            s.setMarker(SeriesMarkers.NONE);
            if (color != null) {
              s.setLineColor(color);
            }
          }
        });
  }

  private static double[] range(String what, double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
      throw new IllegalArgumentException(
          what + ": needs finite min < max, got [" + min + ", " + max + "]");
    }
    return new double[] {min, max};
  }

  private void applyRanges(XYChart chart) {
    if (xRange != null) {
      chart.getStyler().setXAxisMin(xRange[0]);
      chart.getStyler().setXAxisMax(xRange[1]);
    }
    if (yRange != null) {
      chart.getStyler().setYAxisMin(yRange[0]);
      chart.getStyler().setYAxisMax(yRange[1]);
    }
  }

  /**
   * XChart 3.8.8 puts the ticks of an axis on every k-th data value when the values are equally
   * spaced (as time steps are), which gives ticks such as 0.1, 33.1, 66.1 ms. A point with NaN
   * coordinates, present only while painting, makes it use its round-number (1, 2, 5 x 10^k) tick
   * algorithm instead; NaN is left out of the axis ranges and draws nothing.
   */
  @Override
  void paintChart(XYChart chart, Graphics2D g, int width, int height) {
    XYSeries anchor =
        chart.addSeries(TICK_ANCHOR, new double[] {Double.NaN}, new double[] {Double.NaN});
    anchor.setShowInLegend(false);
    anchor.setMarker(SeriesMarkers.NONE);
    spaceTicks(chart, width, height);
    try {
      chart.paint(g, width, height);
    } finally {
      chart.removeSeries(TICK_ANCHOR);
    }
  }

  @Override
  public String toString() {
    return "Plot '" + Objects.toString(title(), "") + "' " + names;
  }
}
