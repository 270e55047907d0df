package org.brainj.examples.bench;

import static org.brainj.annotations.Dsl.integrate;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Methods;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * The neuron of the {@code cobahh} benchmark (BENCHMARKS.md; Brian2's {@code COBAHH} example):
 * Traub–Miles Hodgkin–Huxley with conductance-based synapses, in units of mV, ms, nS and pF (a
 * membrane patch of 20 000 µm²: {@code Cm} 200 pF, {@code gl} 10 nS, {@code gNa} 20 µS,
 * {@code gKd} 6 µS):
 *
 * <pre>
 *   Cm dv/dt = gl (El - v) + ge (Ee - v) + gi (Ei - v) - gNa m³ h (v - ENa) - gKd n⁴ (v - EK)
 *   dm/dt = αm (1 - m) - βm m,  dh/dt = αh (1 - h) - βh h,  dn/dt = αn (1 - n) - βn n
 *   dge/dt = -ge / taue,  dgi/dt = -gi / taui
 *   spike when v &gt; -20 mV and not refractory (3 ms)
 * </pre>
 *
 * Exponential Euler for all six variables, each linear in itself, all from the state at the start
 * of the step, as Brian2's {@code exponential_euler}.
 */
@NeuGroup
public class CobaHHNeuron {
  @Param("membrane capacitance, pF")
  double Cm = 200;

  @Param("leak conductance, nS")
  double gl = 10;

  @Param("maximal sodium conductance, nS")
  double gNa = 20000;

  @Param("maximal delayed-rectifier potassium conductance, nS")
  double gKd = 6000;

  @Param("leak reversal potential, mV")
  double El = -60;

  @Param("potassium reversal potential, mV")
  double EK = -90;

  @Param("sodium reversal potential, mV")
  double ENa = 50;

  @Param("excitatory reversal potential, mV")
  double Ee = 0;

  @Param("inhibitory reversal potential, mV")
  double Ei = -80;

  @Param("rate-function offset VT, mV")
  double VT = -63;

  @Param("excitatory conductance decay, ms")
  double taue = 5;

  @Param("inhibitory conductance decay, ms")
  double taui = 10;

  @Param("spike detection threshold, mV")
  double vThreshold = -20;

  @Param("refractory period, ms")
  double tRef = 3;

  @Var("membrane potential, mV")
  double v = -65;

  @Var("sodium activation")
  double m;

  @Var("sodium inactivation")
  double h;

  @Var("potassium activation")
  double n;

  @Var("excitatory conductance, nS")
  double ge;

  @Var("inhibitory conductance, nS")
  double gi;

  @Var("time of the last spike, ms")
  double tLastSpike = -1e7;

  @Spike boolean spike;

  /** {@code (e^x - 1) / x}, 1 at 0 (Brian2's {@code exprel}). */
  static double exprel(double x) {
    return x == 0 ? 1.0 : Math.expm1(x) / x;
  }

  @Derivative(method = Methods.EXP_EULER)
  double dv() {
    return (gl * (El - v) + ge * (Ee - v) + gi * (Ei - v) - gNa * (m * m * m) * h * (v - ENa)
        - gKd * (n * n * n * n) * (v - EK)) / Cm;
  }

  @Derivative(method = Methods.EXP_EULER)
  double dm() {
    double alpha = 1.28 / exprel((13 - v + VT) / 4);
    double beta = 1.4 / exprel((v - VT - 40) / 5);
    return alpha * (1 - m) - beta * m;
  }

  @Derivative(method = Methods.EXP_EULER)
  double dh() {
    double alpha = 0.128 * Math.exp((17 - v + VT) / 18);
    double beta = 4 / (1 + Math.exp((40 - v + VT) / 5));
    return alpha * (1 - h) - beta * h;
  }

  @Derivative(method = Methods.EXP_EULER)
  double dn() {
    double alpha = 0.16 / exprel((15 - v + VT) / 5);
    double beta = 0.5 * Math.exp((10 - v + VT) / 40);
    return alpha * (1 - n) - beta * n;
  }

  @Derivative(method = Methods.EXP_EULER)
  double dge() {
    return -ge / taue;
  }

  @Derivative(method = Methods.EXP_EULER)
  double dgi() {
    return -gi / taui;
  }

  @Update
  void update(double t, double dt) {
    integrate(v, m, h, n, ge, gi);
    spike = false;
    if (v > vThreshold && t - tLastSpike >= tRef - 0.5 * dt) {
      spike = true;
      tLastSpike = t;
    }
  }
}
