package org.brainj.models.synapses;

import static org.brainj.annotations.Dsl.integrate;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Methods;
import org.brainj.annotations.OnPost;
import org.brainj.annotations.OnPre;
import org.brainj.annotations.Output;
import org.brainj.annotations.Param;
import org.brainj.annotations.Post;
import org.brainj.annotations.SynGroup;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * Pair-based spike-timing-dependent plasticity with all-to-all trace interaction (BrainPy 2.x
 * {@code STDP}; Song, Miller and Abbott 2000) on a conductance-based exponential synapse: a
 * presynaptic spike followed by a postsynaptic one strengthens the weight, the reverse order
 * weakens it.
 *
 * <pre>
 *   dApre/dt  = -Apre / tauPre           presynaptic trace
 *   dApost/dt = -Apost / tauPost         postsynaptic trace
 *   dg/dt     = -g / tau                 conductance
 *   on a presynaptic spike:   g += w;  Apre += dApre;   w = clip(w - Apost, wMin, wMax)   (LTD)
 *   on a postsynaptic spike:  Apost += dApost;          w = clip(w + Apre, wMin, wMax)    (LTP)
 *   output:                   I_post += g (E - V_post)
 * </pre>
 *
 * <p>For one pair, {@code Delta = t_post - t_pre}: {@code Delta > 0} changes {@code w} by
 * {@code +dApre exp(-Delta / tauPre)}, {@code Delta < 0} by {@code -dApost exp(Delta / tauPost)}
 * (within the bounds). A pre and a post spike in the same step count as pre before post: the
 * runtime runs {@code @OnPre} before {@code @OnPost}.
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code tauPre}</td><td>{@code tau_s}</td><td>20</td><td>ms</td><td>decay of the presynaptic trace</td></tr>
 *   <tr><td>{@code tauPost}</td><td>{@code tau_t}</td><td>20</td><td>ms</td><td>decay of the postsynaptic trace</td></tr>
 *   <tr><td>{@code dApre}</td><td>{@code A1}</td><td>0.01</td><td>weight</td><td>presynaptic trace increment (LTP amplitude)</td></tr>
 *   <tr><td>{@code dApost}</td><td>{@code A2}</td><td>0.0105</td><td>weight</td><td>postsynaptic trace increment (LTD amplitude)</td></tr>
 *   <tr><td>{@code wMin}</td><td>-</td><td>0</td><td>weight</td><td>lower bound of {@code w}</td></tr>
 *   <tr><td>{@code wMax}</td><td>-</td><td>1</td><td>weight</td><td>upper bound of {@code w}</td></tr>
 *   <tr><td>{@code tau}</td><td>{@code tau}</td><td>5</td><td>ms</td><td>decay time constant of the conductance</td></tr>
 *   <tr><td>{@code E}</td><td>-</td><td>0</td><td>mV</td><td>reversal potential</td></tr>
 * </table>
 *
 * <p>The defaults are the classic pair rule (equal 20 ms windows, depression 5% stronger than
 * potentiation, so uncorrelated firing weakens synapses on balance). BrainPy 2.x's {@code STDP}
 * defaults to {@code tau_s = 16.8, tau_t = 33.7, A1 = 0.96, A2 = 0.53}, a current output with
 * {@code tau = 8} and no bounds; set those with the builder for its behaviour.
 *
 * <p>Variables: {@code w} (weight, initial {@code wMax / 2}; set it per synapse with
 * {@code .w(...)}), {@code Apre}, {@code Apost}, {@code g} (initial 0).
 *
 * <p>Integration: {@code exp_auto}, exact: the three equations are linear and independent.
 *
 * <p><b>State layout</b>: per synapse. The weight has no derivative: it is assigned at spikes
 * (which {@code PerPostAnalysis} names first in the generated class), at postsynaptic spikes
 * ({@code @OnPost}) by an amount that depends on the synapse's own presynaptic trace, and it
 * enters {@code g} multiplicatively, so each synapse keeps its own state.
 *
 * <p>The postsynaptic group needs variables {@code V} and {@code input} and, like every
 * presynaptic group, a {@code @Spike} variable.
 *
 * <p>Reference: BrainPy 2.x {@code brainpy.synapses.STDP}; S. Song, K. D. Miller, L. F. Abbott,
 * Competitive Hebbian learning through spike-timing-dependent synaptic plasticity, Nat. Neurosci.
 * 3 (2000) 919-926; G. Bi, M. Poo, Synaptic modifications in cultured hippocampal neurons,
 * J. Neurosci. 18 (1998) 10464-10472.
 */
@SynGroup
public class STDP {
  @Param("decay time constant of the presynaptic trace, ms")
  double tauPre = 20;

  @Param("decay time constant of the postsynaptic trace, ms")
  double tauPost = 20;

  @Param("presynaptic trace increment per spike (potentiation amplitude)")
  double dApre = 0.01;

  @Param("postsynaptic trace increment per spike (depression amplitude)")
  double dApost = 0.0105;

  @Param("lower bound of the weight")
  double wMin = 0;

  @Param("upper bound of the weight")
  double wMax = 1;

  @Param("decay time constant of the conductance, ms")
  double tau = 5;

  @Param("reversal potential, mV")
  double E = 0;

  @Var("synaptic weight (conductance increment per presynaptic spike)")
  double w = 0.5 * wMax;

  @Var("presynaptic trace")
  double Apre;

  @Var("postsynaptic trace")
  double Apost;

  @Var("conductance")
  double g;

  @Post("V")
  double vPost;

  @Post("input")
  double iPost;

  @Derivative(method = Methods.EXP_AUTO)
  double dApre() {
    return -Apre / tauPre;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dApost() {
    return -Apost / tauPost;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dg() {
    return -g / tau;
  }

  @Update
  void update() {
    integrate(Apre, Apost, g);
  }

  @OnPre
  void onPre() {
    g += w;
    Apre += dApre;
    w = clip(w - Apost, wMin, wMax);
  }

  @OnPost
  void onPost() {
    Apost += dApost;
    w = clip(w + Apre, wMin, wMax);
  }

  @Output
  void output() {
    iPost += g * (E - vPost);
  }

  private static double clip(double x, double lo, double hi) {
    return Math.min(Math.max(x, lo), hi);
  }
}
