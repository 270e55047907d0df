package org.brainj.runtime.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.brainj.runtime.analysis.fixedpoint.GridSample;

/**
 * The zero set of one component of a 2-D field (a nullcline) by marching squares on the sampled
 * grid: each cell whose corners change sign holds one segment (two for a saddle cell, split by the
 * value at its centre); segments sharing an edge crossing are joined into polylines. Each crossing
 * is then solved along its grid edge by Brent's method, so every point lies on the curve to solver
 * precision, not just to the linear interpolation's {@code O(h^2)}.
 */
final class Contours {
  private Contours() {}

  /** A component of the field at a point: {@code f_k(x, y)}. */
  @FunctionalInterface
  interface Component {
    double at(double x, double y);
  }

  /** The polylines where component {@code k} of the sampled field vanishes. */
  static List<Polyline> trace(GridSample sample, int k, Component f) {
    double[] xs = sample.axis(0);
    double[] ys = sample.axis(1);
    double[] v = sample.values(k);
    int nx = xs.length;
    int ny = ys.length;
    List<int[]> segments = new ArrayList<>(); // pairs of edge ids
    for (int i = 0; i + 1 < nx; i++) {
      for (int j = 0; j + 1 < ny; j++) {
        double v00 = v[i * ny + j];
        double v10 = v[(i + 1) * ny + j];
        double v11 = v[(i + 1) * ny + j + 1];
        double v01 = v[i * ny + j + 1];
        if (!(Double.isFinite(v00) && Double.isFinite(v10) && Double.isFinite(v11)
            && Double.isFinite(v01))) {
          continue;
        }
        int bottom = hEdge(i, j, ny);
        int right = vEdge(i + 1, j, ny);
        int top = hEdge(i, j + 1, ny);
        int left = vEdge(i, j, ny);
        boolean p00 = v00 > 0;
        boolean p10 = v10 > 0;
        boolean p11 = v11 > 0;
        boolean p01 = v01 > 0;
        List<Integer> crossed = new ArrayList<>(4);
        if (p00 != p10) {
          crossed.add(bottom);
        }
        if (p10 != p11) {
          crossed.add(right);
        }
        if (p11 != p01) {
          crossed.add(top);
        }
        if (p01 != p00) {
          crossed.add(left);
        }
        if (crossed.size() == 2) {
          segments.add(new int[] {crossed.get(0), crossed.get(1)});
        } else if (crossed.size() == 4) {
          boolean centre = (v00 + v10 + v11 + v01) / 4 > 0;
          if (centre == p00) { // the p00 sign joins 00 and 11: cut off the corners 10 and 01
            segments.add(new int[] {bottom, right});
            segments.add(new int[] {top, left});
          } else {
            segments.add(new int[] {bottom, left});
            segments.add(new int[] {right, top});
          }
        }
      }
    }
    return join(segments, edge -> point(edge, xs, ys, v, ny, f));
  }

  private static int hEdge(int i, int j, int ny) {
    return 2 * (i * ny + j);
  }

  private static int vEdge(int i, int j, int ny) {
    return 2 * (i * ny + j) + 1;
  }

  /** The crossing on an edge, solved along it. */
  private static double[] point(int edge, double[] xs, double[] ys, double[] v, int ny,
      Component f) {
    int node = edge / 2;
    int i = node / ny;
    int j = node % ny;
    boolean horizontal = edge % 2 == 0;
    double va = v[node];
    double vb = horizontal ? v[node + ny] : v[node + 1];
    if (horizontal) {
      double y = ys[j];
      double x = solve(t -> f.at(t, y), xs[i], xs[i + 1], va, vb);
      return new double[] {x, y};
    }
    double x = xs[i];
    double y = solve(t -> f.at(x, t), ys[j], ys[j + 1], va, vb);
    return new double[] {x, y};
  }

  private static double solve(UnivariateFunction g, double a, double b, double ga, double gb) {
    if (ga == 0) {
      return a;
    }
    if (gb == 0) {
      return b;
    }
    double linear = a + (b - a) * ga / (ga - gb);
    try {
      double r = new BrentSolver(2 * Math.ulp(1.0), 1e-300).solve(100, g, a, b, linear);
      return Double.isFinite(r) ? r : linear;
    } catch (MathIllegalStateException | IllegalArgumentException e) {
      return linear; // the field is not continuous along this edge: keep the interpolation
    }
  }

  private interface EdgePoint {
    double[] at(int edge);
  }

  /** Joins segments that share edges into polylines, open ones first from their ends. */
  private static List<Polyline> join(List<int[]> segments, EdgePoint points) {
    Map<Integer, List<Integer>> byEdge = new HashMap<>();
    for (int s = 0; s < segments.size(); s++) {
      for (int e : segments.get(s)) {
        byEdge.computeIfAbsent(e, x -> new ArrayList<>(2)).add(s);
      }
    }
    Map<Integer, double[]> cache = new HashMap<>();
    boolean[] used = new boolean[segments.size()];
    List<Polyline> out = new ArrayList<>();
    // open curves start at an edge only one segment touches (the grid boundary, a NaN region)
    for (int pass = 0; pass < 2; pass++) {
      for (int s = 0; s < segments.size(); s++) {
        if (used[s]) {
          continue;
        }
        int[] seg = segments.get(s);
        int start;
        if (pass == 0) {
          if (byEdge.get(seg[0]).size() == 1) {
            start = seg[0];
          } else if (byEdge.get(seg[1]).size() == 1) {
            start = seg[1];
          } else {
            continue;
          }
        } else {
          start = seg[0];
        }
        List<Integer> edges = new ArrayList<>();
        edges.add(start);
        int current = s;
        int edge = start;
        while (current >= 0) {
          used[current] = true;
          int[] c = segments.get(current);
          edge = c[0] == edge ? c[1] : c[0];
          edges.add(edge);
          int next = -1;
          for (int t : byEdge.get(edge)) {
            if (!used[t]) {
              next = t;
              break;
            }
          }
          current = next;
        }
        double[] x = new double[edges.size()];
        double[] y = new double[edges.size()];
        for (int q = 0; q < x.length; q++) {
          double[] p = cache.computeIfAbsent(edges.get(q), points::at);
          x[q] = p[0];
          y[q] = p[1];
        }
        out.add(new Polyline(x, y));
      }
    }
    return out;
  }
}
