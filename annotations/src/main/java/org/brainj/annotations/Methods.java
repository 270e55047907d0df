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
}
