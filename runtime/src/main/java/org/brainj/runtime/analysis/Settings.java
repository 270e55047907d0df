package org.brainj.runtime.analysis;

import java.util.Map;
import java.util.function.Supplier;
import org.brainj.runtime.analysis.fixedpoint.FixedPointFinder;
import org.brainj.runtime.ode.Odeint;
import org.brainj.runtime.ode.VectorField;

/** A snapshot of an {@link AnalysisBuilder}'s settings. */
record Settings(VectorField system, Map<String, Double> fixedVars,
    Map<String, Double> parsUpdate, Resolutions resolutions, String method, double dt,
    FixedPointFinder.Options finderOptions, int width, int height) {

  /**
   * Runs {@code body} with {@code parsUpdate} set on the system, restoring the system's own
   * parameter values afterwards, even when {@code body} throws.
   */
  <T> T withParameters(Supplier<T> body) {
    SystemSession session = SystemSession.open(system, parsUpdate);
    try {
      return body.get();
    } finally {
      session.restore();
    }
  }

  FixedPointFinder finder() {
    return new FixedPointFinder(finderOptions);
  }

  Odeint integrator(VectorField field) {
    return Odeint.of(field).method(method).dt(dt);
  }
}
