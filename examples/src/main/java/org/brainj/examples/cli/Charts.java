package org.brainj.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Small XChart helpers the examples share: line charts of several named series and saving any
 * chart as PNG. Pictures of simulation results (traces, rasters, rates) come from the runtime's
 * {@link org.brainj.runtime.plot.Plots}; these are for the examples' own summary figures.
 */
public final class Charts {
  private Charts() {}

  /** A line chart with one series per entry, all over the same x values, in map order. */
  public static XYChart lines(String title, String xLabel, String yLabel, double[] x,
      Map<String, double[]> series) {
    XYChart chart = new XYChartBuilder().width(900).height(450).title(title)
        .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
    chart.getStyler().setLegendVisible(series.size() > 1);
    for (Map.Entry<String, double[]> s : series.entrySet()) {
      XYSeries line = chart.addSeries(s.getKey(), x, s.getValue());
      line.setMarker(SeriesMarkers.NONE);
    }
    return chart;
  }

  /** An empty line chart, to add series of different x values to. */
  public static XYChart empty(String title, String xLabel, String yLabel) {
    return new XYChartBuilder().width(900).height(450).title(title).xAxisTitle(xLabel)
        .yAxisTitle(yLabel).build();
  }

  /** Saves a chart as PNG. */
  public static Path save(Chart<?, ?> chart, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not save the chart to '" + file + "': " + e, e);
    }
  }
}
