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
 * FitzHugh-Nagumo model, as in the BrainPy 1.0 manual (chapters 2.1.3 and 4.1): a cubic
 * voltage-like variable with fast positive feedback and a slow linear recovery variable.
 *
 * <pre>
 *   dV/dt     = V - V^3 / 3 - w + Iext + input
 *   tau dw/dt = V + a - b w
 *   spike: V crosses vTh upwards within the step (V before &lt; vTh &lt;= V after)
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code a}</td><td>{@code a}</td><td>0.7</td><td>1</td><td>offset of the recovery nullcline</td></tr>
 *   <tr><td>{@code b}</td><td>{@code b}</td><td>0.8</td><td>1</td><td>self-decay of the recovery variable</td></tr>
 *   <tr><td>{@code tau}</td><td>{@code tau}</td><td>12.5</td><td>ms</td><td>time scale of the recovery variable</td></tr>
 *   <tr><td>{@code Iext}</td><td>{@code Iext}</td><td>0</td><td>1</td><td>constant external current</td></tr>
 *   <tr><td>{@code vTh}</td><td>{@code Vth}</td><td>1.8</td><td>1</td><td>spike detection threshold</td></tr>
 * </table>
 *
 * <p>Variables: {@code V} (initial -2.8) and {@code w} (initial -1.8), the start of the manual's
 * trajectory in 4.1; the spike flag {@code spike}; the input accumulator {@code input}.
 *
 * <p>The external current: in the manual, {@code Iext} is an argument of the integrator, fixed
 * for phase-plane analysis ({@code pars_update={'Iext': 0.8}}) and, in the simulated group, a
 * per-neuron array set by the runner every step ({@code inputs=('Iext', 0.8, '=')}). Here it is
 * the parameter {@code Iext} (constant, per group or per neuron, changeable between runs) plus
 * the accumulator {@code input} that inputs and synapses add into and that is cleared every step
 * (BrainPy 2.x's {@code FHN} has only {@code input}). The two are simply added.
 *
 * <p>Dynamics with the defaults: for {@code Iext = 0} the only fixed point (V = -1.1994,
 * w = -0.6243) is a stable focus; it loses stability in a Hopf bifurcation at
 * {@code Iext = 0.3313}; at {@code Iext = 0.8} the fixed point (V = -0.2729, w = 0.5339) is an
 * unstable node inside a limit cycle (period 36.52 time units; V between -1.93 and 1.91).
 *
 * <p>Spikes: the manual's group has none; as in BrainPy 2.x's {@code FHN}, a spike is an upward
 * crossing of {@code vTh} (BrainPy 2.x's default 1.8; the limit cycle at {@code Iext = 0.8}
 * reaches about V = 2).
 *
 * <p>Integration: {@code V, w} jointly with forward Euler, the manual's default {@code @bp.odeint}
 * method (the manual uses {@code dt = 0.01} in 2.1.3).
 *
 * <p>Differences from BrainPy 2.x's {@code brainpy.neurons.FHN} (same equations, {@code a},
 * {@code b}, {@code tau} and {@code Vth}): BrainPy starts at {@code V = w = 0}, here at the
 * manual's (-2.8, -1.8); BrainPy has no {@code Iext} parameter (only {@code input}; leave
 * {@code Iext} at 0 for its behaviour); BrainPy integrates with {@code exp_auto}, here with the
 * manual's Euler (the standalone {@code systems.FHN} steps the same bits).
 *
 * <p>Reference: R. FitzHugh, Impulses and physiological states in theoretical models of nerve
 * membrane, Biophys. J. 1 (1961) 445-466; J. Nagumo, S. Arimoto, S. Yoshizawa, An active pulse
 * transmission line simulating nerve axon, Proc. IRE 50 (1962) 2061-2070.
 */
@NeuGroup
public class FHN {
  @Param("offset of the recovery nullcline")
  double a = 0.7;

  @Param("self-decay of the recovery variable")
  double b = 0.8;

  @Param("time scale of the recovery variable, ms")
  double tau = 12.5;

  @Param("constant external current")
  double Iext = 0;

  @Param("spike detection threshold (BrainPy Vth)")
  double vTh = 1.8;

  @Var("voltage-like variable")
  double V = -2.8;

  @Var("recovery variable")
  double w = -1.8;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.EULER)
  double dV() {
    return V - V * V * V / 3 - w + Iext + input;
  }

  @Derivative(method = Methods.EULER)
  double dw() {
    return (V + a - b * w) / tau;
  }

  @Update
  void update() {
    double vBefore = V;
    integrate(V, w);
    spike = vBefore < vTh && V >= vTh;
  }
}
