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
 * AMPA receptor synapse with first-order binding kinetics driven by a rectangular pulse of
 * transmitter after each presynaptic spike (BrainPy 2.x {@code AMPA}, Destexhe et al. 1994).
 *
 * <pre>
 *   dg/dt = alpha [T] (1 - g) - beta g            g: fraction of open channels, 0 &lt;= g &lt;= 1
 *   [T]   = T  while the transmitter pulse lasts (tDuration after a spike's arrival), else 0
 *   on a presynaptic spike:   tSpike = t
 *   output:                   I_post += gMax g (E - V_post)
 * </pre>
 *
 * <p>During the pulse {@code g} relaxes towards {@code gInf = alpha T / (alpha T + beta)} with
 * rate {@code alpha T + beta}; afterwards it decays with rate {@code beta}. From rest, after one
 * pulse, {@code g = gInf (1 - exp(-(alpha T + beta) tDuration))}, then
 * {@code g(t) = g_end exp(-beta (t - t_end))}.
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code gMax}</td><td>{@code g_max}</td><td>0.42</td><td>conductance</td><td>maximal conductance</td></tr>
 *   <tr><td>{@code E}</td><td>{@code E} of {@code COBA}</td><td>0</td><td>mV</td><td>reversal potential</td></tr>
 *   <tr><td>{@code alpha}</td><td>{@code alpha}</td><td>0.98</td><td>1/(ms mM)</td><td>binding rate</td></tr>
 *   <tr><td>{@code beta}</td><td>{@code beta}</td><td>0.18</td><td>1/ms</td><td>unbinding rate</td></tr>
 *   <tr><td>{@code T}</td><td>{@code T}</td><td>0.5</td><td>mM</td><td>transmitter concentration during the pulse</td></tr>
 *   <tr><td>{@code tDuration}</td><td>{@code T_duration}</td><td>0.5</td><td>ms</td><td>pulse duration</td></tr>
 * </table>
 *
 * <p>Variables: {@code g} (open fraction, initial 0), {@code TT} (the concentration {@code [T]}
 * used in the last step, mM), {@code tSpike} (arrival time of the last presynaptic spike at this
 * synapse, ms, initial -1e7: long ago).
 *
 * <p>Timing: a spike that arrives in the step starting at {@code t_s} is handled after that step's
 * update (like every {@code @OnPre} event, and like BrainPy's {@code g += weight} of the
 * exponential synapses), so the pulse covers the steps starting at {@code t_s + dt, ...,
 * t_s + N dt}, {@code N = tDuration / dt} (a step is in the pulse when
 * {@code t - tSpike < tDuration + dt/2}, which rounds a duration that is not a whole number of
 * steps to the nearest and is immune to round-off in {@code t}). BrainPy records the arrival
 * before integrating, so its pulse starts one step earlier. A spike during a pulse restarts it.
 *
 * <p>Integration: {@code exp_auto} (BrainPy's default), exponential Euler, which is exact here:
 * within a step {@code [T]} is constant and the equation linear in {@code g}.
 *
 * <p><b>State layout</b>: per synapse. {@code TT} and {@code tSpike} are set by assignment, not
 * integrated, and {@code g} saturates ({@code alpha [T] (1 - g)}), so the sum over a neuron's
 * synapses does not evolve like one synapse ({@code PerPostAnalysis} says so in the generated
 * class).
 *
 * <p>The postsynaptic group needs variables {@code V} and {@code input}.
 *
 * <p>Reference: BrainPy 2.x {@code brainpy.synapses.AMPA} ({@code g_max = 0.42, E = 0,
 * alpha = 0.98, beta = 0.18, T = 0.5, T_duration = 0.5}); A. Destexhe, Z. F. Mainen,
 * T. J. Sejnowski, An efficient method for computing synaptic conductances based on a kinetic
 * model of receptor binding, Neural Comput. 6 (1994) 14-18; BrainPy 1.0 manual, 3.2.
 */
@SynGroup
public class AMPA {
  @Param("maximal conductance (BrainPy g_max)")
  double gMax = 0.42;

  @Param("reversal potential, mV")
  double E = 0;

  @Param("binding rate, 1/(ms mM)")
  double alpha = 0.98;

  @Param("unbinding rate, 1/ms")
  double beta = 0.18;

  @Param("transmitter concentration during the pulse, mM")
  double T = 0.5;

  @Param("transmitter pulse duration, ms (BrainPy T_duration)")
  double tDuration = 0.5;

  @Var("fraction of open channels")
  double g;

  @Var("transmitter concentration in the last step, mM")
  double TT;

  @Var("arrival time of the last presynaptic spike, ms")
  double tSpike = -1e7;

  @Post("V")
  double vPost;

  @Post("input")
  double iPost;

  @Derivative(method = Methods.EXP_AUTO)
  double dg() {
    return alpha * TT * (1 - g) - beta * g;
  }

  @Update
  void update(double t, double dt) {
    TT = t - tSpike < tDuration + 0.5 * dt ? T : 0;
    integrate(g);
  }

  @OnPre
  void spike(double t) {
    tSpike = t;
  }

  @Output
  void output() {
    iPost += gMax * g * (E - vPost);
  }
}
