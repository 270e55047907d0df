package org.brainj.runtime.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;

/**
 * A bar chart: one bar per category, or a group of bars per category when several series are
 * given. Made by {@link Plots#bar} and {@link Plots#bars}; saves as PNG or SVG.
 *
 * <pre>{@code
 * Plots.bar("COBA, 1000 ms", "Running time (s)", List.of("BrainJ", "Brian2"),
 *         new double[] {0.6, 2.1})
 *     .logScale(true).save("speed.png");
 * }</pre>
 */
public final class BarPlot extends ChartPlot<CategoryChart, BarPlot> {
  private final List<String> categories;
  private final Map<String, double[]> series = new LinkedHashMap<>();
  private boolean logScale;
  private boolean valueLabels = true;

  BarPlot(String title, String yLabel, List<String> categories) {
    super(title, "", yLabel);
    this.categories = checkCategories(categories);
  }

  @Override
  BarPlot self() {
    return this;
  }

  @Override
  CategoryChart newChart(int width, int height) {
    return new CategoryChart(width, height);
  }

  @Override
  void fill(CategoryChart chart) {
    applyScale(chart);
    chart.getStyler().setLabelsVisible(valueLabels);
    // long category names side by side would overlap (about 7 px per character): slant them
    int longest = categories.stream().mapToInt(String::length).max().orElse(0);
    if (longest * 7.0 * categories.size() > 0.8 * chart.getWidth()) {
      chart.getStyler().setXAxisLabelRotation(30);
    }
    for (Map.Entry<String, double[]> e : series.entrySet()) {
      List<Double> ys = new ArrayList<>();
      for (double v : e.getValue()) {
        ys.add(v);
      }
      chart.addSeries(e.getKey(), categories, ys);
    }
  }

  @Override
  boolean legendByDefault() {
    return series.size() > 1;
  }

  /** The categories along the horizontal axis, in order. */
  public List<String> categories() {
    return categories;
  }

  /** Draws the values on a logarithmic axis (all values must then be positive). */
  public BarPlot logScale(boolean log) {
    if (log) {
      for (Map.Entry<String, double[]> e : series.entrySet()) {
        double[] v = e.getValue();
        for (int i = 0; i < v.length; i++) {
          if (v[i] <= 0) {
            throw new IllegalArgumentException(
                "logScale: needs positive values, but series '" + e.getKey() + "' has " + v[i]
                    + " for '" + categories.get(i) + "'");
          }
        }
      }
    }
    this.logScale = log;
    if (builtChart() != null) {
      applyScale(builtChart());
    }
    return this;
  }

  /**
   * A log axis from the decade below the smallest value to the decade above the largest: XChart
   * starts bars at 0 otherwise, which a log axis cannot show.
   */
  private void applyScale(CategoryChart chart) {
    chart.getStyler().setYAxisLogarithmic(logScale);
    if (logScale) {
      double min = Double.POSITIVE_INFINITY;
      double max = 0;
      for (double[] v : series.values()) {
        for (double x : v) {
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
      }
      chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min))));
      chart.getStyler().setYAxisMax(Math.pow(10, Math.ceil(Math.log10(max) + 1e-9)));
    } else {
      chart.getStyler().setYAxisMin(null);
      chart.getStyler().setYAxisMax(null);
    }
  }

  /** Writes each bar's value on it (default on). */
  public BarPlot valueLabels(boolean visible) {
    this.valueLabels = visible;
    if (builtChart() != null) {
      builtChart().getStyler().setLabelsVisible(visible);
    }
    return this;
  }

  /** Adds a series: one value per category. */
  BarPlot series(String name, double[] values) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("name: a bar series needs a non-empty name");
    }
    if (series.containsKey(name)) {
      throw new IllegalArgumentException(
          "name: this bar chart already has a series named '" + name + "'");
    }
    String what = "values of '" + name + "'";
    if (values == null) {
      throw new IllegalArgumentException(what + " is null");
    }
    if (values.length != categories.size()) {
      throw new IllegalArgumentException(
          what + ": has " + values.length + " values but there are " + categories.size()
              + " categories " + categories);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i]) || (logScale && values[i] <= 0)) {
        throw new IllegalArgumentException(
            what + ": '" + categories.get(i) + "' has " + values[i]
                + (logScale ? " (a log scale needs positive values)" : ""));
      }
    }
    series.put(name, values.clone());
    return this;
  }

  private static List<String> checkCategories(List<String> categories) {
    if (categories == null) {
      throw new IllegalArgumentException("categories is null");
    }
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("categories is empty");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < categories.size(); i++) {
      String c = categories.get(i);
      if (c == null) {
        throw new IllegalArgumentException("categories[" + i + "] is null");
      }
      Integer before = seen.put(c, i);
      if (before != null) {
        throw new IllegalArgumentException(
            "categories: '" + c + "' appears twice, at " + before + " and " + i);
      }
    }
    return List.copyOf(categories);
  }
}
