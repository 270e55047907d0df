package org.brainj.models.systems;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Methods;
import org.brainj.annotations.OdeSystem;
import org.brainj.annotations.Param;
import org.brainj.annotations.Var;

/**
 * The FitzHugh-Nagumo equations as a standalone system, manual 2.1.3 ({@code @bp.odeint(dt=0.01)}
 * on {@code integral(V, w, t, Iext, a, b, tau)}); the processor generates {@code FHNSystem}.
 *
 * <pre>
 *   dV/dt     = V - V^3 / 3 - w + Iext
 *   tau dw/dt = V + a - b w
 * </pre>
 *
 * <p>Defaults are the manual's: {@code a = 0.7}, {@code b = 0.8}, {@code tau = 12.5},
 * {@code Iext = 1}, the start {@code V = w = 0}, forward Euler (the manual's default method;
 * use {@code dt = 0.01} as it does). At {@code Iext = 0.8} (manual 4.1) the only fixed point,
 * {@code (V, w) = (-0.27290, 0.53387)}, is an unstable node inside a limit cycle; the Hopf
 * bifurcation is at {@code Iext = 0.33128}.
 *
 * <p>The neuron model {@link org.brainj.models.FHN} has the same equations plus an input
 * accumulator and spike detection; with no input its group steps these same bits.
 */
@OdeSystem
public class FHN {
  @Param("offset of the recovery nullcline")
  double a = 0.7;

  @Param("self-decay of the recovery variable")
  double b = 0.8;

  @Param("time scale of the recovery variable")
  double tau = 12.5;

  @Param("constant external current")
  double Iext = 1;

  @Var("voltage-like variable")
  double V = 0;

  @Var("recovery variable")
  double w = 0;

  @Derivative(method = Methods.EULER)
  double dV() {
    return V - V * V * V / 3 - w + Iext;
  }

  @Derivative(method = Methods.EULER)
  double dw() {
    return (V + a - b * w) / tau;
  }
}
