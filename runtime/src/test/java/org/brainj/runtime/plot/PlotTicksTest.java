package org.brainj.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;

/**
 * Where XChart puts the tick labels of a plot: the label formatter sees every value XChart
 * considers for a tick label (and the axis's ends, to size the axis), so recording its arguments
 * shows the tick positions.
 */
class PlotTicksTest {

  /** Time steps 0.1, 0.2, ..., 200 ms, as a monitor records them. */
  private static double[] timeSteps() {
    double[] t = new double[2000];
    for (int i = 0; i < t.length; i++) {
      t[i] = (i + 1) * 0.1;
    }
    return t;
  }


  /** Whether every value but the axis's ends {@code min} and {@code max} is a whole number. */
  private static boolean allWhole(List<Double> values, double min, double max) {
    return values.stream()
        .filter(v -> v != min && v != max)
        .allMatch(v -> Math.abs(v - Math.rint(v)) < 1e-9);
  }

  @Test
  void timeAxisTicksFallOnRoundNumbers() {
    double[] t = timeSteps();
    double[] v = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      v[i] = Math.sin(t[i] / 10);
    }
    Plot plot = Plots.xy("sine", "Time (ms)", "v").line("v", t, v).size(800, 400);
    List<Double> seen = new ArrayList<>();
    plot.chart().setCustomXAxisTickLabelsFormatter(x -> {
      seen.add(x);
      return String.valueOf(x);
    });
    plot.toImage();
    assertFalse(seen.isEmpty());
    // steps of 10, 20 or 50 ms: whole numbers, including 100
    assertTrue(allWhole(seen, 0.1, 200), "x ticks " + seen);
    assertTrue(seen.contains(100.0), "x ticks " + seen);
  }

  @Test
  void equallySpacedValuesGetRoundTicksOnTheValueAxisToo() {
    double[] t = timeSteps();
    double[] ramp = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      ramp[i] = 0.3 + 0.7 * i; // equally spaced values 0.3, 1.0, 1.7, ...
    }
    Plot plot = Plots.xy("ramp", "Time (ms)", "v").line("v", t, ramp);
    List<Double> seen = new ArrayList<>();
    plot.chart().setCustomYAxisTickLabelsFormatter(y -> {
      seen.add(y);
      return String.valueOf(y);
    });
    plot.toImage();
    assertFalse(seen.isEmpty());
    assertTrue(allWhole(seen, 0.3, ramp[ramp.length - 1]), "y ticks " + seen);
    assertTrue(seen.contains(1000.0), "y ticks " + seen);
  }

  /**
   * The defect this guards against, shown on XChart alone: painted without the plot's fix, the
   * same chart gets its x ticks on every k-th time step (such as 0.1, 25.8, 51.5, ...). If this starts failing, a new
   * XChart no longer needs the fix in {@link Plot}.
   */
  @Test
  void xchartAloneTicksEquallySpacedDataAtOddValues() {
    double[] t = timeSteps();
    XYChart chart = new XYChart(800, 400);
    chart.addSeries("v", t, t.clone());
    List<Double> seen = new ArrayList<>();
    chart.setCustomXAxisTickLabelsFormatter(x -> {
      seen.add(x);
      return String.valueOf(x);
    });
    BitmapEncoder.getBufferedImage(chart);
    assertTrue(seen.contains(0.1), "x ticks " + seen);
    assertFalse(allWhole(seen, 0.1, 200), "x ticks " + seen);
  }
}
