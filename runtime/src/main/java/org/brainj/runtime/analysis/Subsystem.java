package org.brainj.runtime.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainj.runtime.analysis.fixedpoint.ReducedField;
import org.brainj.runtime.ode.VectorField;

/**
 * Some variables of a system with the others frozen (BrainPy's {@code fixed_vars}, and the slow
 * variables of a fast-slow analysis): a {@link VectorField} of its own for simulations, and a
 * {@link ReducedField} (autonomous, {@code t = 0}) for the fixed-point search. Frozen variables
 * can be changed like parameters ({@link #set}). Not thread-safe.
 */
final class Subsystem implements VectorField, ReducedField {
  private final VectorField system;
  private final List<String> names;
  private final int[] index;
  private final double[] full;
  private final double[] fullOut;
  private final double[][] fullJacobian;

  /**
   * The variables {@code names} of {@code system}; {@code frozen} gives every other variable's
   * value.
   */
  Subsystem(VectorField system, List<String> names, Map<String, Double> frozen) {
    this.system = system;
    this.names = List.copyOf(names);
    int n = system.dimension();
    this.index = new int[names.size()];
    for (int k = 0; k < index.length; k++) {
      index[k] = system.indexOf(names.get(k));
    }
    this.full = new double[n];
    this.fullOut = new double[n];
    this.fullJacobian = new double[n][n];
    List<String> missing = new ArrayList<>();
    for (String v : system.names()) {
      if (names.contains(v)) {
        continue;
      }
      Double value = frozen.get(v);
      if (value == null) {
        missing.add(v);
      } else {
        full[system.indexOf(v)] = value;
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(Names.of(system) + ": variable(s) " + missing
          + " are neither analysed nor fixed; give their values with fixedVar(name, value)"
          + " (analysed: " + names + ")");
    }
  }

  /** Sets a parameter of the system or the value of a frozen variable. */
  void set(String name, double value) {
    if (system.parameterNames().contains(name)) {
      system.setParameter(name, value);
      return;
    }
    int i = system.names().indexOf(name);
    if (i >= 0 && !names.contains(name)) {
      full[i] = value;
      return;
    }
    throw new IllegalArgumentException(Names.of(system) + " has no parameter or fixed variable '"
        + name + "'; parameters: " + system.parameterNames() + ", variables: "
        + system.names());
  }

  @Override
  public int dimension() {
    return names.size();
  }

  @Override
  public List<String> names() {
    return names;
  }

  @Override
  public void derivative(double[] state, double t, double[] out) {
    for (int k = 0; k < index.length; k++) {
      full[index[k]] = state[k];
    }
    system.derivative(full, t, fullOut);
    for (int k = 0; k < index.length; k++) {
      out[k] = fullOut[index[k]];
    }
  }

  @Override
  public void jacobian(double[] state, double t, double[][] out) {
    for (int k = 0; k < index.length; k++) {
      full[index[k]] = state[k];
    }
    system.jacobian(full, t, fullJacobian);
    for (int a = 0; a < index.length; a++) {
      for (int b = 0; b < index.length; b++) {
        out[a][b] = fullJacobian[index[a]][index[b]];
      }
    }
  }

  @Override
  public void eval(double[] x, double[] out) {
    derivative(x, 0, out);
  }

  @Override
  public void jacobian(double[] x, double[][] out) {
    jacobian(x, 0, out);
  }

  @Override
  public String toString() {
    return Names.of(system) + names;
  }
}
