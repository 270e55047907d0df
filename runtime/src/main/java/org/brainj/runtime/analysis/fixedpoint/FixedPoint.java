package org.brainj.runtime.analysis.fixedpoint;

import java.util.List;
import java.util.Locale;
import org.brainj.runtime.analysis.stability.Eigenvalues;
import org.brainj.runtime.analysis.stability.Stability;
import org.brainj.runtime.analysis.stability.StabilityType;

/**
 * An equilibrium of the analysed variables, {@code f(x*) = 0}, with its Jacobian, eigenvalues and
 * {@link StabilityType}.
 */
public final class FixedPoint {
  private final List<String> names;
  private final double[] state;
  private final double[][] jacobian;
  private final Eigenvalues eigenvalues;
  private final StabilityType type;

  /** A fixed point at {@code state} (in the order of {@code names}) with its Jacobian there. */
  public FixedPoint(List<String> names, double[] state, double[][] jacobian, StabilityType type) {
    if (names.size() != state.length || jacobian.length != state.length) {
      throw new IllegalArgumentException("a fixed point of " + names + " needs " + names.size()
          + " coordinates and a " + names.size() + " x " + names.size() + " Jacobian");
    }
    this.names = List.copyOf(names);
    this.state = state.clone();
    this.jacobian = new double[jacobian.length][];
    for (int i = 0; i < jacobian.length; i++) {
      this.jacobian[i] = jacobian[i].clone();
    }
    this.eigenvalues = Eigenvalues.of(this.jacobian);
    this.type = type;
  }

  /** Classifies the point with {@link Stability#stabilityAnalysis(double[][], double)}. */
  public static FixedPoint classify(List<String> names, double[] state, double[][] jacobian,
      double tolerance) {
    return new FixedPoint(names, state, jacobian,
        Stability.stabilityAnalysis(jacobian, tolerance));
  }

  /** The variables' names. */
  public List<String> names() {
    return names;
  }

  /** The coordinates, in the order of {@link #names()} (a copy). */
  public double[] state() {
    return state.clone();
  }

  /** Coordinate {@code i}. */
  public double get(int i) {
    return state[i];
  }

  /** The coordinate of a variable, by name. */
  public double value(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("the fixed point has no variable '" + name
          + "'; variables: " + names);
    }
    return state[i];
  }

  /** The Jacobian at the point (a copy). */
  public double[][] jacobian() {
    double[][] out = new double[jacobian.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = jacobian[i].clone();
    }
    return out;
  }

  /** The Jacobian's eigenvalues. */
  public Eigenvalues eigenvalues() {
    return eigenvalues;
  }

  /** The stability type. */
  public StabilityType type() {
    return type;
  }

  /** Whether the point is asymptotically stable. */
  public boolean isStable() {
    return type.isStable();
  }

  /** BrainPy's line: {@code V=-0.27290095899729705, w=0.5338738012533786 is a unstable node}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < state.length; i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(names.get(i)).append('=').append(state[i]);
    }
    return s.append(String.format(Locale.ROOT, " is a %s", type.label())).toString();
  }
}
