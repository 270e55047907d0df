package org.brainj.runtime.analysis;

import java.util.Map;
import org.brainj.runtime.analysis.fixedpoint.FixedPointFinder;
import org.brainj.runtime.ode.Odeint;
import org.brainj.runtime.ode.VectorField;

/** A snapshot of an {@link AnalysisBuilder}'s settings. */
record Settings(VectorField system, Map<String, Double> fixedVars,
    Map<String, Double> parsUpdate, Resolutions resolutions, String method, double dt,
    FixedPointFinder.Options finderOptions, int width, int height) {

  SystemSession open() {
    return SystemSession.open(system, parsUpdate);
  }

  FixedPointFinder finder() {
    return new FixedPointFinder(finderOptions);
  }

  Odeint integrator(VectorField field) {
    return Odeint.of(field).method(method).dt(dt);
  }
}
