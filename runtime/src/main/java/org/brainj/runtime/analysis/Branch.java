package org.brainj.runtime.analysis;

import java.util.List;
import org.brainj.runtime.analysis.fixedpoint.FixedPoint;

/**
 * A branch of a co-dimension 1 bifurcation diagram: one fixed point followed continuously from
 * parameter value to parameter value (each matched to the nearest fixed point at the next value,
 * predicted linearly). Its stability may change along it (at a Hopf point, say); a branch ends
 * where the fixed point disappears (a saddle-node) or leaves the box.
 *
 * @param parameterValues the parameter values, increasing
 * @param fixedPoints the fixed point at each value
 */
public record Branch(double[] parameterValues, List<FixedPoint> fixedPoints) {
  public Branch {
    if (parameterValues.length != fixedPoints.size()) {
      throw new IllegalArgumentException("a branch needs one fixed point per parameter value");
    }
    parameterValues = parameterValues.clone();
    fixedPoints = List.copyOf(fixedPoints);
  }

  /** The number of points. */
  public int size() {
    return parameterValues.length;
  }

  /** A variable along the branch. */
  public double[] values(int variable) {
    double[] out = new double[size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = fixedPoints.get(k).get(variable);
    }
    return out;
  }
}
