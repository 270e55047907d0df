package org.brainj.runtime.analysis;

import java.util.List;
import org.brainj.runtime.analysis.fixedpoint.FixedPoint;

/**
 * The fixed points at one point of a bifurcation scan.
 *
 * @param parameters the values of the scanned parameters, in the diagram's order
 * @param fixedPoints the fixed points there, sorted by their first coordinate
 */
public record ParameterPoint(double[] parameters, List<FixedPoint> fixedPoints) {
  public ParameterPoint {
    parameters = parameters.clone();
    fixedPoints = List.copyOf(fixedPoints);
  }

  /** Parameter {@code k}'s value. */
  public double parameter(int k) {
    return parameters[k];
  }
}
