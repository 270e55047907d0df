package org.brainj.runtime.ode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A system of ordinary differential equations {@code dx/dt = f(x, t)} with named state variables
 * and named parameters: what analyses (phase planes, fixed points, bifurcations) take. Classes
 * generated from {@code @OdeSystem} models implement it with an exact {@link #jacobian}; for a
 * lambda, {@link #of} gives one with a finite-difference Jacobian.
 *
 * <p>State arrays hold the variables in the order of {@link #names()}.
 */
public interface VectorField {
  /** The number of state variables. */
  int dimension();

  /** The state variables' names, in state order. */
  List<String> names();

  /** Writes {@code f(state, t)}, the time derivative of every state variable, into {@code out}. */
  void derivative(double[] state, double t, double[] out);

  /**
   * Writes the Jacobian {@code out[i][j] = d f_i / d state[j]} at {@code (state, t)}. Generated
   * systems compute it exactly (symbolic differentiation); this default uses central finite
   * differences ({@link FiniteDifferences#jacobian}), accurate to about 1e-10 relative to the
   * scale of {@code f}.
   */
  default void jacobian(double[] state, double t, double[][] out) {
    FiniteDifferences.jacobian(this::derivative, state, t, out);
  }

  /** {@link #derivative(double[], double, double[])} into a new array. */
  default double[] derivative(double[] state, double t) {
    double[] out = new double[dimension()];
    derivative(state, t, out);
    return out;
  }

  /** {@link #jacobian(double[], double, double[][])} into a new matrix. */
  default double[][] jacobian(double[] state, double t) {
    double[][] out = new double[dimension()][dimension()];
    jacobian(state, t, out);
    return out;
  }

  /** The parameters' names; none by default. */
  default List<String> parameterNames() {
    return List.of();
  }

  /** A parameter's value, by name. */
  default double parameter(String name) {
    throw new IllegalArgumentException(getClass().getSimpleName() + " has no parameter '" + name
        + "'; parameters: " + parameterNames());
  }

  /** Sets a parameter, by name (an analysis varies one this way). */
  default void setParameter(String name, double value) {
    throw new IllegalArgumentException(getClass().getSimpleName() + " has no parameter '" + name
        + "'; parameters: " + parameterNames());
  }

  /** A new state array with the system's initial values (zeros by default). */
  default double[] initialState() {
    return new double[dimension()];
  }

  /** The index of a state variable in state arrays. */
  default int indexOf(String name) {
    int i = names().indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(getClass().getSimpleName() + " has no state variable '"
          + name + "'; variables: " + names());
    }
    return i;
  }

  /**
   * A vector field from a lambda {@code (t, y, dydt) -> ...} with the given variable names; its
   * Jacobian is by finite differences.
   */
  static VectorField of(Odeint.Rhs f, String... names) {
    Objects.requireNonNull(f, "f");
    if (names.length == 0) {
      throw new IllegalArgumentException("VectorField.of: name at least one state variable");
    }
    List<String> list = List.copyOf(new ArrayList<>(List.of(names)));
    if (list.stream().distinct().count() != list.size()) {
      throw new IllegalArgumentException("VectorField.of: duplicate names in " + list);
    }
    return new VectorField() {
      @Override
      public int dimension() {
        return list.size();
      }

      @Override
      public List<String> names() {
        return list;
      }

      @Override
      public void derivative(double[] state, double t, double[] out) {
        f.derivative(t, state, out);
      }

      @Override
      public String toString() {
        return "VectorField" + list;
      }
    };
  }
}
