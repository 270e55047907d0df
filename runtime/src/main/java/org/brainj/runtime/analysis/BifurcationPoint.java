package org.brainj.runtime.analysis;

import java.util.List;
import java.util.Locale;
import org.brainj.runtime.analysis.fixedpoint.FixedPoint;

/**
 * A point where a fixed point changes its character as parameters vary, located to solver
 * precision: a {@link Kind#HOPF} point (the trace of a 2-D Jacobian crosses zero with a positive
 * determinant: a complex pair crosses the imaginary axis and a limit cycle is born) or a
 * {@link Kind#SADDLE_NODE} (fold: two fixed points meet and vanish, the Jacobian is singular).
 *
 * @param kind which bifurcation
 * @param parameterNames the scanned parameters
 * @param parameters their values at the point
 * @param fixedPoint the fixed point there, with its Jacobian and eigenvalues
 */
public record BifurcationPoint(Kind kind, List<String> parameterNames, double[] parameters,
    FixedPoint fixedPoint) {
  /** The kinds of bifurcation the scans locate. */
  public enum Kind {
    HOPF("Hopf"),
    SADDLE_NODE("saddle-node");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  public BifurcationPoint {
    parameterNames = List.copyOf(parameterNames);
    parameters = parameters.clone();
  }

  /** A parameter's value, by name. */
  public double parameter(String name) {
    int k = parameterNames.indexOf(name);
    if (k < 0) {
      throw new IllegalArgumentException("no parameter '" + name + "'; parameters: "
          + parameterNames);
    }
    return parameters[k];
  }

  /** At a Hopf point, the angular frequency {@code sqrt(det J)} of the cycle born there. */
  public double frequency() {
    double[] im = fixedPoint.eigenvalues().imag();
    return Math.abs(im[im.length - 1]);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(kind.label()).append(" at ");
    for (int k = 0; k < parameters.length; k++) {
      s.append(parameterNames.get(k)).append('=').append(parameters[k]).append(", ");
    }
    for (int i = 0; i < fixedPoint.names().size(); i++) {
      s.append(fixedPoint.names().get(i)).append('=').append(fixedPoint.get(i)).append(", ");
    }
    s.setLength(s.length() - 2);
    if (kind == Kind.HOPF) {
      s.append(String.format(Locale.ROOT, " (frequency %.6g)", frequency()));
    }
    return s.toString();
  }
}
