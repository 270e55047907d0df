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
 * The Izhikevich (2003) simple model, with the parameters, defaults and update of BrainPy 2.x's
 * {@code brainpy.neurons.Izhikevich}.
 *
 * <pre>
 *   dV/dt = 0.04 V^2 + 5 V + 140 - u + input
 *   du/dt = a (b V - u)
 *   if V &gt;= vTh after a step: spike, V = c, u = u + d, tLastSpike = t
 *   while t - tLastSpike &lt;= tauRef: V is held (u keeps evolving)
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code a}</td><td>{@code a}</td><td>0.02</td><td>1/ms</td><td>time scale of the recovery variable u</td></tr>
 *   <tr><td>{@code b}</td><td>{@code b}</td><td>0.2</td><td>1</td><td>sensitivity of u to subthreshold fluctuations of V</td></tr>
 *   <tr><td>{@code c}</td><td>{@code c}</td><td>-65</td><td>mV</td><td>after-spike reset value of V</td></tr>
 *   <tr><td>{@code d}</td><td>{@code d}</td><td>8</td><td>mV/ms (u units)</td><td>after-spike increment of u</td></tr>
 *   <tr><td>{@code vTh}</td><td>{@code V_th}</td><td>30</td><td>mV</td><td>spike cut-off (peak) potential</td></tr>
 *   <tr><td>{@code tauRef}</td><td>{@code tau_ref}</td><td>0</td><td>ms</td><td>absolute refractory period (0: none)</td></tr>
 * </table>
 *
 * <p>Firing classes of Izhikevich (2003), all with {@code a = 0.02} unless given:
 * regular spiking {@code b = 0.2, c = -65, d = 8} (the defaults); intrinsically bursting
 * {@code c = -55, d = 4}; chattering {@code c = -50, d = 2}; fast spiking
 * {@code a = 0.1, d = 2}; low-threshold spiking {@code b = 0.25, d = 2}.
 *
 * <p>Variables: {@code V} (mV, initial -70, BrainPy's default) and {@code u} (initial
 * {@code b * -70}, BrainPy's {@code b * V}; a builder override of {@code V} does not move it),
 * {@code tLastSpike} (ms, initial -1e7), {@code refractory} (refractory in the last step, or
 * spiked in it), the spike flag {@code spike} and the input accumulator {@code input}.
 *
 * <p>Step, as BrainPy's {@code update}: {@code V, u} are integrated jointly; a refractory neuron
 * keeps its old {@code V} but the new {@code u}; {@code spike = V >= vTh}, and a spiking neuron
 * is reset. BrainPy's default {@code tau_ref=None} is {@code tauRef = 0} here (no refractory
 * period).
 *
 * <p>Integration: {@code V, u} jointly with exponential Euler ({@code exp_auto}), BrainPy's
 * method ({@code dt = 0.1} ms is BrainPy's default step; Izhikevich's own code used Euler with
 * two half steps of 0.5 ms for {@code V}).
 *
 * <p>Reference: E. M. Izhikevich, Simple model of spiking neurons, IEEE Trans. Neural Netw. 14
 * (2003) 1569-1572; BrainPy 2.x {@code brainpy.neurons.Izhikevich}.
 */
@NeuGroup
public class Izhikevich {
  /** BrainPy's initial membrane potential, mV. */
  static final double V_INITIAL = -70;

  @Param("time scale of the recovery variable u, 1/ms")
  double a = 0.02;

  @Param("sensitivity of u to subthreshold fluctuations of V")
  double b = 0.2;

  @Param("after-spike reset value of V, mV")
  double c = -65;

  @Param("after-spike increment of u")
  double d = 8;

  @Param("spike cut-off (peak) potential, mV (BrainPy V_th)")
  double vTh = 30;

  @Param("absolute refractory period, ms (BrainPy tau_ref; 0: none)")
  double tauRef = 0;

  @Var("membrane potential, mV")
  double V = V_INITIAL;

  @Var("recovery variable")
  double u = b * V_INITIAL;

  @Var("time of the last spike, ms (BrainPy t_last_spike)")
  double tLastSpike = -1e7;

  @Var("refractory in the last step, or spiked in it")
  boolean refractory;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.EXP_AUTO)
  double dV() {
    return 0.04 * V * V + 5 * V + 140 - u + input;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double du() {
    return a * (b * V - u);
  }

  @Update
  void update(double t) {
    double vBefore = V;
    integrate(V, u);
    refractory = t - tLastSpike <= tauRef;
    if (refractory) {
      V = vBefore;
    }
    spike = V >= vTh;
    if (spike) {
      V = c;
      u += d;
      tLastSpike = t;
      refractory = true;
    }
  }
}
