package org.brainj.runtime.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nullclines of a 2-D phase plane: for each variable {@code v}, the curves where
 * {@code dv/dt = 0}, as polylines whose points lie on the curve to solver precision.
 */
public final class Nullclines {
  private final Map<String, List<Polyline>> curves;

  Nullclines(Map<String, List<Polyline>> curves) {
    Map<String, List<Polyline>> copy = new LinkedHashMap<>();
    curves.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.curves = java.util.Collections.unmodifiableMap(copy);
  }

  /** The variables, in the phase plane's order. */
  public List<String> variables() {
    return List.copyOf(curves.keySet());
  }

  /** The curves where {@code d variable / dt = 0}. */
  public List<Polyline> of(String variable) {
    List<Polyline> c = curves.get(variable);
    if (c == null) {
      throw new IllegalArgumentException("no nullcline of '" + variable + "'; variables: "
          + variables());
    }
    return c;
  }

  /** Every point of the curves of {@code variable}, as {@code {x, y}} pairs. */
  public List<double[]> points(String variable) {
    List<double[]> out = new ArrayList<>();
    for (Polyline p : of(variable)) {
      for (int i = 0; i < p.size(); i++) {
        out.add(new double[] {p.x()[i], p.y()[i]});
      }
    }
    return out;
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    curves.forEach((k, v) -> parts.add(k + ": " + v.size() + " curves"));
    return "Nullclines" + parts;
  }
}
