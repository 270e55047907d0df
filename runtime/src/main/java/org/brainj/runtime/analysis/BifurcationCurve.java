package org.brainj.runtime.analysis;

import java.util.List;

/**
 * A curve of co-dimension 1 bifurcation points in the plane of two parameters (a co-dimension 2
 * diagram): the points of one kind found along the second parameter at each value of the first,
 * joined across neighbouring values.
 *
 * @param kind the bifurcation
 * @param points the points, by increasing first parameter
 */
public record BifurcationCurve(BifurcationPoint.Kind kind, List<BifurcationPoint> points) {
  public BifurcationCurve {
    points = List.copyOf(points);
  }

  /** Parameter {@code k} along the curve. */
  public double[] parameter(int k) {
    double[] out = new double[points.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = points.get(i).parameters()[k];
    }
    return out;
  }
}
