package org.brainj.annotations;

/**
 * Calls that have a meaning inside the methods of a model class and are compiled away by the
 * BrainJ processor. Import them statically: {@code import static org.brainj.annotations.Dsl.*;}.
 *
 * <p>They exist so that model classes are ordinary Java that an IDE type-checks; calling them
 * outside generated code is a mistake and throws.
 */
public final class Dsl {
  private Dsl() {}

  /**
   * Advances the given state variables by one time step, in place, with their {@link Derivative}s
   * and methods, <em>jointly</em>: every Runge-Kutta stage is computed for all of them together
   * (BrainPy's {@code JointEq}). All of them must use the same method. Use as a statement:
   * {@code integrate(V, m, h, n);}
   */
  public static void integrate(double... stateVariables) {
    throw outsideModel("integrate");
  }

  /**
   * Advances each given state variable by one time step, in place, on its own: each one's
   * integrator sees the others at their values from before this call. Use as a statement:
   * {@code integrateEach(ge, gi);}
   */
  public static void integrateEach(double... stateVariables) {
    throw outsideModel("integrateEach");
  }

  /**
   * A uniform random number in [0, 1) from the counter-based generator: reproducible from the
   * group's seed, the time step, the neuron and the call site, on every backend and thread count.
   */
  public static double rand() {
    throw outsideModel("rand");
  }

  /** A standard normal random number from the counter-based generator (see {@link #rand()}). */
  public static double randn() {
    throw outsideModel("randn");
  }

  private static IllegalStateException outsideModel(String call) {
    return new IllegalStateException(
        call + "() is BrainJ model DSL: it only has a meaning inside a model method compiled by the"
            + " BrainJ annotation processor (is the processor on the annotation processor path?)");
  }
}
