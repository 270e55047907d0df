package org.brainj.examples.models;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Methods;
import org.brainj.annotations.OdeSystem;
import org.brainj.annotations.Param;
import org.brainj.annotations.Var;

/**
 * The Hodgkin-Huxley equations of manual 11.3 (the built-in {@code org.brainj.models.systems.HH})
 * integrated with BrainPy's {@code exponential_euler}: every variable is advanced by
 * {@code x += expm1(dt A) / A * f} with its linear part {@code A = df/dx} found by symbolic
 * differentiation when the processor compiles this class. A model's method is fixed at compile
 * time, so the exponential-Euler HH is a class of its own; the {@code methods} example integrates
 * the built-in system's vector field with {@code euler} and {@code rk4}.
 */
@OdeSystem
public class HHExpEuler {
  @Param double Iext = 10, ENa = 50, EK = -77, EL = -54.387, C = 1, gNa = 120, gK = 36, gL = 0.03;

  @Var double V = 0, m = 0, h = 0, n = 0;   // the manual's start in 11.3

  @Derivative(method = Methods.EXPONENTIAL_EULER)
  double dV() {
    double iNa = gNa * m * m * m * h * (V - ENa);
    double iK = gK * n * n * n * n * (V - EK);
    double iLeak = gL * (V - EL);
    return (-iNa - iK - iLeak + Iext) / C;
  }

  @Derivative(method = Methods.EXPONENTIAL_EULER)
  double dm() {
    double alphaM = 0.1 * (V + 40) / (1 - Math.exp(-(V + 40) / 10));
    double betaM = 4.0 * Math.exp(-(V + 65) / 18);
    return alphaM * (1 - m) - betaM * m;
  }

  @Derivative(method = Methods.EXPONENTIAL_EULER)
  double dh() {
    double alphaH = 0.07 * Math.exp(-(V + 65) / 20);
    double betaH = 1 / (1 + Math.exp(-(V + 35) / 10));
    return alphaH * (1 - h) - betaH * h;
  }

  @Derivative(method = Methods.EXPONENTIAL_EULER)
  double dn() {
    double alphaN = 0.01 * (V + 55) / (1 - Math.exp(-(V + 55) / 10));
    double betaN = 0.125 * Math.exp(-(V + 65) / 80);
    return alphaN * (1 - n) - betaN * n;
  }
}
