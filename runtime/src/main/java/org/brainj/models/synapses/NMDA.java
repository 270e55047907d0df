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
 * NMDA receptor synapse with a voltage-dependent magnesium block (BrainPy 2.x {@code NMDA},
 * Jahr and Stevens 1990): slow, saturating conductance that passes current only when the
 * postsynaptic neuron is depolarised.
 *
 * <pre>
 *   dg/dt = -g / tauDecay + a x (1 - g)           g: fraction of open channels
 *   dx/dt = -x / tauRise                          x: transmitter / binding drive
 *   on a presynaptic spike:   x += 1
 *   gInf(V) = 1 / (1 + ccMg / beta exp(-alpha V))                   (magnesium unblock)
 *   output:                   I_post += gMax g gInf(V_post) (E - V_post)
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code gMax}</td><td>{@code g_max}</td><td>0.15</td><td>conductance</td><td>maximal conductance</td></tr>
 *   <tr><td>{@code E}</td><td>{@code E}</td><td>0</td><td>mV</td><td>reversal potential</td></tr>
 *   <tr><td>{@code ccMg}</td><td>{@code cc_Mg}</td><td>1.2</td><td>mM</td><td>extracellular magnesium concentration</td></tr>
 *   <tr><td>{@code alpha}</td><td>{@code alpha}</td><td>0.062</td><td>1/mV</td><td>voltage sensitivity of the block</td></tr>
 *   <tr><td>{@code beta}</td><td>{@code beta}</td><td>3.57</td><td>mM</td><td>magnesium dissociation constant</td></tr>
 *   <tr><td>{@code tauDecay}</td><td>{@code tau_decay}</td><td>100</td><td>ms</td><td>decay time constant of {@code g}</td></tr>
 *   <tr><td>{@code tauRise}</td><td>{@code tau_rise}</td><td>2</td><td>ms</td><td>decay time constant of {@code x}</td></tr>
 *   <tr><td>{@code a}</td><td>{@code a}</td><td>0.5</td><td>1/ms</td><td>binding rate of {@code x} onto {@code g}</td></tr>
 * </table>
 *
 * <p>Variables: {@code g} and {@code x}, both initially 0. After one spike {@code x(t) =
 * exp(-t / tauRise)}, and while {@code g} is small it rises like
 * {@code a tauRise (1 - exp(-t / tauRise))} before decaying with {@code tauDecay}; with several
 * spikes in quick succession {@code g} saturates towards 1.
 *
 * <p>Integration: {@code g, x} jointly with {@code rk4}. BrainPy's default {@code exp_auto}
 * linearises each variable in itself and holds {@code x} over the step (first order in
 * {@code dt} for this coupled pair); RK4 is fourth order.
 *
 * <p><b>State layout</b>: per synapse. {@code a x (1 - g)} is a product of state variables (the
 * sum over a neuron's synapses does not evolve like one synapse), which {@code PerPostAnalysis}
 * reports in the generated class.
 *
 * <p>The postsynaptic group needs variables {@code V} and {@code input}.
 *
 * <p>Reference: BrainPy 2.x {@code brainpy.synapses.NMDA} ({@code g_max = 0.15, E = 0,
 * cc_Mg = 1.2, alpha = 0.062, beta = 3.57, tau_decay = 100, tau_rise = 2, a = 0.5}); C. E. Jahr,
 * C. F. Stevens, Voltage dependence of NMDA-activated macroscopic conductances predicted by
 * single-channel kinetics, J. Neurosci. 10 (1990) 3178-3182; X.-J. Wang, Synaptic basis of
 * cortical persistent activity: the importance of NMDA receptors to working memory,
 * J. Neurosci. 19 (1999) 9587-9603.
 */
@SynGroup
public class NMDA {
  @Param("maximal conductance (BrainPy g_max)")
  double gMax = 0.15;

  @Param("reversal potential, mV")
  double E = 0;

  @Param("extracellular magnesium concentration, mM (BrainPy cc_Mg)")
  double ccMg = 1.2;

  @Param("voltage sensitivity of the magnesium block, 1/mV")
  double alpha = 0.062;

  @Param("magnesium dissociation constant, mM")
  double beta = 3.57;

  @Param("decay time constant of g, ms (BrainPy tau_decay)")
  double tauDecay = 100;

  @Param("decay time constant of x, ms (BrainPy tau_rise)")
  double tauRise = 2;

  @Param("binding rate, 1/ms")
  double a = 0.5;

  @Var("fraction of open channels")
  double g;

  @Var("transmitter drive, incremented by 1 per presynaptic spike")
  double x;

  @Post("V")
  double vPost;

  @Post("input")
  double iPost;

  @Derivative(method = Methods.RK4)
  double dg() {
    return -g / tauDecay + a * x * (1 - g);
  }

  @Derivative(method = Methods.RK4)
  double dx() {
    return -x / tauRise;
  }

  @Update
  void update() {
    integrate(g, x);
  }

  @OnPre
  void spike() {
    x += 1;
  }

  @Output
  void output() {
    iPost += gMax * g * (E - vPost) / (1 + ccMg / beta * Math.exp(-alpha * vPost));
  }
}
