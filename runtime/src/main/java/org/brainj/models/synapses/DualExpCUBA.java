package org.brainj.models.synapses;

import static org.brainj.annotations.Dsl.integrate;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Methods;
import org.brainj.annotations.OnPre;
import org.brainj.annotations.Output;
import org.brainj.annotations.Param;
import org.brainj.annotations.Post;
import org.brainj.annotations.SynGroup;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * Current-based dual-exponential synapse (BrainPy 2.x {@code DualExpCUBA}): a current that rises
 * with {@code tauRise} and decays with {@code tauDecay} after each presynaptic spike.
 *
 * <pre>
 *   dg/dt = -g / tauDecay + h
 *   dh/dt = -h / tauRise
 *   on a presynaptic spike:   h += weight
 *   output:                   I_post += g
 * </pre>
 *
 * <p>After one spike at {@code t = 0}:
 * {@code g(t) = weight tauDecay tauRise / (tauDecay - tauRise) (exp(-t/tauDecay) - exp(-t/tauRise))},
 * peak at {@code t* = tauDecay tauRise / (tauDecay - tauRise) ln(tauDecay / tauRise)}, integral
 * {@code weight tauDecay tauRise}. With {@code tauRise == tauDecay = tau} this is the alpha
 * function {@code weight t exp(-t / tau)}: the current-based alpha synapse (BrainPy
 * {@code AlphaCUBA}) is {@code DualExpCUBA.builder().tauRise(tau).tauDecay(tau)}.
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code tauDecay}</td><td>{@code tau_decay}</td><td>10</td><td>ms</td><td>decay time constant</td></tr>
 *   <tr><td>{@code tauRise}</td><td>{@code tau_rise}</td><td>1</td><td>ms</td><td>rise time constant</td></tr>
 *   <tr><td>{@code weight}</td><td>{@code g_max}</td><td>1</td><td>current per ms</td><td>increment of {@code h} per spike</td></tr>
 * </table>
 *
 * <p><b>State layout</b>: per postsynaptic neuron by default (linear homogeneous dynamics, the
 * spike adds a state-independent amount, the output is {@code g} itself); {@code tauDecay} and
 * {@code tauRise} must then be one value for all synapses, {@code weight} may vary per synapse.
 * {@code perSynapse()} keeps one state per synapse.
 *
 * <p>Integration: {@code g, h} jointly with {@code rk4} (see {@link DualExpCOBA} for why not
 * BrainPy's {@code exp_auto}). The postsynaptic group needs a variable {@code input}.
 *
 * <p>Reference: BrainPy 2.x {@code brainpy.synapses.DualExpCUBA} ({@code tau_decay = 10},
 * {@code tau_rise = 1}, {@code g_max = 1}).
 */
@SynGroup
public class DualExpCUBA {
  @Param("decay time constant, ms (BrainPy tau_decay)")
  double tauDecay = 10;

  @Param("rise time constant, ms (BrainPy tau_rise)")
  double tauRise = 1;

  @Param("increment of h per presynaptic spike (BrainPy g_max)")
  double weight = 1;

  @Var("synaptic current")
  double g;

  @Var("rising auxiliary variable, current per ms")
  double h;

  @Post("input")
  double iPost;

  @Derivative(method = Methods.RK4)
  double dg() {
    return -g / tauDecay + h;
  }

  @Derivative(method = Methods.RK4)
  double dh() {
    return -h / tauRise;
  }

  @Update
  void update() {
    integrate(g, h);
  }

  @OnPre
  void spike() {
    h += weight;
  }

  @Output
  void output() {
    iPost += g;
  }
}
