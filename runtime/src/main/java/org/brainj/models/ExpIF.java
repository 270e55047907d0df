package org.brainj.models;

import static org.brainj.annotations.Dsl.integrate;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Input;
import org.brainj.annotations.Methods;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * Exponential integrate-and-fire neuron (Fourcaud-Trocme et al. 2003), with BrainPy's parameters.
 *
 * <pre>
 *   tau dV/dt = -(V - vRest) + deltaT exp((V - vT) / deltaT) + R * input
 *   if V &gt;= vTh after a step: spike, V = vReset, tLastSpike = t (the start of that step)
 *   while t - tLastSpike &lt;= tauRef: V is held (at vReset)
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code vRest}</td><td>{@code V_rest}</td><td>-65</td><td>mV</td><td>resting potential</td></tr>
 *   <tr><td>{@code vReset}</td><td>{@code V_reset}</td><td>-68</td><td>mV</td><td>potential after a spike</td></tr>
 *   <tr><td>{@code vTh}</td><td>{@code V_th}</td><td>-30</td><td>mV</td><td>numerical spike threshold (cut-off of the upswing)</td></tr>
 *   <tr><td>{@code vT}</td><td>{@code V_T}</td><td>-59.9</td><td>mV</td><td>soft threshold: where the exponential term takes over</td></tr>
 *   <tr><td>{@code deltaT}</td><td>{@code delta_T}</td><td>3.48</td><td>mV</td><td>spike slope factor (sharpness of the upswing)</td></tr>
 *   <tr><td>{@code R}</td><td>{@code R}</td><td>1</td><td>MOhm</td><td>membrane resistance</td></tr>
 *   <tr><td>{@code tau}</td><td>{@code tau}</td><td>10</td><td>ms</td><td>membrane time constant</td></tr>
 *   <tr><td>{@code tauRef}</td><td>{@code tau_ref}</td><td>1.7</td><td>ms</td><td>absolute refractory period</td></tr>
 * </table>
 *
 * <p>Variables: {@code V} (mV), {@code tLastSpike} (ms, initial -1e7), {@code refractory}
 * (refractory in the last step, or spiked in it), the spike flag {@code spike} and the input
 * accumulator {@code input}.
 *
 * <p>Initial {@code V}: 0, as BrainPy's table says ({@code ZeroInit}). That is above the
 * threshold {@code vTh = -30}, so, as in BrainPy, every neuron spikes in the first step (at
 * {@code t = 0}) and is then reset to {@code vReset} and refractory until {@code t > tauRef}. To
 * start at rest instead, give {@code .V(-65)} (or the group's {@code vRest}) to the builder.
 *
 * <p>Rheobase: the fixed points vanish when {@code R I > vT - vRest - deltaT} (1.62 with the
 * defaults); below it the neuron settles and never fires.
 *
 * <p>Step, as BrainPy's {@code ExpIF.update}: if the neuron is refractory
 * ({@code t - tLastSpike <= tauRef}) {@code V} keeps its value, otherwise it is integrated; then
 * {@code spike = V >= vTh}, and a spiking neuron is reset to {@code vReset} with
 * {@code tLastSpike = t}.
 *
 * <p>Integration: exponential Euler ({@code exp_auto}), BrainPy's method. The processor finds
 * the linear part {@code (-1 + exp((V - vT) / deltaT)) / tau} symbolically. Past the upswing the
 * step {@code expm1(dt A) / A * f} may reach +infinity; such a step spikes and resets, as the
 * true solution (which diverges within the step) does. (Before exponential Euler existed this
 * model used {@code rk4} with the exponent capped at 200 to keep its stages finite.)
 *
 * <p>Reference: N. Fourcaud-Trocme, D. Hansel, C. van Vreeswijk, N. Brunel, How spike generation
 * mechanisms determine the neuronal response to fluctuating inputs, J. Neurosci. 23 (2003)
 * 11628-11640; BrainPy 2.x {@code brainpy.neurons.ExpIF}.
 */
@NeuGroup
public class ExpIF {
  @Param("resting potential, mV (BrainPy V_rest)")
  double vRest = -65;

  @Param("reset potential after a spike, mV (BrainPy V_reset)")
  double vReset = -68;

  @Param("numerical spike threshold, mV (BrainPy V_th)")
  double vTh = -30;

  @Param("soft threshold of the exponential term, mV (BrainPy V_T)")
  double vT = -59.9;

  @Param("spike slope factor, mV (BrainPy delta_T)")
  double deltaT = 3.48;

  @Param("membrane resistance, MOhm")
  double R = 1;

  @Param("membrane time constant, ms")
  double tau = 10;

  @Param("absolute refractory period, ms (BrainPy tau_ref)")
  double tauRef = 1.7;

  @Var("membrane potential, mV")
  double V = 0;

  @Var("time of the last spike, ms (BrainPy t_last_spike)")
  double tLastSpike = -1e7;

  @Var("refractory in the last step, or spiked in it")
  boolean refractory;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.EXP_AUTO)
  double dV() {
    return (-(V - vRest) + deltaT * Math.exp((V - vT) / deltaT) + R * input) / tau;
  }

  @Update
  void update(double t) {
    refractory = t - tLastSpike <= tauRef;
    if (!refractory) {
      integrate(V);
    }
    spike = V >= vTh;
    if (spike) {
      V = vReset;
      tLastSpike = t;
      refractory = true;
    }
  }
}
