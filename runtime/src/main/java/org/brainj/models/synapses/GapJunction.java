package org.brainj.models.synapses;

import org.brainj.annotations.Output;
import org.brainj.annotations.Param;
import org.brainj.annotations.Post;
import org.brainj.annotations.Pre;
import org.brainj.annotations.SynGroup;

/**
 * Electrical synapse (gap junction, BrainPy 2.x {@code GapJunction}): an ohmic current through
 * the junction, from the presynaptic into the postsynaptic neuron, every step.
 *
 * <pre>
 *   output:   I_post += g (V_pre - V_post)
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code g}</td><td>{@code g_max}</td><td>1</td><td>conductance (input per mV)</td><td>junction conductance</td></tr>
 * </table>
 *
 * <p>No state and no events: the synapse reads both neurons' {@code V} and writes the
 * postsynaptic {@code input} at the synapse group's {@code output} entry, so the current computed
 * from this step's voltages enters the postsynaptic neuron's next step (like every synaptic
 * output).
 *
 * <p><b>Symmetric coupling needs two projections.</b> A presynaptic variable is read only in the
 * DSL, so one projection drives only its postsynaptic side. BrainPy's {@code GapJunction} writes
 * both {@code pre.input -= diff} and {@code post.input += diff}; the same coupling here is
 * {@code net.connect(A, B, GapJunctionSynapses.builder().g(g), conn)} plus
 * {@code net.connect(B, A, ..., transposed conn)} (or, within one group, a symmetric connectivity
 * that lists each pair both ways). The two neurons then relax towards each other: with leaky
 * membranes of time constant {@code tau} and resistance {@code R}, the difference
 * {@code V_1 - V_2} decays with rate {@code (1 + 2 g R) / tau} instead of {@code 1 / tau}.
 *
 * <p><b>State layout</b>: per synapse (there is no state; the output reads the presynaptic
 * {@code V}, so it cannot be summed per postsynaptic neuron).
 *
 * <p>The pre- and postsynaptic groups need a variable {@code V}, the postsynaptic group a
 * variable {@code input}. The presynaptic group needs a {@code @Spike} variable only because
 * every synapse group does.
 *
 * <p>Reference: BrainPy 2.x {@code brainpy.synapses.GapJunction} ({@code g_max = 1}); Y. Bennett,
 * R. S. Zukin, Electrical coupling and neuronal synchronization in the mammalian brain, Neuron 41
 * (2004) 495-511.
 */
@SynGroup
public class GapJunction {
  @Param("junction conductance (BrainPy g_max)")
  double g = 1;

  @Pre("V")
  double vPre;

  @Post("V")
  double vPost;

  @Post("input")
  double iPost;

  @Output
  void output() {
    iPost += g * (vPre - vPost);
  }
}
