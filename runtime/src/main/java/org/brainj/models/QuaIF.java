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
 * Quadratic integrate-and-fire neuron (Latham et al. 2000), with the parameters, defaults and
 * update of BrainPy 2.x's {@code brainpy.neurons.QuaIF}.
 *
 * <pre>
 *   tau dV/dt = c (V - vRest) (V - vC) + R * input
 *   if V &gt;= vTh after a step: spike, V = vReset, tLastSpike = t
 *   while t - tLastSpike &lt;= tauRef: V is held
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code vRest}</td><td>{@code V_rest}</td><td>-65</td><td>mV</td><td>resting potential (stable fixed point without input)</td></tr>
 *   <tr><td>{@code vReset}</td><td>{@code V_reset}</td><td>-68</td><td>mV</td><td>potential after a spike</td></tr>
 *   <tr><td>{@code vTh}</td><td>{@code V_th}</td><td>-30</td><td>mV</td><td>numerical spike threshold (cut-off of the upswing)</td></tr>
 *   <tr><td>{@code vC}</td><td>{@code V_c}</td><td>-50</td><td>mV</td><td>critical potential for spike initiation (unstable fixed point without input; above {@code vRest})</td></tr>
 *   <tr><td>{@code c}</td><td>{@code c}</td><td>0.07</td><td>1/mV</td><td>curvature of the quadratic term (positive)</td></tr>
 *   <tr><td>{@code R}</td><td>{@code R}</td><td>1</td><td>MOhm</td><td>membrane resistance</td></tr>
 *   <tr><td>{@code tau}</td><td>{@code tau}</td><td>10</td><td>ms</td><td>membrane time constant</td></tr>
 *   <tr><td>{@code tauRef}</td><td>{@code tau_ref}</td><td>0</td><td>ms</td><td>absolute refractory period (0: none)</td></tr>
 * </table>
 *
 * <p>Variables: {@code V} (mV, initial 0, BrainPy's {@code ZeroInit}: above {@code vTh}, so every
 * neuron spikes in its first step, as in BrainPy; start with {@code .V(-65)} to avoid it),
 * {@code tLastSpike} (ms, initial -1e7), {@code refractory} (refractory in the last step, or
 * spiked in it), the spike flag {@code spike} and the input accumulator {@code input}.
 *
 * <p>Rheobase: the right-hand side is smallest at {@code V = (vRest + vC) / 2}, where it is
 * {@code R I - c (vC - vRest)^2 / 4}; the fixed points (rest and the threshold) merge and vanish
 * in a saddle-node when {@code R I > c (vC - vRest)^2 / 4} (3.9375 with the defaults). Above it
 * the neuron fires at a rate that starts from 0 (class 1 excitability).
 *
 * <p>Step, as BrainPy's {@code update}: a refractory neuron keeps its {@code V}, otherwise it is
 * integrated; {@code spike = V >= vTh}, and a spiking neuron is reset. BrainPy's default
 * {@code tau_ref=None} (no refractory period) is {@code tauRef = 0} here.
 *
 * <p>Integration: exponential Euler ({@code exp_auto}), BrainPy's method, with the linear part
 * {@code c (2 V - vRest - vC) / tau} found by the processor.
 *
 * <p>Reference: P. E. Latham, B. J. Richmond, P. G. Nelson, S. Nirenberg, Intrinsic dynamics in
 * neuronal networks. I. Theory, J. Neurophysiol. 83 (2000) 808-827; BrainPy 2.x
 * {@code brainpy.neurons.QuaIF}.
 */
@NeuGroup
public class QuaIF {
  @Param("resting potential, mV (BrainPy V_rest)")
  double vRest = -65;

  @Param("reset potential after a spike, mV (BrainPy V_reset)")
  double vReset = -68;

  @Param("numerical spike threshold, mV (BrainPy V_th)")
  double vTh = -30;

  @Param("critical potential for spike initiation, mV (BrainPy V_c)")
  double vC = -50;

  @Param("curvature of the quadratic term, 1/mV")
  double c = 0.07;

  @Param("membrane resistance, MOhm")
  double R = 1;

  @Param("membrane time constant, ms")
  double tau = 10;

  @Param("absolute refractory period, ms (BrainPy tau_ref; 0: none)")
  double tauRef = 0;

  @Var("membrane potential, mV")
  double V = 0;

  @Var("time of the last spike, ms (BrainPy t_last_spike)")
  double tLastSpike = -1e7;

  @Var("refractory in the last step, or spiked in it")
  boolean refractory;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.EXP_AUTO)
  double dV() {
    return (c * (V - vRest) * (V - vC) + R * input) / tau;
  }

  @Update
  void update(double t) {
    refractory = t - tLastSpike <= tauRef;
    if (!refractory) {
      integrate(V);
    }
    spike = V >= vTh;
    if (spike) {
      V = vReset;
      tLastSpike = t;
      refractory = true;
    }
  }
}
