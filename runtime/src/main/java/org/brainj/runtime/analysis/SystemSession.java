package org.brainj.runtime.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.brainj.runtime.ode.VectorField;

/**
 * The system's parameter values before an analysis applied its own ({@code pars_update}), to put
 * back afterwards ({@link Settings#withParameters}), so the system an analysis is given is
 * unchanged between calls.
 */
final class SystemSession {
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

  /** Puts the system's own values back. */
  void restore() {
    saved.forEach(system::setParameter);
  }
}
