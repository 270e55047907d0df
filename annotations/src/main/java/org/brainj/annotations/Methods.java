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
}
