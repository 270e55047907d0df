package org.brainj.models.systems;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Methods;
import org.brainj.annotations.OdeSystem;
import org.brainj.annotations.Param;
import org.brainj.annotations.Var;

/**
 * The Hindmarsh-Rose equations as a standalone system, as in the manual's fast-slow analysis
 * (chapter 4.3); the processor generates {@code HindmarshRoseSystem}.
 *
 * <pre>
 *   dx/dt = y - a x^3 + b x^2 - z + Isyn
 *   dy/dt = c - d x^2 - y
 *   dz/dt = r (s (x - xR) - z)
 * </pre>
 *
 * <p>Defaults are the manual's: {@code a = 1}, {@code b = 3}, {@code c = 1}, {@code d = 5},
 * {@code s = 4}, {@code xR = -1.6}, {@code r = 0.001}, {@code Isyn = 0.5}, start
 * {@code (x, y, z) = (1, 0, 0)}, {@code rk4} (the manual uses {@code dt = 0.02}). The fast
 * subsystem's equilibria for a frozen {@code z} are the roots of
 * {@code a x^3 + (d - b) x^2 + z - c - Isyn = 0} with {@code y = c - d x^2}. Bursting needs a
 * larger current ({@code Isyn} about 2 to 3); with the default the model is quiescent.
 *
 * <p>The expressions are those of the neuron model {@link org.brainj.models.HindmarshRose}
 * without its input accumulator.
 */
@OdeSystem
public class HindmarshRose {
  @Param("cubic coefficient of the fast variable")
  double a = 1;

  @Param("quadratic coefficient of the fast variable")
  double b = 3;

  @Param("constant drive of the recovery variable")
  double c = 1;

  @Param("quadratic coupling of x into the recovery variable")
  double d = 5;

  @Param("strength of the adaptation")
  double s = 4;

  @Param("resting value of x for the adaptation (BrainPy x_r)")
  double xR = -1.6;

  @Param("speed of the slow variable")
  double r = 0.001;

  @Param("constant external current")
  double Isyn = 0.5;

  @Var("membrane potential")
  double x = 1;

  @Var("recovery variable")
  double y = 0;

  @Var("slow adaptation variable")
  double z = 0;

  @Derivative(method = Methods.RK4)
  double dx() {
    return y - a * x * x * x + b * x * x - z + Isyn;
  }

  @Derivative(method = Methods.RK4)
  double dy() {
    return c - d * x * x - y;
  }

  @Derivative(method = Methods.RK4)
  double dz() {
    return r * (s * (x - xR) - z);
  }
}
