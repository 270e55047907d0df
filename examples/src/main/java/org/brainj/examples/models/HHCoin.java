package org.brainj.examples.models;

import static org.brainj.annotations.Dsl.integrate;
import static org.brainj.annotations.Dsl.rand;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Every;
import org.brainj.annotations.Methods;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * HH3 of manual 7.3: the update runs only when a coin flip says so ({@code @Every(when = ...)}
 * with {@code rand() < 0.5}), so monitored values repeat on the steps it skips. The constant
 * drive {@code Iext = 10} replaces the manual's never-cleared input vector.
 */
@NeuGroup
public class HHCoin {
  @Param double ENa = 50, EK = -77, EL = -54.387, C = 1.0, gNa = 120, gK = 36, gL = 0.03;
  @Param double vTh = 20, Iext = 10;

  @Var double V = -65, m = 0.5, h = 0.6, n = 0.32;
  @Spike boolean spike;

  @Derivative(method = Methods.RK4)
  double dm() {
    double alpha = 0.1 * (V + 40) / (1 - Math.exp(-(V + 40) / 10));
    double beta = 4.0 * Math.exp(-(V + 65) / 18);
    return alpha * (1 - m) - beta * m;
  }

  @Derivative(method = Methods.RK4)
  double dh() {
    double alpha = 0.07 * Math.exp(-(V + 65) / 20.);
    double beta = 1 / (1 + Math.exp(-(V + 35) / 10));
    return alpha * (1 - h) - beta * h;
  }

  @Derivative(method = Methods.RK4)
  double dn() {
    double alpha = 0.01 * (V + 55) / (1 - Math.exp(-(V + 55) / 10));
    double beta = 0.125 * Math.exp(-(V + 65) / 80);
    return alpha * (1 - n) - beta * n;
  }

  @Derivative(method = Methods.RK4)
  double dV() {
    double iNa = gNa * m * m * m * h * (V - ENa);
    double iK = gK * n * n * n * n * (V - EK);
    double iLeak = gL * (V - EL);
    return (-iNa - iK - iLeak + Iext) / C;
  }

  /** The coin: true on about half of the steps, the same for the whole group. */
  boolean coin() {
    return rand() < 0.5;
  }

  @Update
  @Every(when = "coin")
  void update() {
    double before = V;
    integrate(V, m, h, n);
    spike = before < vTh && V >= vTh;
  }
}
