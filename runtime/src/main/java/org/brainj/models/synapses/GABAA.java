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
 * GABA_A receptor synapse with first-order binding kinetics driven by a rectangular transmitter
 * pulse after each presynaptic spike, with the parameters of the BrainPy 1.0 manual's gamma
 * network (chapter 9.1, after Wang and Buzsaki 1996).
 *
 * <pre>
 *   dg/dt = alpha [T] (1 - g) - beta g            g: fraction of open channels (the manual's s)
 *   [T]   = T  while the transmitter pulse lasts (tDuration after a spike's arrival), else 0
 *   on a presynaptic spike:   tSpike = t
 *   output:                   I_post += gMax g (E - V_post)     (the manual: input -= g (V - E))
 * </pre>
 *
 * <p>During the pulse {@code g} relaxes towards {@code gInf = alpha T / (alpha T + beta)} with
 * rate {@code alpha T + beta} (12.1/ms with the defaults: from rest, one 1-ms pulse brings {@code g} to
 * {@code gInf = 0.9917} within a relative 6e-6); afterwards it decays with rate {@code beta} (a 10 ms
 * time constant).
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>manual / BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code gMax}</td><td>{@code g_max}</td><td>0.1</td><td>mS/cm^2</td><td>maximal conductance (the manual's network uses 0.1 / N)</td></tr>
 *   <tr><td>{@code E}</td><td>{@code E}</td><td>-75</td><td>mV</td><td>reversal potential</td></tr>
 *   <tr><td>{@code alpha}</td><td>{@code alpha}</td><td>12</td><td>1/(ms mM)</td><td>binding rate</td></tr>
 *   <tr><td>{@code beta}</td><td>{@code beta}</td><td>0.1</td><td>1/ms</td><td>unbinding rate</td></tr>
 *   <tr><td>{@code T}</td><td>{@code T}</td><td>1</td><td>mM</td><td>transmitter concentration during the pulse</td></tr>
 *   <tr><td>{@code tDuration}</td><td>{@code T_duration}</td><td>1</td><td>ms</td><td>pulse duration</td></tr>
 * </table>
 *
 * <p>BrainPy 2.x's {@code GABAa} has the same equations with {@code g_max = 0.04, E = -80,
 * alpha = 0.53, beta = 0.18, T = 1, T_duration = 1} (Destexhe et al. 1994); set those with the
 * builder for its behaviour.
 *
 * <p>Variables, timing of the pulse (it covers the {@code tDuration / dt} steps after the step in
 * which the spike arrives; the manual's loop starts it one step earlier), integration
 * ({@code exp_auto}, exact for constant {@code [T]} within a step; the manual uses exponential
 * Euler too) and the state layout (per synapse: {@code [T]} and the arrival time are assigned and
 * {@code g} saturates) are as in {@link AMPA}.
 *
 * <p>The postsynaptic group needs variables {@code V} and {@code input}.
 *
 * <p>Reference: BrainPy 1.0 manual, 9.1 ({@code GABAA(E=-75, g_max=0.1, alpha=12, beta=0.1,
 * T=1, T_duration=1)}); X.-J. Wang, G. Buzsaki, Gamma oscillation by synaptic inhibition in a
 * hippocampal interneuronal network model, J. Neurosci. 16 (1996) 6402-6413; BrainPy 2.x
 * {@code brainpy.synapses.GABAa}.
 */
@SynGroup
public class GABAA {
  @Param("maximal conductance, mS/cm^2 (BrainPy g_max)")
  double gMax = 0.1;

  @Param("reversal potential, mV")
  double E = -75;

  @Param("binding rate, 1/(ms mM)")
  double alpha = 12;

  @Param("unbinding rate, 1/ms")
  double beta = 0.1;

  @Param("transmitter concentration during the pulse, mM")
  double T = 1;

  @Param("transmitter pulse duration, ms (BrainPy T_duration)")
  double tDuration = 1;

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
