package org.brainj.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

class BarPlotTest {
  private static final List<String> NAMES = List.of("mat 1", "mat 2", "vec 1", "vec 2");
  private static final double[] TIMES = {12.3, 3.2, 0.51, 0.6};

  @Test
  void oneBarPerCategoryWithTheGivenValues(@TempDir Path dir) throws Exception {
    BarPlot bar = Plots.bar("COBA speed", "Running time (s)", NAMES, TIMES);
    CategoryChart chart = bar.chart();
    assertEquals(1, chart.getSeriesMap().size());
    CategorySeries s = chart.getSeriesMap().values().iterator().next();
    assertEquals(NAMES, new ArrayList<>(s.getXData()));
    assertEquals(List.of(12.3, 3.2, 0.51, 0.6), new ArrayList<>(s.getYData()));
    assertEquals("Running time (s)", chart.getYAxisTitle());
    assertEquals("COBA speed", chart.getTitle());
    assertFalse(chart.getStyler().isLegendVisible(), "one series needs no legend");
    assertTrue(chart.getStyler().isLabelsVisible(), "values written on the bars");
    Pictures.assertPng(bar.size(500, 400).save(dir.resolve("bar.png")), 500, 400);
    Pictures.assertSvg(bar.save(dir.resolve("bar.svg")), 500, 400);
  }

  @Test
  void theInputArraysAreCopied() {
    double[] values = TIMES.clone();
    BarPlot bar = Plots.bar("t", "s", NAMES, values);
    values[0] = 99;
    assertEquals(12.3, bar.chart().getSeriesMap().values().iterator().next().getYData().iterator().next());
  }

  @Test
  void aLogScaleSpansWholeDecades(@TempDir Path dir) throws Exception {
    BarPlot bar = Plots.bar("COBA speed", "Running time (s)", NAMES, TIMES).logScale(true);
    CategoryChart chart = bar.chart();
    assertTrue(chart.getStyler().isYAxisLogarithmic());
    assertEquals(0.1, chart.getStyler().getYAxisMin(), 1e-15);
    assertEquals(100, chart.getStyler().getYAxisMax(), 1e-12);
    Pictures.assertPng(bar.save(dir.resolve("log.png")), 800, 500);
  }

  @Test
  void groupedBarsHaveALegend(@TempDir Path dir) throws Exception {
    Map<String, double[]> series = new LinkedHashMap<>();
    series.put("BrainJ", new double[] {0.5, 1.1});
    series.put("Brian2", new double[] {2.0, 4.5});
    BarPlot bars = Plots.bars("scaling", "Running time (s)", List.of("4000", "8000"), series);
    assertEquals(List.of("BrainJ", "Brian2"), new ArrayList<>(bars.chart().getSeriesMap().keySet()));
    assertTrue(bars.chart().getStyler().isLegendVisible());
    Pictures.assertPng(bars.save(dir.resolve("bars.png")), 800, 500);
  }

  private static void assertRejected(String expectedPart, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(expectedPart), "'" + e.getMessage() + "' lacks '" + expectedPart + "'");
  }

  @Test
  void badInputIsRejectedNamingTheArgument() {
    assertRejected("has 3 values but there are 4 categories",
        () -> Plots.bar("t", "time", NAMES, new double[] {1, 2, 3}));
    assertRejected("categories is empty", () -> Plots.bar("t", "time", List.of(), new double[0]));
    assertRejected("categories is null", () -> Plots.bar("t", "time", null, TIMES));
    assertRejected("categories[1] is null",
        () -> Plots.bar("t", "time", Arrays.asList("a", null), new double[] {1, 2}));
    assertRejected("'a' appears twice, at 0 and 2",
        () -> Plots.bar("t", "time", List.of("a", "b", "a"), new double[] {1, 2, 3}));
    assertRejected("values of 'time' is null", () -> Plots.bar("t", "time", NAMES, null));
    assertRejected("'vec 1' has NaN",
        () -> Plots.bar("t", "time", NAMES, new double[] {1, 2, Double.NaN, 4}));
    assertRejected("logScale: needs positive values, but series 'time' has 0.0 for 'mat 2'",
        () -> Plots.bar("t", "time", NAMES, new double[] {1, 0, 3, 4}).logScale(true));
    assertRejected("series is empty", () -> Plots.bars("t", "time", NAMES, Map.of()));
  }
}
