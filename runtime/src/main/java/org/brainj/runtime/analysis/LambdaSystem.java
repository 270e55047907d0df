package org.brainj.runtime.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brainj.runtime.ode.FiniteDifferences;
import org.brainj.runtime.ode.VectorField;

/**
 * A {@link VectorField} from lambdas with named parameters, for analysing equations that are not
 * an {@code @OdeSystem} class (BrainPy analyses plain {@code @bp.odeint} functions): the
 * parameters can be varied by name ({@code parsUpdate}, {@code targetPar}); the Jacobian is the
 * one given, or central differences ({@link FiniteDifferences}) when none is.
 *
 * <pre>{@code
 * // manual 4.1: int_fhn(V, w, t, Iext) with a, b, tau fixed
 * VectorField fhn = LambdaSystem.builder("V", "w")
 *     .parameter("Iext", 0)
 *     .derivative((t, y, p, dy) -> {
 *       dy[0] = y[0] - y[0] * y[0] * y[0] / 3 - y[1] + p[0];
 *       dy[1] = (y[0] + 0.7 - 0.8 * y[1]) / 12.5;
 *     })
 *     .jacobian((t, y, p, j) -> {               // optional
 *       j[0][0] = 1 - y[0] * y[0]; j[0][1] = -1;
 *       j[1][0] = 1 / 12.5;        j[1][1] = -0.8 / 12.5;
 *     })
 *     .build();
 * }</pre>
 *
 * <p>{@code p} holds the parameters in the order they were declared. Not thread-safe while
 * parameters change.
 */
public final class LambdaSystem implements VectorField {
  /** {@code dydt = f(t, y; p)}. */
  @FunctionalInterface
  public interface Rhs {
    void derivative(double t, double[] y, double[] p, double[] dydt);
  }

  /** {@code jacobian[i][j] = d f_i / d y_j} at {@code (t, y; p)}. */
  @FunctionalInterface
  public interface Jacobian {
    void jacobian(double t, double[] y, double[] p, double[][] jacobian);
  }

  /** Starts a system of the named variables. */
  public static Builder builder(String... variables) {
    return new Builder(variables);
  }

  /** The parts of a {@link LambdaSystem}. */
  public static final class Builder {
    private final List<String> variables;
    private final Map<String, Double> parameters = new LinkedHashMap<>();
    private final Map<String, Double> initial = new LinkedHashMap<>();
    private Rhs rhs;
    private Jacobian jacobian;
    private String name = "LambdaSystem";

    private Builder(String... variables) {
      if (variables.length == 0) {
        throw new IllegalArgumentException("a system needs at least one variable");
      }
      List<String> list = new ArrayList<>();
      for (String v : variables) {
        Objects.requireNonNull(v, "variable name");
        if (list.contains(v)) {
          throw new IllegalArgumentException("variable '" + v + "' is named twice");
        }
        list.add(v);
      }
      this.variables = List.copyOf(list);
    }

    /** Declares a parameter with its default value ({@code p[k]}, k in declaration order). */
    public Builder parameter(String name, double value) {
      Objects.requireNonNull(name, "parameter name");
      if (variables.contains(name) || parameters.containsKey(name)) {
        throw new IllegalArgumentException("'" + name + "' is already a "
            + (variables.contains(name) ? "variable" : "parameter"));
      }
      parameters.put(name, AnalysisBuilder.finite("parameter '" + name + "'", value));
      return this;
    }

    /** The right-hand side (required). */
    public Builder derivative(Rhs rhs) {
      this.rhs = Objects.requireNonNull(rhs, "rhs");
      return this;
    }

    /** The exact Jacobian (optional; central differences without it). */
    public Builder jacobian(Jacobian jacobian) {
      this.jacobian = Objects.requireNonNull(jacobian, "jacobian");
      return this;
    }

    /** A variable's initial value for {@link #initialState()} (default 0). */
    public Builder initial(String variable, double value) {
      if (!variables.contains(variable)) {
        throw new IllegalArgumentException("no variable '" + variable + "'; variables: "
            + variables);
      }
      initial.put(variable, value);
      return this;
    }

    /** The name used in messages and titles. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    public LambdaSystem build() {
      if (rhs == null) {
        throw new IllegalStateException(name + ": give the right-hand side with derivative(...)");
      }
      return new LambdaSystem(this);
    }
  }

  private final String name;
  private final List<String> variables;
  private final List<String> parameterNames;
  private final double[] p;
  private final double[] initial;
  private final Rhs rhs;
  private final Jacobian jacobian;

  private LambdaSystem(Builder b) {
    this.name = b.name;
    this.variables = b.variables;
    this.parameterNames = List.copyOf(b.parameters.keySet());
    this.p = b.parameters.values().stream().mapToDouble(Double::doubleValue).toArray();
    this.initial = new double[variables.size()];
    b.initial.forEach((k, v) -> initial[variables.indexOf(k)] = v);
    this.rhs = b.rhs;
    this.jacobian = b.jacobian;
  }

  @Override
  public int dimension() {
    return variables.size();
  }

  @Override
  public List<String> names() {
    return variables;
  }

  @Override
  public void derivative(double[] state, double t, double[] out) {
    rhs.derivative(t, state, p, out);
  }

  @Override
  public void jacobian(double[] state, double t, double[][] out) {
    if (jacobian != null) {
      jacobian.jacobian(t, state, p, out);
    } else {
      FiniteDifferences.jacobian(this::derivative, state, t, out);
    }
  }

  /** The name used in messages and titles. */
  public String name() {
    return name;
  }

  /** Whether the Jacobian is exact (given) rather than by finite differences. */
  public boolean hasExactJacobian() {
    return jacobian != null;
  }

  @Override
  public List<String> parameterNames() {
    return parameterNames;
  }

  @Override
  public double parameter(String name) {
    return p[index(name)];
  }

  @Override
  public void setParameter(String name, double value) {
    p[index(name)] = value;
  }

  private int index(String parameter) {
    int k = parameterNames.indexOf(parameter);
    if (k < 0) {
      throw new IllegalArgumentException(name + " has no parameter '" + parameter
          + "'; parameters: " + parameterNames);
    }
    return k;
  }

  @Override
  public double[] initialState() {
    return initial.clone();
  }

  @Override
  public String toString() {
    return name + variables;
  }
}
