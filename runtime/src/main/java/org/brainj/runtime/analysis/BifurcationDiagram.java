package org.brainj.runtime.analysis;

import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.analysis.BifurcationPoint.Kind;

/**
 * The result of a bifurcation scan (BrainPy's {@code plot_bifurcation} returns the same as a
 * dict): the fixed points with their stability at every parameter value, and, located precisely,
 * the Hopf and saddle-node points. Co-dimension 1 also has the {@link #branches()}; co-dimension 2
 * has the {@link #curves()} of bifurcation points in the parameter plane.
 */
public final class BifurcationDiagram {
  private final List<String> parameterNames;
  private final List<String> variableNames;
  private final List<ParameterPoint> points;
  private final List<Branch> branches;
  private final List<BifurcationPoint> bifurcationPoints;
  private final List<BifurcationCurve> curves;

  BifurcationDiagram(List<String> parameterNames, List<String> variableNames,
      List<ParameterPoint> points, List<Branch> branches,
      List<BifurcationPoint> bifurcationPoints, List<BifurcationCurve> curves) {
    this.parameterNames = List.copyOf(parameterNames);
    this.variableNames = List.copyOf(variableNames);
    this.points = List.copyOf(points);
    this.branches = List.copyOf(branches);
    this.bifurcationPoints = List.copyOf(bifurcationPoints);
    this.curves = List.copyOf(curves);
  }

  /** The scanned parameters (1 or 2). */
  public List<String> parameterNames() {
    return parameterNames;
  }

  /** The analysed variables. */
  public List<String> variableNames() {
    return variableNames;
  }

  /** The co-dimension: the number of scanned parameters. */
  public int codimension() {
    return parameterNames.size();
  }

  /** Every scanned parameter point with its fixed points (the first parameter varies slowest). */
  public List<ParameterPoint> points() {
    return points;
  }

  /** The branches of fixed points (co-dimension 1; empty for 2). */
  public List<Branch> branches() {
    return branches;
  }

  /** Every located bifurcation point, by increasing parameters. */
  public List<BifurcationPoint> bifurcationPoints() {
    return bifurcationPoints;
  }

  /** The located bifurcation points of one kind. */
  public List<BifurcationPoint> bifurcationPoints(Kind kind) {
    List<BifurcationPoint> out = new ArrayList<>();
    for (BifurcationPoint p : bifurcationPoints) {
      if (p.kind() == kind) {
        out.add(p);
      }
    }
    return out;
  }

  /** The curves of bifurcation points in the parameter plane (co-dimension 2; empty for 1). */
  public List<BifurcationCurve> curves() {
    return curves;
  }

  @Override
  public String toString() {
    return "BifurcationDiagram[" + parameterNames + " x " + variableNames + ", " + points.size()
        + " parameter points, " + branches.size() + " branches, " + bifurcationPoints.size()
        + " bifurcation points]";
  }
}
