package org.brainj.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class ProjectionsTest {
  /** The Lorenz system (sigma 10, rho 28, beta 8/3) by Euler steps of 0.005 from (1, 1, 1). */
  private static double[][] lorenz(int n) {
    double[][] p = new double[3][n];
    double x = 1;
    double y = 1;
    double z = 1;
    for (int i = 0; i < n; i++) {
      double dx = 10 * (y - x);
      double dy = x * (28 - z) - y;
      double dz = x * y - 8.0 / 3 * z;
      x += 0.005 * dx;
      y += 0.005 * dy;
      z += 0.005 * dz;
      p[0][i] = x;
      p[1][i] = y;
      p[2][i] = z;
    }
    return p;
  }

  private static XYSeries only(XYChart chart, String name) {
    XYSeries s = chart.getSeriesMap().get(name);
    assertTrue(s != null, "series " + name + " in " + chart.getSeriesMap().keySet());
    return s;
  }

  @Test
  void threePlanesAndAnObliqueView(@TempDir Path dir) throws Exception {
    double[][] p = lorenz(4000);
    Figure fig = Plots.projections("Lorenz attractor", p[0], p[1], p[2]);
    assertEquals(2, fig.rows());
    assertEquals(2, fig.cols());
    String[][] planes = {{"x", "y"}, {"x", "z"}, {"y", "z"}};
    int[][] cells = {{0, 0}, {0, 1}, {1, 0}};
    int[][] axes = {{0, 1}, {0, 2}, {1, 2}};
    for (int k = 0; k < 3; k++) {
      Plot plane = assertInstanceOf(Plot.class, fig.get(cells[k][0], cells[k][1]));
      XYChart chart = plane.chart();
      assertEquals(planes[k][0], chart.getXAxisTitle());
      assertEquals(planes[k][1], chart.getYAxisTitle());
      XYSeries s = only(chart, planes[k][0] + "-" + planes[k][1]);
      assertArrayEquals(p[axes[k][0]], s.getXData());
      assertArrayEquals(p[axes[k][1]], s.getYData());
    }
    assertInstanceOf(Plot.class, fig.get(1, 1));
    Pictures.assertPng(fig.save(dir.resolve("lorenz.png")), 1000, 900 + 36);
    Pictures.assertSvg(fig.save(dir.resolve("lorenz.svg")), 1000, 900 + 36);
  }

  @Test
  void axisNamesAreUsed() {
    double[][] p = lorenz(100);
    Figure fig = Plots.projections(null, List.of("V", "m", "h"), p[0], p[1], p[2]);
    assertEquals(900, fig.height(), "no title band");
    assertEquals("m", ((Plot) fig.get(0, 0)).chart().getYAxisTitle());
    assertEquals("h", ((Plot) fig.get(1, 0)).chart().getYAxisTitle());
  }

  /** The oblique view of {x, y, z} scaled to [-1, 1]: its page coordinates for known views. */
  @Test
  void obliqueViewsProjectAsExpected() {
    double[] x = {0, 1, 2, 4};
    double[] y = {10, 30, 20, 50};
    double[] z = {-1, -3, -2, 1};
    double[] sx = {-1, -0.5, 0, 1};
    double[] sy = {-1, 0, -0.5, 1};
    double[] sz = {0, -1, -0.5, 1};
    List<String> names = List.of("x", "y", "z");
    // from the front (looking along -x): y to the right, z up
    assertView(Plots.oblique("front", names, x, y, z, 0, 0), sy, sz);
    // from the side at azimuth 90: -x to the right, z up
    assertView(Plots.oblique("side", names, x, y, z, 90, 0), neg(sx), sz);
    // from above at azimuth -90: x to the right, y up
    assertView(Plots.oblique("top", names, x, y, z, -90, 90), sx, sy);
  }

  private static double[] neg(double[] a) {
    double[] b = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      b[i] = -a[i];
    }
    return b;
  }

  private static void assertView(Plot plot, double[] u, double[] v) {
    XYSeries s = only(plot.chart(), "trajectory");
    assertArrayEquals(u, s.getXData(), 1e-12);
    assertArrayEquals(v, s.getYData(), 1e-12);
    // the whole cube stays inside the plot
    double[] b = {plot.chart().getStyler().getXAxisMin(), plot.chart().getStyler().getXAxisMax()};
    assertTrue(b[0] <= -Math.sqrt(3) && b[1] >= Math.sqrt(3), b[0] + " .. " + b[1]);
  }

  @Test
  void badTrajectoriesAreRejectedNamingTheArgument() {
    double[] a = {1, 2, 3};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Plots.projections("t", a, a, new double[] {1, 2}));
    assertEquals("trajectory: x has 3 values but z has 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Plots.projections("t", new double[0], new double[0], new double[0]));
    assertEquals("x is empty", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Plots.projections("t", List.of("a", "b"), a, a, a));
    assertTrue(e.getMessage().startsWith("names: needs three axis names"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Plots.projections("t", a, new double[] {1, Double.POSITIVE_INFINITY, 2}, a));
    assertEquals("y has Infinity at index 1", e.getMessage());
  }
}
