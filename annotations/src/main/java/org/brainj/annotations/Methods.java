package org.brainj.annotations;

/**
 * Keywords of the integration methods, as BrainPy names them (manual 11.1, 15.1.1). Each explicit
 * Runge-Kutta method is a Butcher tableau held as data by the processor.
 */
public final class Methods {
  private Methods() {}

  public static final String EULER = "euler";
  public static final String MIDPOINT = "midpoint";
  public static final String HEUN2 = "heun2";
  public static final String RALSTON2 = "ralston2";
  public static final String RK2 = "rk2";
  public static final String RK3 = "rk3";
  public static final String HEUN3 = "heun3";
  public static final String RALSTON3 = "ralston3";
  public static final String SSPRK3 = "ssprk3";
  public static final String RK4 = "rk4";
  public static final String RALSTON4 = "ralston4";
  public static final String RK4_38RULE = "rk4_38rule";

  // Embedded pairs (manual 11.2, 15.1.2). Used like any Runge-Kutta method they propagate the
  // higher-order weights (as BrainPy does); with @Derivative(adaptive = true) the difference of
  // the two weight rows estimates the local error and controls the step size.

  /** Runge-Kutta-Fehlberg 4(5): 6 stages, propagates the fifth-order solution. */
  public static final String RKF45 = "rkf45";
  /** Fehlberg 1(2): 3 stages, propagates the second-order solution. */
  public static final String RKF12 = "rkf12";
  /** Dormand-Prince 5(4): 7 stages (6 in fixed-step use), propagates the fifth-order solution. */
  public static final String RKDP = "rkdp";
  /** Cash-Karp 4(5): 6 stages, propagates the fifth-order solution. */
  public static final String CK = "ck";
  /** Bogacki-Shampine 3(2): 4 stages (3 in fixed-step use), propagates the third-order solution. */
  public static final String BS = "bs";
  /** Heun-Euler 2(1): 2 stages, propagates Heun's second-order solution. */
  public static final String HEUN_EULER = "heun_euler";

  /** The methods that can be used with {@code @Derivative(adaptive = true)}. */
  public static final java.util.List<String> ADAPTIVE =
      java.util.List.of(RKF45, RKF12, RKDP, CK, BS, HEUN_EULER);

  /**
   * Exponential Euler (manual 11.3): the processor differentiates the derivative symbolically to
   * get its linear part {@code A = df/dx} and steps {@code x + dt * phi(dt A) * f(x)} with
   * {@code phi(z) = (e^z - 1) / z}; exact for linear equations, stable for stiff gating variables.
   * In a joint {@code integrate}, each variable is linearised in itself with the others held at
   * the step's start.
   */
  public static final String EXP_EULER = "exp_euler";

  /** BrainPy's long name of {@link #EXP_EULER}. */
  public static final String EXPONENTIAL_EULER = "exponential_euler";

  /** BrainPy 2.x's {@code exp_auto}: exponential Euler with the linear part found automatically. */
  public static final String EXP_AUTO = "exp_auto";

  // SDE methods (manual 12, 15.2), for variables with a @Diffusion. EULER and EXPONENTIAL_EULER
  // (or EXP_EULER) are also SDE methods.

  /** Stochastic Heun (Stratonovich only): predictor x + f dt + g dW, trapezoidal corrector. */
  public static final String HEUN = "heun";
  /**
   * Derivative-free Milstein (Kloeden-Platen's Runge-Kutta form, as BrainPy): the Milstein term
   * {@code g g' (dW^2 - dt) / 2} (Ito; Stratonovich without {@code - dt}) from
   * {@code (g(x + f dt + g sqrt(dt)) - g(x)) / sqrt(dt)}.
   */
  public static final String MILSTEIN = "milstein";
  /** Roessler's SRI1W1 strong SRK scheme (Ito, scalar Wiener). */
  public static final String SRK1W1_SCALAR = "srk1w1_scalar";
  /** Roessler's SRI2W1 strong SRK scheme (Ito, scalar Wiener). */
  public static final String SRK2W1_SCALAR = "srk2w1_scalar";
  /** Kloeden-Platen's order 1.0 strong SRK scheme (Ito, scalar Wiener). */
  public static final String KLPL_SCALAR = "KlPl_scalar";

  /** {@code @Derivative(sdeIntegral = ITO)}: the Ito integral (default). */
  public static final String ITO = "ito";
  /** {@code @Derivative(sdeIntegral = STRATONOVICH)}: the Stratonovich integral. */
  public static final String STRATONOVICH = "stratonovich";
  /** {@code @Derivative(wienerType = SCALAR_WIENER)}: one Wiener process shared (default). */
  public static final String SCALAR_WIENER = "scalar";
  /** {@code @Derivative(wienerType = VECTOR_WIENER)}: an independent Wiener process per variable. */
  public static final String VECTOR_WIENER = "vector";

  /**
   * The SDE methods and the integrals and Wiener types each supports (the manual's table,
   * chapter 12): method -> {integrals, wiener types}.
   */
  public static final java.util.Map<String, java.util.List<java.util.List<String>>> SDE_METHODS =
      sdeMethods();

  private static java.util.Map<String, java.util.List<java.util.List<String>>> sdeMethods() {
    var both = java.util.List.of(ITO, STRATONOVICH);
    var ito = java.util.List.of(ITO);
    var strat = java.util.List.of(STRATONOVICH);
    var any = java.util.List.of(SCALAR_WIENER, VECTOR_WIENER);
    var scalar = java.util.List.of(SCALAR_WIENER);
    var m = new java.util.LinkedHashMap<String, java.util.List<java.util.List<String>>>();
    m.put(SRK1W1_SCALAR, java.util.List.of(ito, scalar));
    m.put(SRK2W1_SCALAR, java.util.List.of(ito, scalar));
    m.put(KLPL_SCALAR, java.util.List.of(ito, scalar));
    m.put(EULER, java.util.List.of(both, any));
    m.put(HEUN, java.util.List.of(strat, any));
    m.put(MILSTEIN, java.util.List.of(both, any));
    m.put(EXPONENTIAL_EULER, java.util.List.of(ito, any));
    m.put(EXP_EULER, java.util.List.of(ito, any));
    return java.util.Collections.unmodifiableMap(m);
  }
}
