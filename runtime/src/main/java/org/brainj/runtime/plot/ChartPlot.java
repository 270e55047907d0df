package org.brainj.runtime.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A picture made of one XChart chart, with a title, axis labels, a legend and a size. The chart is
 * built on first use from the plot's settings and content; {@link #size} builds a new one.
 *
 * @param <C> the XChart chart class
 * @param <P> the plot class itself, so that the setters chain
 */
public abstract class ChartPlot<C extends Chart<?, ?>, P extends ChartPlot<C, P>> extends Picture {
  private String title;
  private String xLabel;
  private String yLabel;
  private Boolean legend;
  private int width = 800;
  private int height = 500;
  private C chart;

  ChartPlot(String title, String xLabel, String yLabel) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  /** This plot, typed as its own class. */
  abstract P self();

  /** A new, empty chart of the given size. */
  abstract C newChart(int width, int height);

  /** Adds the plot's content (series, ranges, styles) to a new chart. */
  abstract void fill(C chart);

  /** Whether the legend is shown when {@link #legend(boolean)} was not called. */
  abstract boolean legendByDefault();

  /** The picture's size in pixels (default 800 x 500). */
  public P size(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "size: a plot's width and height must be positive, got " + width + " x " + height);
    }
    this.width = width;
    this.height = height;
    this.chart = null;
    return self();
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  /** The title above the chart; null or empty for none. */
  public P title(String title) {
    this.title = title;
    if (chart != null) {
      applyTitle(chart);
    }
    return self();
  }

  /** The label of the horizontal axis. */
  public P xLabel(String label) {
    this.xLabel = label;
    if (chart != null) {
      chart.setXAxisTitle(label == null ? "" : label);
    }
    return self();
  }

  /** The label of the vertical axis. */
  public P yLabel(String label) {
    this.yLabel = label;
    if (chart != null) {
      chart.setYAxisTitle(label == null ? "" : label);
    }
    return self();
  }

  /** Shows or hides the legend, which names each series. */
  public P legend(boolean visible) {
    this.legend = visible;
    if (chart != null) {
      chart.getStyler().setLegendVisible(visible);
    }
    return self();
  }

  /** The chart if it has been built, else null: content added later goes straight into it. */
  final C builtChart() {
    return chart;
  }

  /** The title, or null. */
  public String title() {
    return title;
  }

  /**
   * The XChart chart, built on first use, for anything this class does not offer. Call {@link
   * #size} before changing it, since a new size builds a new chart.
   */
  public C chart() {
    if (chart == null) {
      C c = newChart(width, height);
      // white around the plot area, as on a printed page (XChart's default is grey)
      c.getStyler().setChartBackgroundColor(Color.WHITE);
      applyTitle(c);
      c.setXAxisTitle(xLabel == null ? "" : xLabel);
      c.setYAxisTitle(yLabel == null ? "" : yLabel);
      fill(c);
      c.getStyler().setLegendVisible(legend != null ? legend : legendByDefault());
      chart = c;
    }
    return chart;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    paintChart(chart(), g, width, height);
  }

  /** Draws the chart; subclasses wrap what XChart needs around it. */
  void paintChart(C chart, Graphics2D g, int width, int height) {
    chart.paint(g, width, height);
  }

  private void applyTitle(C c) {
    boolean visible = title != null && !title.isEmpty();
    c.setTitle(visible ? title : "");
    c.getStyler().setChartTitleVisible(visible);
  }
}
