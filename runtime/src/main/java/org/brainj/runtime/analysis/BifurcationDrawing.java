package org.brainj.runtime.analysis;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainj.runtime.analysis.fixedpoint.FixedPoint;
import org.brainj.runtime.analysis.plot.AnalysisFigure;
import org.brainj.runtime.analysis.plot.AnalysisFigure.Layer;
import org.brainj.runtime.analysis.plot.Styles;
import org.brainj.runtime.analysis.stability.StabilityType;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws bifurcation diagrams: branches coloured by fixed point type, solid where stable and dashed
 * where not, one legend entry per type; Hopf and saddle-node points; limit cycle extremes; the
 * parameter plane of a co-dimension 2 scan.
 */
final class BifurcationDrawing {
  private BifurcationDrawing() {}

  private static final Color HOPF = new Color(0xd62728);
  private static final Color FOLD = new Color(0x222222);

  /** Each branch, variable {@code var} over the (first) parameter, split where its type changes. */
  static void branches(AnalysisFigure fig, List<Branch> branches, int var) {
    Map<StabilityType, List<Polyline>> byType = new LinkedHashMap<>();
    for (Branch b : branches) {
      double[] p = b.parameterValues();
      double[] v = b.values(var);
      int start = 0;
      for (int k = 1; k <= b.size(); k++) {
        if (k == b.size() || b.fixedPoints().get(k).type() != b.fixedPoints().get(start).type()) {
          // the run start..k-1, joined to the next run's first point so the line is unbroken
          int end = Math.min(k, b.size() - 1);
          double[] x = java.util.Arrays.copyOfRange(p, start, end + 1);
          double[] y = java.util.Arrays.copyOfRange(v, start, end + 1);
          byType.computeIfAbsent(b.fixedPoints().get(start).type(), t -> new ArrayList<>())
              .add(new Polyline(x, y));
          start = k;
        }
      }
    }
    byType.forEach((type, lines) -> {
      double[][] xy = Polyline.joined(lines);
      if (lines.stream().allMatch(l -> l.size() == 1)) { // isolated points: show markers
        fig.scatter(Layer.CURVES, type.label(), xy[0], xy[1], Styles.color(type),
            Styles.marker(type), 6, true);
      } else {
        fig.line(Layer.CURVES, type.label(), xy[0], xy[1], Styles.color(type), 2.4f,
            !type.isStable(), true);
      }
    });
  }

  /** Hopf and saddle-node points at (first parameter, variable {@code var}). */
  static void points(AnalysisFigure fig, List<BifurcationPoint> points, int var) {
    for (BifurcationPoint.Kind kind : BifurcationPoint.Kind.values()) {
      List<double[]> xy = new ArrayList<>();
      for (BifurcationPoint b : points) {
        if (b.kind() == kind) {
          xy.add(new double[] {b.parameters()[0], b.fixedPoint().get(var)});
        }
      }
      if (!xy.isEmpty()) {
        fig.scatter(Layer.POINTS, kind.label(), column(xy, 0), column(xy, 1),
            kind == BifurcationPoint.Kind.HOPF ? HOPF : FOLD,
            kind == BifurcationPoint.Kind.HOPF ? SeriesMarkers.SQUARE : SeriesMarkers.TRIANGLE_DOWN,
            11, true);
      }
    }
  }

  /** The largest and smallest value of variable {@code var} on each limit cycle. */
  static void cycles(AnalysisFigure fig, List<ParameterCycle> cycles, int var) {
    List<double[]> xy = new ArrayList<>();
    for (ParameterCycle c : cycles) {
      xy.add(new double[] {c.parameters()[0], c.cycle().max()[var]});
      xy.add(new double[] {c.parameters()[0], c.cycle().min()[var]});
    }
    fig.scatter(Layer.TRAJECTORIES, "limit cycle (max, min)", column(xy, 0), column(xy, 1),
        Styles.LIMIT_CYCLE, SeriesMarkers.CIRCLE, 4, true);
  }

  /**
   * The parameter plane of a co-dimension 2 scan: each scanned point marked by its fixed points'
   * types, and the curves of bifurcation points.
   */
  static void parameterPlane(AnalysisFigure fig, BifurcationDiagram d) {
    Map<String, List<double[]>> byConfig = new LinkedHashMap<>();
    Map<String, Color> colors = new LinkedHashMap<>();
    for (ParameterPoint p : d.points()) {
      String label = configuration(p.fixedPoints());
      byConfig.computeIfAbsent(label, l -> new ArrayList<>())
          .add(new double[] {p.parameters()[0], p.parameters()[1]});
      if (!colors.containsKey(label)) {
        colors.put(label, p.fixedPoints().size() == 1
            ? Styles.color(p.fixedPoints().get(0).type())
            : Styles.TRAJECTORIES[colors.size() % Styles.TRAJECTORIES.length]);
      }
    }
    byConfig.forEach((label, pts) -> fig.scatter(Layer.FIELD, label, column(pts, 0),
        column(pts, 1), colors.get(label), SeriesMarkers.SQUARE, 4, true));
    for (BifurcationPoint.Kind kind : BifurcationPoint.Kind.values()) {
      List<Polyline> lines = new ArrayList<>();
      for (BifurcationCurve c : d.curves()) {
        if (c.kind() == kind) {
          lines.add(new Polyline(c.parameter(0), c.parameter(1)));
        }
      }
      if (!lines.isEmpty()) {
        double[][] xy = Polyline.joined(lines);
        fig.line(Layer.CURVES, kind.label() + " curve", xy[0], xy[1],
            kind == BifurcationPoint.Kind.HOPF ? HOPF : FOLD, 2.4f, false, true);
      }
    }
  }

  /** "stable focus", or "stable node + saddle node + unstable focus", or "no fixed point". */
  static String configuration(List<FixedPoint> fps) {
    if (fps.isEmpty()) {
      return "no fixed point";
    }
    List<String> parts = new ArrayList<>();
    for (FixedPoint f : fps) {
      parts.add(f.type().label());
    }
    return String.join(" + ", parts);
  }

  private static double[] column(List<double[]> rows, int c) {
    double[] out = new double[rows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.get(i)[c];
    }
    return out;
  }
}
