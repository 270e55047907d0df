package org.brainj.runtime.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.brainj.runtime.ode.VectorField;

/**
 * Applies an analysis's parameter values ({@code pars_update}) to the system for the duration of a
 * computation and restores the system's own values afterwards, so the system an analysis is given
 * is unchanged between calls.
 */
final class SystemSession implements AutoCloseable {
  private final VectorField system;
  private final Map<String, Double> saved = new LinkedHashMap<>();

  private SystemSession(VectorField system) {
    this.system = system;
    for (String p : system.parameterNames()) {
      saved.put(p, system.parameter(p));
    }
  }

  static SystemSession open(VectorField system, Map<String, Double> values) {
    SystemSession s = new SystemSession(system);
    values.forEach(system::setParameter);
    return s;
  }

  @Override
  public void close() {
    saved.forEach(system::setParameter);
  }
}
