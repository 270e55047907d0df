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
 * Short-term plasticity of the Tsodyks–Markram model (BrainPy 2.x {@code STP}): each spike
 * releases the fraction {@code u} of the available resources {@code x} into an exponentially
 * decaying current; {@code u} facilitates with each spike and relaxes with {@code tauF},
 * {@code x} depletes and recovers with {@code tauD}.
 *
 * <pre>
 *   du/dt = -u / tauF
 *   dx/dt = (1 - x) / tauD
 *   dI/dt = -I / tau
 *   on a presynaptic spike (in this order):
 *     u += U (1 - u)          u+ : utilisation after facilitation
 *     r  = u x                release, with x- the resources before the spike
 *     x -= r
 *     I += A r                the PSC amplitude is A u+ x-
 *   output:                   I_post += I
 * </pre>
 *
 * <p>Between spikes {@code u} and {@code x} relax exactly exponentially, so for spikes
 * {@code Delta} apart the amplitudes follow the Tsodyks–Markram recurrence
 * {@code u_n- = u_(n-1)+ exp(-Delta/tauF)}, {@code x_n- = 1 - (1 - x_(n-1)+) exp(-Delta/tauD)},
 * {@code u_n+ = u_n- + U (1 - u_n-)}, {@code PSC_n = A u_n+ x_n-}, {@code x_n+ = x_n- (1 - u_n+)}.
 * With the defaults ({@code U} small, {@code tauF >> tauD}) the synapse is facilitating: the first
 * responses of a train grow, until depletion of {@code x} limits them; {@code U = 0.5, tauF = 50,
 * tauD = 750} gives a depressing synapse, whose responses shrink from the second spike on.
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code U}</td><td>{@code U}</td><td>0.15</td><td>1</td><td>utilisation increment per spike</td></tr>
 *   <tr><td>{@code tauF}</td><td>{@code tau_f}</td><td>1500</td><td>ms</td><td>facilitation time constant</td></tr>
 *   <tr><td>{@code tauD}</td><td>{@code tau_d}</td><td>200</td><td>ms</td><td>recovery (depression) time constant</td></tr>
 *   <tr><td>{@code tau}</td><td>{@code tau}</td><td>8</td><td>ms</td><td>decay time constant of the current</td></tr>
 *   <tr><td>{@code A}</td><td>{@code A}</td><td>1</td><td>current</td><td>response amplitude for full release</td></tr>
 * </table>
 *
 * <p>Variables: {@code u} (initial {@code U}, as in BrainPy), {@code x} (initial 1: all resources
 * available), {@code I} (initial 0). Start with {@code .u(0)} on the builder for the textbook
 * first response {@code A U}.
 *
 * <p>Integration: {@code exp_auto} (BrainPy's default), exact here: the three equations are
 * linear and independent of each other. On a spike BrainPy computes the new {@code u} with the
 * {@code u} of before the step's decay; here every spike update uses the decayed values, which is
 * the model's definition (the difference is a factor {@code exp(-dt/tauF)} on one term).
 *
 * <p><b>State layout</b>: per synapse. {@code dx/dt = (1 - x) / tauD} is affine, not homogeneous
 * (the sum over {@code n} synapses would relax towards {@code n}, and {@code PerPostAnalysis}
 * stops there, as the generated class says), and the spike update depends on the state
 * ({@code U (1 - u)}, {@code u x}), so synapses onto one neuron cannot be summed.
 *
 * <p>The postsynaptic group needs a variable {@code input}.
 *
 * <p>Reference: BrainPy 2.x {@code brainpy.synapses.STP} ({@code U = 0.15, tau_f = 1500,
 * tau_d = 200, tau = 8, A = 1}); M. Tsodyks, K. Pawelzik, H. Markram, Neural networks with
 * dynamic synapses, Neural Comput. 10 (1998) 821-835; G. Mongillo, O. Barak, M. Tsodyks,
 * Synaptic theory of working memory, Science 319 (2008) 1543-1546.
 */
@SynGroup
public class STP {
  @Param("utilisation increment per spike")
  double U = 0.15;

  @Param("facilitation time constant, ms (BrainPy tau_f)")
  double tauF = 1500;

  @Param("recovery time constant of the resources, ms (BrainPy tau_d)")
  double tauD = 200;

  @Param("decay time constant of the synaptic current, ms")
  double tau = 8;

  @Param("response amplitude for full release")
  double A = 1;

  @Var("utilisation of the resources")
  double u = U;

  @Var("fraction of available resources")
  double x = 1;

  @Var("synaptic current")
  double I;

  @Post("input")
  double iPost;

  @Derivative(method = Methods.EXP_AUTO)
  double du() {
    return -u / tauF;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dx() {
    return (1 - x) / tauD;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dI() {
    return -I / tau;
  }

  @Update
  void update() {
    integrate(u, x, I);
  }

  @OnPre
  void spike() {
    u += U * (1 - u);
    double release = u * x;
    x -= release;
    I += A * release;
  }

  @Output
  void output() {
    iPost += I;
  }
}
