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
 * Conductance-based dual-exponential synapse (BrainPy 2.x {@code DualExpCOBA}): a conductance
 * that rises with {@code tauRise} and decays with {@code tauDecay} after each presynaptic spike,
 * driving the postsynaptic neuron towards the reversal potential {@code E}.
 *
 * <pre>
 *   dg/dt = -g / tauDecay + h
 *   dh/dt = -h / tauRise
 *   on a presynaptic spike:   h += weight
 *   output:                   I_post += g (E - V_post)
 * </pre>
 *
 * <p>After one spike at {@code t = 0} (from rest) the conductance is
 * {@code g(t) = weight tauDecay tauRise / (tauDecay - tauRise) (exp(-t/tauDecay) - exp(-t/tauRise))},
 * with its peak at {@code t* = tauDecay tauRise / (tauDecay - tauRise) ln(tauDecay / tauRise)} and
 * the integral {@code weight tauDecay tauRise}. With {@code tauRise == tauDecay} the equations are
 * those of the {@link Alpha} synapse.
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code tauDecay}</td><td>{@code tau_decay}</td><td>10</td><td>ms</td><td>decay time constant</td></tr>
 *   <tr><td>{@code tauRise}</td><td>{@code tau_rise}</td><td>1</td><td>ms</td><td>rise time constant</td></tr>
 *   <tr><td>{@code weight}</td><td>{@code g_max}</td><td>1</td><td>1/ms (conductance per ms)</td><td>increment of {@code h} per spike</td></tr>
 *   <tr><td>{@code E}</td><td>{@code E} of {@code COBA}</td><td>0</td><td>mV</td><td>reversal potential</td></tr>
 * </table>
 *
 * <p>BrainPy multiplies {@code g} by {@code g_max} at the output and adds 1 to {@code h} per spike;
 * because the dynamics are linear the two are the same, and adding the weight on the spike keeps
 * it free to vary per synapse in the fast layout (below).
 *
 * <p><b>State layout</b>: per postsynaptic neuron by default. Both derivatives are linear and
 * homogeneous in {@code (g, h)}, the spike only adds {@code weight}, and the output is linear in
 * {@code g}, so the sum of {@code g, h} over the synapses onto a neuron evolves like one synapse
 * ({@code PerPostAnalysis}); {@code tauDecay}, {@code tauRise} and {@code E} must then be one value
 * for all synapses, {@code weight} may vary per synapse. {@code perSynapse()} on the builder keeps
 * one state per synapse.
 *
 * <p>Integration: {@code g, h} jointly with {@code rk4}. BrainPy's default {@code exp_auto}
 * linearises each variable in itself and holds {@code h} over the step, which is first order in
 * {@code dt} for this coupled pair (about 5% error in the peak at {@code dt = 0.1 ms} with
 * {@code tauRise = 1 ms}); RK4 follows the closed form to about 1e-7 there.
 *
 * <p>The postsynaptic group needs variables {@code V} and {@code input}.
 *
 * <p>Reference: BrainPy 2.x {@code brainpy.synapses.DualExpCOBA} ({@code tau_decay = 10},
 * {@code tau_rise = 1}, {@code g_max = 1}, {@code E = 0}); A. Destexhe, Z. F. Mainen,
 * T. J. Sejnowski, Kinetic models of synaptic transmission, in Methods in Neuronal Modeling (1998).
 */
@SynGroup
public class DualExpCOBA {
  @Param("decay time constant, ms (BrainPy tau_decay)")
  double tauDecay = 10;

  @Param("rise time constant, ms (BrainPy tau_rise)")
  double tauRise = 1;

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
    iPost += g * (E - vPost);
  }
}
