package org.brainj.runtime.plot;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Pictures of a 3-D trajectory on a 2-D page: the three coordinate planes and an oblique view. */
final class Projections {
  private static final Color TRAJECTORY = new Color(31, 119, 180);
  private static final Color BOX = new Color(170, 170, 170);
  private static final Font AXIS_NAME_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);

  private Projections() {}

  /** The trajectory, checked: three series of equal, non-zero length. */
  record Path3(List<String> names, double[] x, double[] y, double[] z) {
    Path3 {
      Objects.requireNonNull(names, "names");
      if (names.size() != 3 || names.stream().anyMatch(Objects::isNull)) {
        throw new IllegalArgumentException("names: needs three axis names, got " + names);
      }
      x = Checks.data("x", x).clone();
      y = Checks.data("y", y).clone();
      z = Checks.data("z", z).clone();
      Checks.sameLength("trajectory", "x", x, "y", y);
      Checks.sameLength("trajectory", "x", x, "z", z);
      names = List.copyOf(names);
    }

    double[] axis(int k) {
      return k == 0 ? x : k == 1 ? y : z;
    }
  }

  /** A 2 x 2 figure: x-y, x-z, y-z and the oblique view. */
  static Figure figure(String title, Path3 p, int cellWidth, int cellHeight) {
    Figure fig = new Figure(2, 2, cellWidth, cellHeight).title(title);
    fig.add(0, 0, plane(p, 0, 1));
    fig.add(0, 1, plane(p, 0, 2));
    fig.add(1, 0, plane(p, 1, 2));
    fig.add(1, 1, oblique(p, -60, 30).title("oblique view"));
    return fig;
  }

  /** The trajectory projected on the plane of axes {@code a} (horizontal) and {@code b}. */
  static Plot plane(Path3 p, int a, int b) {
    String na = p.names().get(a);
    String nb = p.names().get(b);
    Plot plot = new Plot(na + "-" + nb + " plane", na, nb);
    plot.legendOffByDefault();
    double[] xs = p.axis(a);
    double[] ys = p.axis(b);
    String name = na + "-" + nb;
    plot.addSeries(name, chart -> thinLine(chart.addSeries(name, xs, ys), TRAJECTORY));
    return plot;
  }

  /**
   * An orthographic view from azimuth {@code azimuth} and elevation {@code elevation} degrees
   * (matplotlib's {@code view_init}; -60 and 30 are its defaults), each coordinate scaled to
   * [-1, 1] and drawn inside the wireframe of that cube, whose three edges from the lowest corner
   * are labelled with the axes' names.
   */
  static Plot oblique(Path3 p, double azimuth, double elevation) {
    if (!Double.isFinite(azimuth) || !Double.isFinite(elevation)) {
      throw new IllegalArgumentException(
          "azimuth, elevation: must be finite, got " + azimuth + ", " + elevation);
    }
    View view = new View(azimuth, elevation);
    double[][] unit = {scaled(p.x()), scaled(p.y()), scaled(p.z())};
    int n = p.x().length;
    double[] u = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = view.u(unit[0][i], unit[1][i], unit[2][i]);
      v[i] = view.v(unit[0][i], unit[1][i], unit[2][i]);
    }
    double[][] box = cube(view);
    Plot plot = new Plot("oblique view", "", "");
    plot.legendOffByDefault();
    plot.style(Projections::bare);
    plot.addSeries(
        "\u0000box",
        chart -> {
          XYSeries s = chart.addSeries("\u0000box", box[0], box[1]);
          thinLine(s, BOX);
          s.setShowInLegend(false);
        });
    plot.addSeries(
        "trajectory", chart -> thinLine(chart.addSeries("trajectory", u, v), TRAJECTORY));
    plot.style(chart -> labelAxes(chart, view, p.names()));
    double r = Math.sqrt(3) * 1.05; // the cube's half-diagonal: every view fits
    return plot.xRange(-r, r).yRange(-r, r);
  }

  /** The page coordinates of a view: u to the right, v up. */
  private record View(double azimuth, double elevation) {
    double u(double x, double y, double z) {
      double a = Math.toRadians(azimuth);
      return -Math.sin(a) * x + Math.cos(a) * y;
    }

    double v(double x, double y, double z) {
      double a = Math.toRadians(azimuth);
      double e = Math.toRadians(elevation);
      return -Math.sin(e) * Math.cos(a) * x - Math.sin(e) * Math.sin(a) * y + Math.cos(e) * z;
    }
  }

  /** Values mapped linearly onto [-1, 1] (a constant series onto 0). */
  static double[] scaled(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : values) {
      if (!Double.isNaN(x)) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
    double mid = (min + max) / 2;
    double half = max > min ? (max - min) / 2 : 1;
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (values[i] - mid) / half;
    }
    return out;
  }

  /** The 12 edges of the cube [-1, 1]^3 as one line broken by NaN gaps. */
  private static double[][] cube(View view) {
    double[] u = new double[12 * 3];
    double[] v = new double[12 * 3];
    int k = 0;
    for (int axis = 0; axis < 3; axis++) {
      for (int s1 = -1; s1 <= 1; s1 += 2) {
        for (int s2 = -1; s2 <= 1; s2 += 2) {
          double[] a = new double[3];
          double[] b = new double[3];
          a[axis] = -1;
          b[axis] = 1;
          a[(axis + 1) % 3] = b[(axis + 1) % 3] = s1;
          a[(axis + 2) % 3] = b[(axis + 2) % 3] = s2;
          u[k] = view.u(a[0], a[1], a[2]);
          v[k++] = view.v(a[0], a[1], a[2]);
          u[k] = view.u(b[0], b[1], b[2]);
          v[k++] = view.v(b[0], b[1], b[2]);
          u[k] = Double.NaN;
          v[k++] = Double.NaN;
        }
      }
    }
    return new double[][] {u, v};
  }

  /**
   * Each axis's name beside the middle of one of its four parallel edges: for x and y the lowest
   * on the page, for z the leftmost, pushed a little away from the cube's centre (the page's
   * origin) so that the trajectory does not cover it.
   */
  private static void labelAxes(XYChart chart, View view, List<String> names) {
    for (int axis = 0; axis < 3; axis++) {
      double bestU = 0;
      double bestV = 0;
      double best = Double.POSITIVE_INFINITY;
      for (int s1 = -1; s1 <= 1; s1 += 2) {
        for (int s2 = -1; s2 <= 1; s2 += 2) {
          double[] mid = new double[3];
          mid[(axis + 1) % 3] = s1;
          mid[(axis + 2) % 3] = s2;
          double u = view.u(mid[0], mid[1], mid[2]);
          double v = view.v(mid[0], mid[1], mid[2]);
          double score = axis == 2 ? u : v;
          if (score < best - 1e-9) {
            best = score;
            bestU = u;
            bestV = v;
          }
        }
      }
      double push = 1 + 0.15 / Math.max(1e-9, Math.hypot(bestU, bestV));
      chart.addAnnotation(new AnnotationText(names.get(axis), bestU * push, bestV * push, false));
    }
  }

  /** No axes, ticks or grid: the coordinates on a projected page mean nothing. */
  private static void bare(XYChart chart) {
    chart.getStyler().setAxisTicksVisible(false);
    chart.getStyler().setPlotGridLinesVisible(false);
    chart.getStyler().setPlotBorderVisible(false);
    chart.getStyler().setAnnotationTextFont(AXIS_NAME_FONT);
  }

  private static void thinLine(XYSeries s, Color color) {
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineWidth(1f);
  }
}
