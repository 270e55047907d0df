package org.brainj.models.systems;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Methods;
import org.brainj.annotations.OdeSystem;
import org.brainj.annotations.Param;
import org.brainj.annotations.Var;

/**
 * The Hodgkin-Huxley equations as a standalone system, manual 2.1.4 ({@code @bp.odeint(method=
 * 'rk4', dt=0.01)} on {@code integral(V, m, h, n, t, Iext, gNa, ENa, gK, EK, gL, EL, C)}); the
 * processor generates {@code HHSystem}.
 *
 * <pre>
 *   C dV/dt = -gNa m^3 h (V - ENa) - gK n^4 (V - EK) - gL (V - EL) + Iext
 *   dx/dt   = alpha_x(V) (1 - x) - beta_x(V) x          for x = m, h, n
 *   alpha_m = 0.1 (V + 40) / (1 - exp(-(V + 40) / 10))    beta_m = 4 exp(-(V + 65) / 18)
 *   alpha_h = 0.07 exp(-(V + 65) / 20)                    beta_h = 1 / (1 + exp(-(V + 35) / 10))
 *   alpha_n = 0.01 (V + 55) / (1 - exp(-(V + 55) / 10))   beta_n = 0.125 exp(-(V + 65) / 80)
 * </pre>
 *
 * <p>Parameters are the manual's ({@code Iext = 10}, {@code ENa = 50}, {@code EK = -77},
 * {@code EL = -54.387}, {@code C = 1}, {@code gNa = 120}, {@code gK = 36}, {@code gL = 0.03}),
 * integrated jointly with {@code rk4}. The initial state is the usual resting one
 * ({@code V = -65}, {@code m = 0.05}, {@code h = 0.6}, {@code n = 0.32}); the manual's loop
 * starts from {@code V = m = h = n = 0} instead (pass that state to start there).
 *
 * <p>The expressions are those of the neuron model {@link org.brainj.models.HH} (with
 * {@code Iext} in place of its input accumulator), so a group driven by a constant input steps
 * the same bits.
 */
@OdeSystem
public class HH {
  @Param("external current, uA/cm^2")
  double Iext = 10;

  @Param("sodium reversal potential, mV")
  double ENa = 50;

  @Param("potassium reversal potential, mV")
  double EK = -77;

  @Param("leak reversal potential, mV")
  double EL = -54.387;

  @Param("membrane capacitance, uF/cm^2")
  double C = 1;

  @Param("maximal sodium conductance, mS/cm^2")
  double gNa = 120;

  @Param("maximal potassium conductance, mS/cm^2")
  double gK = 36;

  @Param("leak conductance, mS/cm^2")
  double gL = 0.03;

  @Var("membrane potential, mV")
  double V = -65;

  @Var("sodium activation")
  double m = 0.05;

  @Var("sodium inactivation")
  double h = 0.6;

  @Var("potassium activation")
  double n = 0.32;

  @Derivative(method = Methods.RK4)
  double dV() {
    double iNa = gNa * m * m * m * h * (V - ENa);
    double iK = gK * n * n * n * n * (V - EK);
    double iLeak = gL * (V - EL);
    return (-iNa - iK - iLeak + Iext) / C;
  }

  @Derivative(method = Methods.RK4)
  double dm() {
    // x / (1 - e^-x)-type rates are 0/0 where x = 0: their limit there (a float run lands on
    // it exactly now and then)
    double alphaM = V + 40 == 0 ? 1.0 : 0.1 * (V + 40) / (1 - Math.exp(-(V + 40) / 10));
    double betaM = 4.0 * Math.exp(-(V + 65) / 18);
    return alphaM * (1 - m) - betaM * m;
  }

  @Derivative(method = Methods.RK4)
  double dh() {
    double alphaH = 0.07 * Math.exp(-(V + 65) / 20);
    double betaH = 1 / (1 + Math.exp(-(V + 35) / 10));
    return alphaH * (1 - h) - betaH * h;
  }

  @Derivative(method = Methods.RK4)
  double dn() {
    double alphaN = V + 55 == 0 ? 0.1 : 0.01 * (V + 55) / (1 - Math.exp(-(V + 55) / 10));
    double betaN = 0.125 * Math.exp(-(V + 65) / 80);
    return alphaN * (1 - n) - betaN * n;
  }
}
