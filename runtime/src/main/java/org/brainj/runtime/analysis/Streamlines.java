package org.brainj.runtime.analysis;

import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.analysis.fixedpoint.ReducedField;

/**
 * Streamlines of a 2-D field in the style of matplotlib's {@code streamplot}, which BrainPy's
 * {@code plot_vector_field} uses: the box is covered by a mask of {@code 30 x 30} cells; from each
 * free cell (outer rings first) a curve follows the field's direction forwards and backwards
 * (midpoint steps in coordinates scaled to the box) until it leaves the box, reaches a cell another
 * curve holds, comes back to its own cell (a closed orbit) or stalls at a fixed point. Curves
 * shorter than a tenth of the box are dropped. Points run in the direction of the flow.
 */
final class Streamlines {
  private Streamlines() {}

  static final int MASK = 30;
  private static final double STEP = 0.2 / MASK;
  private static final double MAX_LENGTH = 4;
  private static final double MIN_LENGTH = 0.1;

  static List<Polyline> compute(ReducedField f, Range rx, Range ry) {
    int[] mask = new int[MASK * MASK]; // 0 free, else the curve's id + 1
    Tracer tracer = new Tracer(f, rx, ry);
    List<Polyline> out = new ArrayList<>();
    int id = 0;
    for (int cell : spiral()) {
      if (mask[cell] != 0) {
        continue;
      }
      double u0 = (cell % MASK + 0.5) / MASK;
      double v0 = (cell / MASK + 0.5) / MASK;
      id++;
      List<double[]> back = tracer.trace(u0, v0, -1, mask, id);
      List<double[]> fwd = tracer.trace(u0, v0, 1, mask, id);
      double length = length(back) + length(fwd);
      if (length < MIN_LENGTH) {
        for (int k = 0; k < mask.length; k++) {
          if (mask[k] == id) {
            mask[k] = 0;
          }
        }
        continue;
      }
      int n = back.size() + fwd.size() - 1;
      double[] x = new double[n];
      double[] y = new double[n];
      int k = 0;
      for (int q = back.size() - 1; q >= 0; q--) {
        double[] p = back.get(q);
        x[k] = rx.min() + p[0] * rx.width();
        y[k++] = ry.min() + p[1] * ry.width();
      }
      for (int q = 1; q < fwd.size(); q++) {
        double[] p = fwd.get(q);
        x[k] = rx.min() + p[0] * rx.width();
        y[k++] = ry.min() + p[1] * ry.width();
      }
      out.add(new Polyline(x, y));
    }
    return out;
  }

  private static double length(List<double[]> pts) {
    double l = 0;
    for (int k = 1; k < pts.size(); k++) {
      l += Math.hypot(pts.get(k)[0] - pts.get(k - 1)[0], pts.get(k)[1] - pts.get(k - 1)[1]);
    }
    return l;
  }

  /** Mask cells from the outer ring inwards. */
  private static int[] spiral() {
    int[] order = new int[MASK * MASK];
    int k = 0;
    for (int ring = 0; ring < (MASK + 1) / 2; ring++) {
      int lo = ring;
      int hi = MASK - 1 - ring;
      for (int i = lo; i <= hi; i++) {
        for (int j = lo; j <= hi; j++) {
          if (i == lo || i == hi || j == lo || j == hi) {
            order[k++] = j * MASK + i;
          }
        }
      }
    }
    return order;
  }

  /** Follows the direction field in box-scaled coordinates. */
  private static final class Tracer {
    private final ReducedField f;
    private final Range rx;
    private final Range ry;
    private final double[] x = new double[2];
    private final double[] out = new double[2];

    Tracer(ReducedField f, Range rx, Range ry) {
      this.f = f;
      this.rx = rx;
      this.ry = ry;
    }

    /** The unit direction at (u, v) times {@code sign}, or null where it is undefined. */
    private double[] direction(double u, double v, double sign) {
      x[0] = rx.min() + u * rx.width();
      x[1] = ry.min() + v * ry.width();
      f.eval(x, out);
      double du = out[0] / rx.width();
      double dv = out[1] / ry.width();
      double speed = Math.hypot(du, dv);
      if (!(speed > 0) || Double.isInfinite(speed)) {
        return null;
      }
      return new double[] {sign * du / speed, sign * dv / speed};
    }

    List<double[]> trace(double u, double v, double sign, int[] mask, int id) {
      List<double[]> pts = new ArrayList<>();
      pts.add(new double[] {u, v});
      int last = cell(u, v);
      mask[last] = id;
      double travelled = 0;
      double[] d1 = direction(u, v, sign);
      while (travelled < MAX_LENGTH && d1 != null) {
        double[] d2 = direction(u + STEP / 2 * d1[0], v + STEP / 2 * d1[1], sign);
        if (d2 == null || d1[0] * d2[0] + d1[1] * d2[1] < 0) {
          break; // the direction turns back within a step: next to a fixed point
        }
        double nu = u + STEP * d2[0];
        double nv = v + STEP * d2[1];
        if (nu < 0 || nu > 1 || nv < 0 || nv > 1) {
          break;
        }
        double[] d3 = direction(nu, nv, sign);
        if (d3 == null || d2[0] * d3[0] + d2[1] * d3[1] < 0) {
          break;
        }
        int c = cell(nu, nv);
        if (c != last) {
          if (mask[c] != 0) {
            break; // another curve's cell, or this curve's own: a closed orbit
          }
          mask[c] = id;
          last = c;
        }
        u = nu;
        v = nv;
        d1 = d3;
        travelled += STEP;
        pts.add(new double[] {u, v});
      }
      return pts;
    }

    private static int cell(double u, double v) {
      int i = Math.min(MASK - 1, (int) (u * MASK));
      int j = Math.min(MASK - 1, (int) (v * MASK));
      return j * MASK + i;
    }
  }
}
