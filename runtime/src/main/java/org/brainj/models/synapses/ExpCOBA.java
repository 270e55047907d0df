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
 * Conductance-based exponential synapse (manual 6.2.3, the COBA network):
 *
 * <pre>
 *   dg/dt = -g / tau
 *   on a presynaptic spike:   g += weight
 *   output:                   I_post += g (E - V_post)
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>tau</td><td>5</td><td>ms</td><td>decay time constant</td></tr>
 *   <tr><td>weight</td><td>0.6</td><td></td><td>conductance increment per spike</td></tr>
 *   <tr><td>E</td><td>0</td><td>mV</td><td>reversal potential</td></tr>
 * </table>
 *
 * <p>The dynamics are linear and spikes add, so the conductance is kept per postsynaptic neuron
 * (the sum over its synapses) unless built with {@code perSynapse()}. Euler integration, as the
 * COBA benchmark of BENCHMARKS.md prescribes. The postsynaptic group needs variables {@code V}
 * and {@code input}.
 */
@SynGroup
public class ExpCOBA {
  @Param("decay time constant (ms)")
  double tau = 5;

  @Param("conductance increment per spike")
  double weight = 0.6;

  @Param("reversal potential (mV)")
  double E = 0;

  @Var("conductance")
  double g;

  @Post("V")
  double vPost;

  @Post("input")
  double iPost;

  @Derivative(method = Methods.EULER)
  double dg() {
    return -g / tau;
  }

  @Update
  void update() {
    integrate(g);
  }

  @OnPre
  void spike() {
    g += weight;
  }

  @Output
  void output() {
    iPost += g * (E - vPost);
  }
}
