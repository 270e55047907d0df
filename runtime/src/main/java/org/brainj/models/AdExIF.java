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
 * Adaptive exponential integrate-and-fire neuron (AdEx; Brette and Gerstner 2005), with the
 * parameters, defaults and update of BrainPy 2.x's {@code brainpy.neurons.AdExIF}.
 *
 * <pre>
 *   tau   dV/dt = -(V - vRest) + deltaT exp((V - vT) / deltaT) - R w + R * input
 *   tauW  dw/dt = a (V - vRest) - w
 *   if V &gt;= vTh after a step: spike, V = vReset, w = w + b, tLastSpike = t
 *   while t - tLastSpike &lt;= tauRef: V is held (w keeps evolving)
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code vRest}</td><td>{@code V_rest}</td><td>-65</td><td>mV</td><td>resting potential</td></tr>
 *   <tr><td>{@code vReset}</td><td>{@code V_reset}</td><td>-68</td><td>mV</td><td>potential after a spike</td></tr>
 *   <tr><td>{@code vTh}</td><td>{@code V_th}</td><td>-30</td><td>mV</td><td>numerical spike threshold (cut-off of the upswing)</td></tr>
 *   <tr><td>{@code vT}</td><td>{@code V_T}</td><td>-59.9</td><td>mV</td><td>soft threshold: where the exponential term takes over</td></tr>
 *   <tr><td>{@code deltaT}</td><td>{@code delta_T}</td><td>3.48</td><td>mV</td><td>spike slope factor</td></tr>
 *   <tr><td>{@code a}</td><td>{@code a}</td><td>1</td><td>1 (w in units of input)</td><td>subthreshold adaptation: coupling of w to V - vRest</td></tr>
 *   <tr><td>{@code b}</td><td>{@code b}</td><td>1</td><td>input units</td><td>spike-triggered adaptation: increment of w per spike</td></tr>
 *   <tr><td>{@code R}</td><td>{@code R}</td><td>1</td><td>MOhm</td><td>membrane resistance</td></tr>
 *   <tr><td>{@code tau}</td><td>{@code tau}</td><td>10</td><td>ms</td><td>membrane time constant</td></tr>
 *   <tr><td>{@code tauW}</td><td>{@code tau_w}</td><td>30</td><td>ms</td><td>time constant of the adaptation current</td></tr>
 *   <tr><td>{@code tauRef}</td><td>{@code tau_ref}</td><td>0</td><td>ms</td><td>absolute refractory period (0: none)</td></tr>
 * </table>
 *
 * <p>Variables: {@code V} (mV, initial 0) and {@code w} (initial 0), both BrainPy's
 * {@code ZeroInit}; {@code tLastSpike} (ms, initial -1e7), {@code refractory} (refractory in the
 * last step, or spiked in it), the spike flag {@code spike} and the input accumulator
 * {@code input}. As with {@link ExpIF}, {@code V = 0} is above {@code vTh}: every neuron spikes in
 * its first step (and {@code w} becomes {@code b}), as in BrainPy; start with {@code .V(-65)} to
 * avoid it.
 *
 * <p>Step, as BrainPy's {@code update}: {@code V, w} are integrated jointly; a refractory neuron
 * ({@code t - tLastSpike <= tauRef}) keeps its old {@code V} but the new {@code w}; then
 * {@code spike = V >= vTh}, and a spiking neuron is reset. BrainPy's default {@code tau_ref=None}
 * (no refractory period) is {@code tauRef = 0} here: the condition {@code t - tLastSpike <= 0}
 * never holds after the spiking step.
 *
 * <p>Behaviour: {@code w} is a hyperpolarizing current that each spike increments by {@code b}
 * and that decays with {@code tauW}, so under constant input the interspike intervals grow from
 * the first to a steady value (spike-frequency adaptation). The fixed points of the subthreshold
 * system solve {@code -(V - vRest) (1 + R a) + deltaT exp((V - vT) / deltaT) + R I = 0}; with
 * the defaults they vanish above {@code I} = 8.06, but the rest state already loses stability
 * below that (the neuron fires repetitively at 7.5, measured).
 *
 * <p>Integration: {@code V, w} jointly with exponential Euler ({@code exp_auto}), BrainPy's
 * method; each variable is linearised in itself (the exponential term included).
 *
 * <p>Reference: R. Brette, W. Gerstner, Adaptive exponential integrate-and-fire model as an
 * effective description of neuronal activity, J. Neurophysiol. 94 (2005) 3637-3642; BrainPy 2.x
 * {@code brainpy.neurons.AdExIF}.
 */
@NeuGroup
public class AdExIF {
  @Param("resting potential, mV (BrainPy V_rest)")
  double vRest = -65;

  @Param("reset potential after a spike, mV (BrainPy V_reset)")
  double vReset = -68;

  @Param("numerical spike threshold, mV (BrainPy V_th)")
  double vTh = -30;

  @Param("soft threshold of the exponential term, mV (BrainPy V_T)")
  double vT = -59.9;

  @Param("spike slope factor, mV (BrainPy delta_T)")
  double deltaT = 3.48;

  @Param("subthreshold adaptation: coupling of w to V - vRest")
  double a = 1;

  @Param("spike-triggered adaptation: increment of w per spike")
  double b = 1;

  @Param("membrane resistance, MOhm")
  double R = 1;

  @Param("membrane time constant, ms")
  double tau = 10;

  @Param("time constant of the adaptation current, ms (BrainPy tau_w)")
  double tauW = 30;

  @Param("absolute refractory period, ms (BrainPy tau_ref; 0: none)")
  double tauRef = 0;

  @Var("membrane potential, mV")
  double V = 0;

  @Var("adaptation current")
  double w = 0;

  @Var("time of the last spike, ms (BrainPy t_last_spike)")
  double tLastSpike = -1e7;

  @Var("refractory in the last step, or spiked in it")
  boolean refractory;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.EXP_AUTO)
  double dV() {
    double exponential = deltaT * Math.exp((V - vT) / deltaT);
    return (-(V - vRest) + exponential - R * w + R * input) / tau;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dw() {
    return (a * (V - vRest) - w) / tauW;
  }

  @Update
  void update(double t) {
    double vBefore = V;
    integrate(V, w);
    refractory = t - tLastSpike <= tauRef;
    if (refractory) {
      V = vBefore;
    }
    spike = V >= vTh;
    if (spike) {
      V = vReset;
      w += b;
      tLastSpike = t;
      refractory = true;
    }
  }
}
