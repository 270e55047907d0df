package org.brainj.examples.models;

import static org.brainj.annotations.Dsl.integrate;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Input;
import org.brainj.annotations.Methods;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * The Hodgkin–Huxley group of manual chapter 7.1 (schedules): one {@code update} step; its input
 * accumulator is cleared after the step, so a monitor scheduled after {@code update} sees zero
 * (manual 7.2.1). The manual integrates with exponential Euler; until that method lands this uses
 * rk4 jointly.
 */
@NeuGroup
public class HHStep {
  @Param double ENa = 50, EK = -77, EL = -54.387, C = 1.0, gNa = 120, gK = 36, gL = 0.03;
  @Param double vTh = 20;

  @Var double V = -65, m = 0.5, h = 0.6, n = 0.32;
  @Spike boolean spike;
  @Input double input;

  static double alphaM(double V) {
    return 0.1 * (V + 40) / (1 - Math.exp(-(V + 40) / 10));
  }

  static double betaM(double V) {
    return 4.0 * Math.exp(-(V + 65) / 18);
  }

  static double alphaH(double V) {
    return 0.07 * Math.exp(-(V + 65) / 20.);
  }

  static double betaH(double V) {
    return 1 / (1 + Math.exp(-(V + 35) / 10));
  }

  static double alphaN(double V) {
    return 0.01 * (V + 55) / (1 - Math.exp(-(V + 55) / 10));
  }

  static double betaN(double V) {
    return 0.125 * Math.exp(-(V + 65) / 80);
  }

  @Derivative(method = Methods.RK4)
  double dm() {
    return alphaM(V) * (1 - m) - betaM(V) * m;
  }

  @Derivative(method = Methods.RK4)
  double dh() {
    return alphaH(V) * (1 - h) - betaH(V) * h;
  }

  @Derivative(method = Methods.RK4)
  double dn() {
    return alphaN(V) * (1 - n) - betaN(V) * n;
  }

  @Derivative(method = Methods.RK4)
  double dV() {
    double iNa = gNa * m * m * m * h * (V - ENa);
    double iK = gK * n * n * n * n * (V - EK);
    double iLeak = gL * (V - EL);
    return (-iNa - iK - iLeak + input) / C;
  }

  @Update
  void update() {
    double before = V;
    integrate(V, m, h, n);
    spike = before < vTh && V >= vTh;
  }
}
