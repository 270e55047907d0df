package org.brainj.runtime.analysis;

import org.brainj.runtime.ode.VectorField;

/** How messages name a system. */
final class Names {
  private Names() {}

  static String of(VectorField system) {
    if (system instanceof LambdaSystem lambda) {
      return lambda.name();
    }
    String simple = system.getClass().getSimpleName();
    return simple.isEmpty() ? system.toString() : simple;
  }
}
