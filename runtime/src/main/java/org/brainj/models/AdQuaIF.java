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
 * Adaptive quadratic integrate-and-fire neuron (Izhikevich 2004; Touboul 2008), with the
 * parameters, defaults and update of BrainPy 2.x's {@code brainpy.neurons.AdQuaIF}.
 *
 * <pre>
 *   tau  dV/dt = c (V - vRest) (V - vC) - w + input
 *   tauW dw/dt = a (V - vRest) - w
 *   if V &gt;= vTh after a step: spike, V = vReset, w = w + b
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code vRest}</td><td>{@code V_rest}</td><td>-65</td><td>mV</td><td>resting potential</td></tr>
 *   <tr><td>{@code vReset}</td><td>{@code V_reset}</td><td>-68</td><td>mV</td><td>potential after a spike</td></tr>
 *   <tr><td>{@code vTh}</td><td>{@code V_th}</td><td>-30</td><td>mV</td><td>numerical spike threshold (cut-off of the upswing)</td></tr>
 *   <tr><td>{@code vC}</td><td>{@code V_c}</td><td>-50</td><td>mV</td><td>critical potential for spike initiation (above {@code vRest})</td></tr>
 *   <tr><td>{@code a}</td><td>{@code a}</td><td>1</td><td>1 (w in units of input)</td><td>subthreshold adaptation: coupling of w to V - vRest</td></tr>
 *   <tr><td>{@code b}</td><td>{@code b}</td><td>0.1</td><td>input units</td><td>spike-triggered adaptation: increment of w per spike</td></tr>
 *   <tr><td>{@code c}</td><td>{@code c}</td><td>0.07</td><td>1/mV</td><td>curvature of the quadratic term (positive)</td></tr>
 *   <tr><td>{@code tau}</td><td>{@code tau}</td><td>10</td><td>ms</td><td>membrane time constant</td></tr>
 *   <tr><td>{@code tauW}</td><td>{@code tau_w}</td><td>10</td><td>ms</td><td>time constant of the adaptation current</td></tr>
 * </table>
 *
 * <p>Variables: {@code V} (mV, initial 0) and {@code w} (initial 0), both BrainPy's
 * {@code ZeroInit} ({@code V = 0} is above {@code vTh}: every neuron spikes in its first step, as
 * in BrainPy; start with {@code .V(-65)} to avoid it), the spike flag {@code spike} and the input
 * accumulator {@code input}. The model has no refractory period and, as in BrainPy, no
 * resistance: the input and {@code w} enter {@code dV/dt} directly.
 *
 * <p>Fixed points: with {@code w = a (V - vRest)}, {@code u = V - vRest} solves
 * {@code c u^2 - (c (vC - vRest) + a) u + I = 0}, so they exist while
 * {@code I <= (c (vC - vRest) + a)^2 / (4 c)} (15.01 with the defaults); the rest state loses
 * stability a little earlier (repetitive firing at 14.5, measured).
 *
 * <p>Integration: {@code V, w} jointly with exponential Euler ({@code exp_auto}), BrainPy's
 * method.
 *
 * <p>Reference: E. M. Izhikevich, Which model to use for cortical spiking neurons?, IEEE Trans.
 * Neural Netw. 15 (2004) 1063-1070; J. Touboul, Bifurcation analysis of a general class of
 * nonlinear integrate-and-fire neurons, SIAM J. Appl. Math. 68 (2008) 1045-1079; BrainPy 2.x
 * {@code brainpy.neurons.AdQuaIF}.
 */
@NeuGroup
public class AdQuaIF {
  @Param("resting potential, mV (BrainPy V_rest)")
  double vRest = -65;

  @Param("reset potential after a spike, mV (BrainPy V_reset)")
  double vReset = -68;

  @Param("numerical spike threshold, mV (BrainPy V_th)")
  double vTh = -30;

  @Param("critical potential for spike initiation, mV (BrainPy V_c)")
  double vC = -50;

  @Param("subthreshold adaptation: coupling of w to V - vRest")
  double a = 1;

  @Param("spike-triggered adaptation: increment of w per spike")
  double b = 0.1;

  @Param("curvature of the quadratic term, 1/mV")
  double c = 0.07;

  @Param("membrane time constant, ms")
  double tau = 10;

  @Param("time constant of the adaptation current, ms (BrainPy tau_w)")
  double tauW = 10;

  @Var("membrane potential, mV")
  double V = 0;

  @Var("adaptation current")
  double w = 0;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.EXP_AUTO)
  double dV() {
    return (c * (V - vRest) * (V - vC) - w + input) / tau;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dw() {
    return (a * (V - vRest) - w) / tauW;
  }

  @Update
  void update() {
    integrate(V, w);
    spike = V >= vTh;
    if (spike) {
      V = vReset;
      w += b;
    }
  }
}
