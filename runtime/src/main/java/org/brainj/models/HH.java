package org.brainj.models;

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
 * The classic Hodgkin-Huxley model of the squid giant axon, as in the BrainPy 1.0 manual, chapter
 * 3.1.2 (voltages shifted so that rest is near -65 mV).
 *
 * <pre>
 *   C dV/dt = -gNa m^3 h (V - ENa) - gK n^4 (V - EK) - gL (V - EL) + input
 *   dx/dt   = alpha_x(V) (1 - x) - beta_x(V) x          for x = m, h, n
 *   alpha_m = 0.1 (V + 40) / (1 - exp(-(V + 40) / 10))    beta_m = 4 exp(-(V + 65) / 18)
 *   alpha_h = 0.07 exp(-(V + 65) / 20)                    beta_h = 1 / (1 + exp(-(V + 35) / 10))
 *   alpha_n = 0.01 (V + 55) / (1 - exp(-(V + 55) / 10))   beta_n = 0.125 exp(-(V + 65) / 80)
 *   spike: V crosses vTh upwards within the step (V before &lt; vTh &lt;= V after)
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code ENa}</td><td>{@code ENa}</td><td>50</td><td>mV</td><td>sodium reversal potential</td></tr>
 *   <tr><td>{@code EK}</td><td>{@code EK}</td><td>-77</td><td>mV</td><td>potassium reversal potential</td></tr>
 *   <tr><td>{@code EL}</td><td>{@code EL}</td><td>-54.387</td><td>mV</td><td>leak reversal potential</td></tr>
 *   <tr><td>{@code C}</td><td>{@code C}</td><td>1</td><td>uF/cm^2</td><td>membrane capacitance</td></tr>
 *   <tr><td>{@code gNa}</td><td>{@code gNa}</td><td>120</td><td>mS/cm^2</td><td>maximal sodium conductance</td></tr>
 *   <tr><td>{@code gK}</td><td>{@code gK}</td><td>36</td><td>mS/cm^2</td><td>maximal potassium conductance</td></tr>
 *   <tr><td>{@code gL}</td><td>{@code gL}</td><td>0.03</td><td>mS/cm^2</td><td>leak conductance</td></tr>
 *   <tr><td>{@code vTh}</td><td>{@code V_th}</td><td>20</td><td>mV</td><td>spike detection threshold</td></tr>
 * </table>
 *
 * <p>Variables: {@code V} (mV, initial -65), the gating variables {@code m}, {@code h}, {@code n}
 * (initial 0.5, 0.6, 0.32, the manual's values), the spike flag {@code spike} and the input
 * accumulator {@code input} (uA/cm^2). The manual's {@code m = 0.5} is far above its resting
 * value (about 0.053), so a neuron started there fires one spike at about 0.14 ms even without
 * input; start from {@code m = 0.05} (as common HH references do) to avoid it. Note the
 * manual's {@code gL = 0.03}, a tenth of Hodgkin and Huxley's 0.3: the resting potential is
 * -70.68 mV, not -65.
 *
 * <p>There is no reset: the spike flag only marks the step in which {@code V} crossed
 * {@code vTh} upwards, as in the manual. With constant input 10 the neuron fires regularly, about
 * every 14.1 ms.
 *
 * <p>Integration: {@code V, m, h, n} jointly with {@code rk4}, the manual's method. The rate
 * functions {@code alpha_m} and {@code alpha_n} are 0/0 exactly at V = -40 and -55 mV (removable
 * singularities, as in the manual); a stage value hitting them exactly is practically impossible.
 *
 * <p>Differences from BrainPy 2.x's {@code brainpy.neurons.HH} (same equations and parameter
 * defaults): BrainPy draws {@code V} uniformly from [-70, -60) and starts {@code m}, {@code h},
 * {@code n} at their steady states for that {@code V}, here the manual's fixed values; BrainPy
 * integrates with {@code exp_auto}, here with the manual's {@code rk4} (which the SciPy
 * reference test and the standalone {@code systems.HH} rely on). Repetitive firing from rest
 * starts between 4 and 4.25 uA/cm^2 with {@code gL = 0.03} (measured), and between 6.25 and
 * 6.375, at about 54 Hz, with Hodgkin and Huxley's {@code gL = 0.3} (tested: between 6 and 7).
 *
 * <p>Reference: A. L. Hodgkin, A. F. Huxley, A quantitative description of membrane current and
 * its application to conduction and excitation in nerve, J. Physiol. 117 (1952) 500-544; BrainPy
 * 1.0 manual, 2.1.4 and 3.1.2.
 */
@NeuGroup
public class HH {
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

  @Param("spike detection threshold, mV (BrainPy V_th)")
  double vTh = 20;

  @Var("membrane potential, mV")
  double V = -65;

  @Var("sodium activation")
  double m = 0.5;

  @Var("sodium inactivation")
  double h = 0.6;

  @Var("potassium activation")
  double n = 0.32;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.RK4)
  double dV() {
    double iNa = gNa * m * m * m * h * (V - ENa);
    double iK = gK * n * n * n * n * (V - EK);
    double iLeak = gL * (V - EL);
    return (-iNa - iK - iLeak + input) / C;
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

  @Update
  void update() {
    double vBefore = V;
    integrate(V, m, h, n);
    spike = vBefore < vTh && V >= vTh;
  }
}
