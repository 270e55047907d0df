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
 * Conductance-based alpha synapse (BrainPy 2.x {@code AlphaCOBA}): after each presynaptic spike
 * the conductance follows the alpha function {@code weight t exp(-t / tau)}.
 *
 * <pre>
 *   dg/dt = -g / tau + h
 *   dh/dt = -h / tau
 *   on a presynaptic spike:   h += weight
 *   output:                   I_post += g (E - V_post)
 * </pre>
 *
 * <p>After one spike at {@code t = 0} (from rest): {@code g(t) = weight t exp(-t / tau)}, peak
 * {@code weight tau / e} at {@code t = tau}, integral {@code weight tau^2}. It is
 * {@link DualExpCOBA} with {@code tauRise = tauDecay = tau}; the current-based alpha synapse is
 * {@link DualExpCUBA} with both time constants equal.
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code tau}</td><td>{@code tau_decay}</td><td>8</td><td>ms</td><td>time constant (time to peak)</td></tr>
 *   <tr><td>{@code weight}</td><td>{@code g_max}</td><td>1</td><td>1/ms (conductance per ms)</td><td>increment of {@code h} per spike</td></tr>
 *   <tr><td>{@code E}</td><td>{@code E} of {@code COBA}</td><td>0</td><td>mV</td><td>reversal potential</td></tr>
 * </table>
 *
 * <p>BrainPy 2.x's {@code AlphaCOBA} defaults {@code tau_decay} to 10 ms; 8 ms here (set
 * {@code .tau(10)} for BrainPy's value).
 *
 * <p><b>State layout</b>: per postsynaptic neuron by default (linear homogeneous dynamics in
 * {@code (g, h)}, additive spikes, output linear in {@code g}); {@code tau} and {@code E} must then
 * be one value for all synapses, {@code weight} may vary per synapse. {@code perSynapse()} keeps
 * one state per synapse.
 *
 * <p>Integration: {@code g, h} jointly with {@code rk4} (see {@link DualExpCOBA}). The
 * postsynaptic group needs variables {@code V} and {@code input}.
 *
 * <p>Reference: BrainPy 2.x {@code brainpy.synapses.AlphaCOBA}; W. Rall, Distinguishing
 * theoretical synaptic potentials computed for different soma-dendritic distributions of synaptic
 * input, J. Neurophysiol. 30 (1967) 1138-1168.
 */
@SynGroup
public class Alpha {
  @Param("time constant (time to peak), ms (BrainPy tau_decay)")
  double tau = 8;

  @Param("increment of h per presynaptic spike (BrainPy g_max)")
  double weight = 1;

  @Param("reversal potential, mV")
  double E = 0;

  @Var("conductance")
  double g;

  @Var("rising auxiliary variable, conductance per ms")
  double h;

  @Post("V")
  double vPost;

  @Post("input")
  double iPost;

  @Derivative(method = Methods.RK4)
  double dg() {
    return -g / tau + h;
  }

  @Derivative(method = Methods.RK4)
  double dh() {
    return -h / tau;
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
    iPost += g * (E - vPost);
  }
}
