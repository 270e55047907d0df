package org.brainj.runtime.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brainj.runtime.analysis.fixedpoint.FixedPointFinder;
import org.brainj.runtime.ode.Odeint;
import org.brainj.runtime.ode.VectorField;

/**
 * The settings every analysis shares (BrainPy's {@code fixed_vars}, {@code pars_update},
 * {@code numerical_resolution} and {@code options}), for the builders of {@link PhasePlane},
 * {@link Bifurcation} and {@link FastSlowBifurcation}.
 *
 * @param <B> the concrete builder
 */
public abstract class AnalysisBuilder<B extends AnalysisBuilder<B>> {
  final VectorField system;
  final Map<String, Double> fixedVars = new LinkedHashMap<>();
  final Map<String, Double> parsUpdate = new LinkedHashMap<>();
  final Resolutions resolutions = new Resolutions();
  String method = "rk4";
  double dt = 0.01;
  FixedPointFinder.Options finderOptions = FixedPointFinder.Options.DEFAULT;
  int width = 800;
  int height = 600;

  AnalysisBuilder(VectorField system) {
    this.system = Objects.requireNonNull(system, "system");
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Holds a variable at a value (BrainPy's {@code fixed_vars}). */
  public B fixedVar(String name, double value) {
    checkVariable(name, "fixed variable");
    fixedVars.put(name, finite("fixed variable '" + name + "'", value));
    return self();
  }

  /** {@link #fixedVar} for each entry. */
  public B fixedVars(Map<String, ? extends Number> values) {
    values.forEach((k, v) -> fixedVar(k, v.doubleValue()));
    return self();
  }

  /** Sets a parameter of the system for the analysis (BrainPy's {@code pars_update}). */
  public B parsUpdate(String name, double value) {
    checkParameter(name, "parameter");
    parsUpdate.put(name, finite("parameter '" + name + "'", value));
    return self();
  }

  /** {@link #parsUpdate(String, double)} for each entry. */
  public B parsUpdate(Map<String, ? extends Number> values) {
    values.forEach((k, v) -> parsUpdate(k, v.doubleValue()));
    return self();
  }

  /**
   * The grid step of every variable and parameter (default 0.1, BrainPy's): the fixed-point
   * search evaluates the field on this grid, a bifurcation analysis visits each parameter value.
   */
  public B resolution(double step) {
    resolutions.all(step);
    return self();
  }

  /** The grid step of one variable or parameter. */
  public B resolution(String name, double step) {
    resolutions.of(Objects.requireNonNull(name, "name"), step);
    return self();
  }

  /** Explicit grid points for one variable or parameter (strictly increasing, within its range). */
  public B resolution(String name, double[] points) {
    resolutions.of(Objects.requireNonNull(name, "name"), points);
    return self();
  }

  /** The integration method of simulations (trajectories, limit cycles); default {@code rk4}. */
  public B method(String method) {
    if (!Odeint.SUPPORTED_METHODS.contains(method)) {
      throw new IllegalArgumentException("unknown integration method '" + method
          + "'; supported: " + String.join(", ", Odeint.SUPPORTED_METHODS));
    }
    this.method = method;
    return self();
  }

  /** The time step of simulations; default 0.01. */
  public B dt(double dt) {
    if (!(dt > 0) || Double.isInfinite(dt)) {
      throw new IllegalArgumentException("dt must be positive, got " + dt);
    }
    this.dt = dt;
    return self();
  }

  /** Tolerances of the fixed-point search and of the stability classification. */
  public B options(FixedPointFinder.Options options) {
    this.finderOptions = Objects.requireNonNull(options, "options");
    return self();
  }

  /** The size of the figures in pixels (default 800 x 600). */
  public B figureSize(int width, int height) {
    if (width < 100 || height < 100) {
      throw new IllegalArgumentException("a figure needs at least 100 x 100 pixels, got "
          + width + " x " + height);
    }
    this.width = width;
    this.height = height;
    return self();
  }

  // ------------------------------------------------------------------ checks for subclasses

  void checkVariable(String name, String role) {
    Objects.requireNonNull(name, role + " name");
    if (!system.names().contains(name)) {
      throw new IllegalArgumentException(Names.of(system) + " has no variable '" + name
          + "' (" + role + "); variables: " + system.names());
    }
  }

  void checkParameter(String name, String role) {
    Objects.requireNonNull(name, role + " name");
    if (!system.parameterNames().contains(name)) {
      throw new IllegalArgumentException(Names.of(system) + " has no parameter '" + name
          + "' (" + role + "); parameters: " + system.parameterNames());
    }
  }

  static double finite(String what, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(what + " must be finite, got " + v);
    }
    return v;
  }

  /** Rejects a name used in two roles, and resolutions for names the analysis does not know. */
  void checkRoles(Map<String, String> roles) {
    for (String name : fixedVars.keySet()) {
      String role = roles.get(name);
      if (role != null) {
        throw new IllegalArgumentException("'" + name + "' is both a fixed variable and a "
            + role);
      }
    }
    for (String name : parsUpdate.keySet()) {
      String role = roles.get(name);
      if (role != null) {
        throw new IllegalArgumentException("'" + name + "' is both in parsUpdate and a " + role);
      }
    }
    for (String name : resolutions.named()) {
      if (!roles.containsKey(name)) {
        throw new IllegalArgumentException("a resolution is given for '" + name + "', which is"
            + " not analysed; analysed: " + List.copyOf(roles.keySet()));
      }
    }
  }

  /** Adds a range for a name, rejecting a second one. */
  static void putRange(Map<String, Range> ranges, Range r, String role) {
    if (ranges.containsKey(r.name())) {
      throw new IllegalArgumentException("'" + r.name() + "' is given twice as a " + role);
    }
    ranges.put(r.name(), r);
  }

  Settings settings() {
    // insertion order kept: titles list the parameters as they were given
    return new Settings(system, Collections.unmodifiableMap(new LinkedHashMap<>(fixedVars)),
        Collections.unmodifiableMap(new LinkedHashMap<>(parsUpdate)), resolutions.copy(), method,
        dt, finderOptions, width, height);
  }
}
