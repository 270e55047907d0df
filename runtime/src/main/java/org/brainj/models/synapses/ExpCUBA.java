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
 * Current-based exponential synapse:
 *
 * <pre>
 *   dg/dt = -g / tau
 *   on a presynaptic spike:   g += weight
 *   output:                   I_post += g
 * </pre>
 *
 * <p>Parameters: {@code tau} = 5 ms (decay), {@code weight} = 1 (increment per spike). Kept per
 * postsynaptic neuron unless built with {@code perSynapse()}. The postsynaptic group needs a
 * variable {@code input}.
 */
@SynGroup
public class ExpCUBA {
  @Param("decay time constant (ms)")
  double tau = 5;

  @Param("current increment per spike")
  double weight = 1;

  @Var("synaptic current")
  double g;

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
    iPost += g;
  }
}
