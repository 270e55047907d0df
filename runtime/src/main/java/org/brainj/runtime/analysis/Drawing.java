package org.brainj.runtime.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainj.runtime.analysis.fixedpoint.FixedPoint;
import org.brainj.runtime.analysis.plot.AnalysisFigure;
import org.brainj.runtime.analysis.plot.AnalysisFigure.Layer;
import org.brainj.runtime.analysis.plot.Styles;
import org.brainj.runtime.analysis.stability.StabilityType;

/** Draws analysis data onto figures: field, nullclines, fixed points by type, arrows. */
final class Drawing {
  private Drawing() {}

  /** Arrow heads: length in pixels and half-angle. */
  private static final double HEAD_PIXELS = 7;
  private static final double HEAD_ANGLE = Math.toRadians(25);

  /** Streamlines with an arrow head at the middle of each, in the field's colour. */
  static void streamlines(AnalysisFigure fig, List<Polyline> lines, Range rx, Range ry) {
    List<Polyline> all = new ArrayList<>(lines);
    for (Polyline p : lines) {
      if (p.size() >= 3) {
        int m = p.size() / 2;
        all.add(head(fig, rx, ry, p.x()[m], p.y()[m], p.x()[m + 1] - p.x()[m - 1],
            p.y()[m + 1] - p.y()[m - 1]));
      }
    }
    double[][] xy = Polyline.joined(all);
    fig.line(Layer.FIELD, "vector field", xy[0], xy[1], Styles.FIELD, 1.0f, false, false);
  }

  /** One arrow per grid node, {@code 0.8} of a cell long in the box's scale. */
  static void arrows(AnalysisFigure fig, VectorFieldSample field, Range rx, Range ry) {
    double[] xs = field.x();
    double[] ys = field.y();
    double cu = 0.8 / Math.max(1, xs.length - 1);
    double cv = 0.8 / Math.max(1, ys.length - 1);
    List<Polyline> all = new ArrayList<>();
    for (int i = 0; i < xs.length; i++) {
      for (int j = 0; j < ys.length; j++) {
        double du = field.dx()[i][j] / rx.width();
        double dv = field.dy()[i][j] / ry.width();
        double s = Math.hypot(du, dv);
        if (!(s > 0) || Double.isInfinite(s)) {
          continue;
        }
        double hu = cu / 2 * du / s;
        double hv = cv / 2 * dv / s;
        double x0 = xs[i] - hu * rx.width();
        double y0 = ys[j] - hv * ry.width();
        double x1 = xs[i] + hu * rx.width();
        double y1 = ys[j] + hv * ry.width();
        all.add(new Polyline(new double[] {x0, x1}, new double[] {y0, y1}));
        all.add(head(fig, rx, ry, x1, y1, x1 - x0, y1 - y0));
      }
    }
    double[][] xy = Polyline.joined(all);
    fig.line(Layer.FIELD, "vector field", xy[0], xy[1], Styles.FIELD.darker(), 1.0f, false,
        false);
  }

  /** A "V" with its tip at (x, y) pointing along (dx, dy), drawn with the same size everywhere. */
  private static Polyline head(AnalysisFigure fig, Range rx, Range ry, double x, double y,
      double dx, double dy) {
    // the plot area, roughly: margins for the axes, title and legend
    double w = fig.width() * 0.85;
    double h = fig.height() * 0.72;
    double px = dx / rx.width() * w;
    double py = dy / ry.width() * h;
    double len = Math.hypot(px, py);
    if (!(len > 0)) {
      return new Polyline(new double[] {x}, new double[] {y});
    }
    px /= len;
    py /= len;
    double[] hx = new double[3];
    double[] hy = new double[3];
    for (int side = 0; side < 2; side++) {
      double a = side == 0 ? HEAD_ANGLE : -HEAD_ANGLE;
      double bx = -(px * Math.cos(a) - py * Math.sin(a)) * HEAD_PIXELS;
      double by = -(px * Math.sin(a) + py * Math.cos(a)) * HEAD_PIXELS;
      int k = side == 0 ? 0 : 2;
      hx[k] = x + bx / w * rx.width();
      hy[k] = y + by / h * ry.width();
    }
    hx[1] = x;
    hy[1] = y;
    return new Polyline(hx, hy);
  }

  /** The nullclines, one series per variable. */
  static void nullclines(AnalysisFigure fig, Nullclines nc) {
    int k = 0;
    for (String v : nc.variables()) {
      double[][] xy = Polyline.joined(nc.of(v));
      fig.line(Layer.CURVES, v + " nullcline", xy[0], xy[1],
          Styles.NULLCLINES[k++ % Styles.NULLCLINES.length], 2.2f, false, true);
    }
  }

  /**
   * Fixed points as markers, one series per type; {@code xOf}/{@code yOf} pick the coordinates
   * ({@code yOf < 0}: on the x axis, for 1-D planes).
   */
  static void fixedPoints(AnalysisFigure fig, List<FixedPoint> points, int xOf, int yOf) {
    Map<StabilityType, List<FixedPoint>> byType = new LinkedHashMap<>();
    for (FixedPoint p : points) {
      byType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p);
    }
    byType.forEach((type, list) -> {
      double[] x = new double[list.size()];
      double[] y = new double[list.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = list.get(i).get(xOf);
        y[i] = yOf < 0 ? 0 : list.get(i).get(yOf);
      }
      fig.scatter(Layer.POINTS, type.label(), x, y, Styles.color(type), Styles.marker(type), 11,
          true);
    });
  }
}
