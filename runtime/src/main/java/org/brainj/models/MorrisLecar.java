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
 * The Morris-Lecar model (1981): a membrane with an instantaneous calcium conductance for
 * excitation and a delayed potassium conductance for recovery, with the parameters, defaults and
 * update of BrainPy 2.x's {@code brainpy.neurons.MorrisLecar}.
 *
 * <pre>
 *   C dV/dt = -gCa M_inf(V) (V - vCa) - gK W (V - vK) - gLeak (V - vLeak) + input
 *   dW/dt   = (W_inf(V) - W) / tau_W(V)
 *   M_inf = (1 + tanh((V - V1) / V2)) / 2
 *   W_inf = (1 + tanh((V - V3) / V4)) / 2
 *   tau_W = 1 / (phi cosh((V - V3) / (2 V4)))
 *   spike: V crosses vTh upwards within the step (V before &lt; vTh &lt;= V after)
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code vCa}</td><td>{@code V_Ca}</td><td>130</td><td>mV</td><td>calcium reversal potential</td></tr>
 *   <tr><td>{@code gCa}</td><td>{@code g_Ca}</td><td>4.4</td><td>mS/cm^2</td><td>maximal calcium conductance</td></tr>
 *   <tr><td>{@code vK}</td><td>{@code V_K}</td><td>-84</td><td>mV</td><td>potassium reversal potential</td></tr>
 *   <tr><td>{@code gK}</td><td>{@code g_K}</td><td>8</td><td>mS/cm^2</td><td>maximal potassium conductance</td></tr>
 *   <tr><td>{@code vLeak}</td><td>{@code V_leak}</td><td>-60</td><td>mV</td><td>leak reversal potential</td></tr>
 *   <tr><td>{@code gLeak}</td><td>{@code g_leak}</td><td>2</td><td>mS/cm^2</td><td>leak conductance</td></tr>
 *   <tr><td>{@code C}</td><td>{@code C}</td><td>20</td><td>uF/cm^2</td><td>membrane capacitance</td></tr>
 *   <tr><td>{@code V1}</td><td>{@code V1}</td><td>-1.2</td><td>mV</td><td>potential where M_inf = 1/2</td></tr>
 *   <tr><td>{@code V2}</td><td>{@code V2}</td><td>18</td><td>mV</td><td>slope scale of M_inf</td></tr>
 *   <tr><td>{@code V3}</td><td>{@code V3}</td><td>2</td><td>mV</td><td>potential where W_inf = 1/2</td></tr>
 *   <tr><td>{@code V4}</td><td>{@code V4}</td><td>30</td><td>mV</td><td>slope scale of W_inf</td></tr>
 *   <tr><td>{@code phi}</td><td>{@code phi}</td><td>0.04</td><td>1/ms</td><td>rate (temperature) factor of W</td></tr>
 *   <tr><td>{@code vTh}</td><td>{@code V_th}</td><td>10</td><td>mV</td><td>spike detection threshold</td></tr>
 * </table>
 *
 * <p>Variables: {@code V} (mV, initial -65) and {@code W} (initial 0.02, BrainPy's), the spike
 * flag {@code spike} and the input accumulator {@code input} (uA/cm^2). BrainPy draws the initial
 * {@code V} uniformly from [-70, -60); give {@code .V(Init.uniform(-70, -60))} for that.
 *
 * <p>Excitability: the defaults are Rinzel and Ermentrout's (1989) class 2 set, except
 * {@code vCa = 130} (theirs is 120): from rest, repetitive firing starts at {@code I} = 83.5
 * uA/cm^2 at 8.3 Hz, the rate jumping from 0 (the rest state loses stability in a subcritical
 * Hopf bifurcation). Their class 1 set, {@code gCa = 4, V3 = 12, V4 = 17.4, phi = 1/15}, starts
 * firing at {@code I} = 38.37 on a saddle-node on an invariant circle, at arbitrarily low rates
 * ({@code f^2} linear in {@code I}). (Measured at {@code dt = 0.05}; see {@code MorrisLecarTest}.)
 *
 * <p>Integration: {@code V, W} jointly with exponential Euler ({@code exp_auto}), BrainPy's
 * method.
 *
 * <p>Reference: C. Morris, H. Lecar, Voltage oscillations in the barnacle giant muscle fiber,
 * Biophys. J. 35 (1981) 193-213; J. Rinzel, G. B. Ermentrout, Analysis of neural excitability
 * and oscillations, in Methods in Neuronal Modeling (MIT Press, 1989); BrainPy 2.x
 * {@code brainpy.neurons.MorrisLecar}.
 */
@NeuGroup
public class MorrisLecar {
  @Param("calcium reversal potential, mV (BrainPy V_Ca)")
  double vCa = 130;

  @Param("maximal calcium conductance, mS/cm^2 (BrainPy g_Ca)")
  double gCa = 4.4;

  @Param("potassium reversal potential, mV (BrainPy V_K)")
  double vK = -84;

  @Param("maximal potassium conductance, mS/cm^2 (BrainPy g_K)")
  double gK = 8;

  @Param("leak reversal potential, mV (BrainPy V_leak)")
  double vLeak = -60;

  @Param("leak conductance, mS/cm^2 (BrainPy g_leak)")
  double gLeak = 2;

  @Param("membrane capacitance, uF/cm^2")
  double C = 20;

  @Param("potential where M_inf = 1/2, mV")
  double V1 = -1.2;

  @Param("slope scale of M_inf, mV")
  double V2 = 18;

  @Param("potential where W_inf = 1/2, mV")
  double V3 = 2;

  @Param("slope scale of W_inf, mV")
  double V4 = 30;

  @Param("rate (temperature) factor of W, 1/ms")
  double phi = 0.04;

  @Param("spike detection threshold, mV (BrainPy V_th)")
  double vTh = 10;

  @Var("membrane potential, mV")
  double V = -65;

  @Var("recovery variable: fraction of open potassium channels")
  double W = 0.02;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.EXP_AUTO)
  double dV() {
    double mInf = 0.5 * (1 + Math.tanh((V - V1) / V2));
    double iCa = gCa * mInf * (V - vCa);
    double iK = gK * W * (V - vK);
    double iLeak = gLeak * (V - vLeak);
    return (-iCa - iK - iLeak + input) / C;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dW() {
    double tauW = 1 / (phi * Math.cosh((V - V3) / (2 * V4)));
    double wInf = 0.5 * (1 + Math.tanh((V - V3) / V4));
    return (wInf - W) / tauW;
  }

  @Update
  void update() {
    double vBefore = V;
    integrate(V, W);
    spike = vBefore < vTh && V >= vTh;
  }
}
