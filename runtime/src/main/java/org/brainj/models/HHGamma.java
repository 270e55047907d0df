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
 * The Hodgkin-Huxley-type interneuron of the BrainPy 1.0 manual's gamma-oscillation example
 * (chapter 9.1), after Wang and Buzsaki (1996): instantaneous sodium activation and gating
 * kinetics sped up by the temperature factor {@code phi}.
 *
 * <pre>
 *   C dV/dt = -gNa m_inf(V)^3 h (V - ENa) - gK n^4 (V - EK) - gL (V - EL) + input
 *   dh/dt   = phi (alpha_h(V) (1 - h) - beta_h(V) h)
 *   dn/dt   = phi (alpha_n(V) (1 - n) - beta_n(V) n)
 *   m_inf   = alpha_m / (alpha_m + beta_m)
 *   alpha_m = -0.1 (V + 35) / (exp(-0.1 (V + 35)) - 1)    beta_m = 4 exp(-(V + 60) / 18)
 *   alpha_h = 0.07 exp(-(V + 58) / 20)                    beta_h = 1 / (exp(-0.1 (V + 28)) + 1)
 *   alpha_n = -0.01 (V + 34) / (exp(-0.1 (V + 34)) - 1)   beta_n = 0.125 exp(-(V + 44) / 80)
 *   spike: V crosses vTh upwards within the step (V before &lt; vTh &lt;= V after)
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code ENa}</td><td>{@code ENa}</td><td>55</td><td>mV</td><td>sodium reversal potential</td></tr>
 *   <tr><td>{@code EK}</td><td>{@code EK}</td><td>-90</td><td>mV</td><td>potassium reversal potential</td></tr>
 *   <tr><td>{@code EL}</td><td>{@code EL}</td><td>-65</td><td>mV</td><td>leak reversal potential</td></tr>
 *   <tr><td>{@code C}</td><td>{@code C}</td><td>1</td><td>uF/cm^2</td><td>membrane capacitance</td></tr>
 *   <tr><td>{@code gNa}</td><td>{@code gNa}</td><td>35</td><td>mS/cm^2</td><td>maximal sodium conductance</td></tr>
 *   <tr><td>{@code gK}</td><td>{@code gK}</td><td>9</td><td>mS/cm^2</td><td>maximal potassium conductance</td></tr>
 *   <tr><td>{@code gL}</td><td>{@code gL}</td><td>0.1</td><td>mS/cm^2</td><td>leak conductance</td></tr>
 *   <tr><td>{@code vTh}</td><td>{@code V_th}</td><td>20</td><td>mV</td><td>spike detection threshold</td></tr>
 *   <tr><td>{@code phi}</td><td>{@code phi}</td><td>5</td><td>1</td><td>temperature factor of the h and n kinetics</td></tr>
 * </table>
 *
 * <p>Variables: {@code V} (mV, initial -65), {@code h} (initial 0.6), {@code n} (initial 0.32),
 * the spike flag {@code spike} and the input accumulator {@code input} (uA/cm^2; synaptic
 * currents add into it). The manual's network example re-initializes {@code V} uniformly in
 * [-70, -50) and {@code h}, {@code n} at their steady states for that {@code V}; do that with the
 * builder's initializers.
 *
 * <p>Integration: {@code V, h, n} jointly with {@code rk4}. The manual integrates with exponential
 * Euler ({@code set_default_odeint('exponential_euler')}, {@code dt = 0.04}), which BrainJ does not
 * have yet; this model will switch to it when the processor supports it. {@code alpha_m} and
 * {@code alpha_n} are 0/0 exactly at V = -35 and -34 mV (removable singularities, as in the
 * manual).
 *
 * <p>Reference: X.-J. Wang, G. Buzsaki, Gamma oscillation by synaptic inhibition in a
 * hippocampal interneuronal network model, J. Neurosci. 16 (1996) 6402-6413; BrainPy 1.0 manual,
 * 9.1.
 */
@NeuGroup
public class HHGamma {
  @Param("sodium reversal potential, mV")
  double ENa = 55;

  @Param("potassium reversal potential, mV")
  double EK = -90;

  @Param("leak reversal potential, mV")
  double EL = -65;

  @Param("membrane capacitance, uF/cm^2")
  double C = 1;

  @Param("maximal sodium conductance, mS/cm^2")
  double gNa = 35;

  @Param("maximal potassium conductance, mS/cm^2")
  double gK = 9;

  @Param("leak conductance, mS/cm^2")
  double gL = 0.1;

  @Param("spike detection threshold, mV (BrainPy V_th)")
  double vTh = 20;

  @Param("temperature factor of the h and n kinetics")
  double phi = 5;

  @Var("membrane potential, mV")
  double V = -65;

  @Var("sodium inactivation")
  double h = 0.6;

  @Var("potassium activation")
  double n = 0.32;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.RK4)
  double dV() {
    // x / (1 - e^-x)-type rates are 0/0 where x = 0: their limit there (a float run lands on
    // it exactly now and then)
    double mAlpha = V + 35 == 0 ? 1.0 : -0.1 * (V + 35) / (Math.exp(-0.1 * (V + 35)) - 1);
    double mBeta = 4 * Math.exp(-(V + 60) / 18);
    double mInf = mAlpha / (mAlpha + mBeta);
    double iNa = gNa * mInf * mInf * mInf * h * (V - ENa);
    double iK = gK * n * n * n * n * (V - EK);
    double iLeak = gL * (V - EL);
    return (-iNa - iK - iLeak + input) / C;
  }

  @Derivative(method = Methods.RK4)
  double dh() {
    double alphaH = 0.07 * Math.exp(-(V + 58) / 20);
    double betaH = 1 / (Math.exp(-0.1 * (V + 28)) + 1);
    return phi * (alphaH * (1 - h) - betaH * h);
  }

  @Derivative(method = Methods.RK4)
  double dn() {
    double alphaN = V + 34 == 0 ? 0.1 : -0.01 * (V + 34) / (Math.exp(-0.1 * (V + 34)) - 1);
    double betaN = 0.125 * Math.exp(-(V + 44) / 80);
    return phi * (alphaN * (1 - n) - betaN * n);
  }

  @Update
  void update() {
    double vBefore = V;
    integrate(V, h, n);
    spike = vBefore < vTh && V >= vTh;
  }
}
