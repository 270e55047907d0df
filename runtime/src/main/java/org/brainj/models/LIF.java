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
 * Leaky integrate-and-fire neuron with an absolute refractory period, as in the BrainPy 1.0
 * manual, chapter 3.1.1.
 *
 * <pre>
 *   tau dV/dt = -(V - vRest) + R * input
 *   if V &gt;= vTh after a step: spike, V = vReset, tLastSpike = t (the start of that step)
 *   while t - tLastSpike &lt;= tRefractory: V is held (at vReset), no integration, no spike
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code vRest}</td><td>{@code V_rest}</td><td>0</td><td>mV</td><td>resting potential</td></tr>
 *   <tr><td>{@code vReset}</td><td>{@code V_reset}</td><td>-5</td><td>mV</td><td>potential after a spike</td></tr>
 *   <tr><td>{@code vTh}</td><td>{@code V_th}</td><td>20</td><td>mV</td><td>spike threshold</td></tr>
 *   <tr><td>{@code R}</td><td>{@code R}</td><td>1</td><td>MOhm</td><td>membrane resistance</td></tr>
 *   <tr><td>{@code tau}</td><td>{@code tau}</td><td>10</td><td>ms</td><td>membrane time constant</td></tr>
 *   <tr><td>{@code tRefractory}</td><td>{@code t_refractory} (BrainPy 2.x: {@code tau_ref})</td><td>1</td><td>ms</td><td>absolute refractory period</td></tr>
 * </table>
 *
 * <p>Variables: {@code V} (mV, initial {@code vReset} as in the manual), {@code tLastSpike} (ms,
 * initial -1e7: long ago), {@code refractory} (whether the neuron was refractory in the last
 * step), the spike flag {@code spike} and the input accumulator {@code input}.
 *
 * <p>Step, in the manual's order: if {@code t - tLastSpike <= tRefractory} the neuron is
 * refractory and {@code V} is not integrated; otherwise {@code V} is integrated and, if it reached
 * {@code vTh}, reset to {@code vReset} with a spike stamped at the step's start time {@code t}.
 * With constant input {@code I} above rheobase ({@code R I > vTh - vRest}) the interspike interval
 * is about {@code tRefractory + tau ln((vRest + R I - vReset) / (vRest + R I - vTh))}, rounded to
 * the time grid.
 *
 * <p>Two details differ from the manual's loop, which are artifacts of its hand-written form: the
 * manual leaves {@code spike} untouched (still set) during the refractory steps after a spike; here
 * {@code spike} is true only in the step that crossed the threshold, as in BrainPy 2.x. The manual
 * clears {@code input} only in non-refractory steps; here the runtime clears it every step.
 *
 * <p>Integration: forward Euler, the manual's default {@code @bp.odeint} method.
 *
 * <p>Differences from BrainPy 2.x's {@code brainpy.neurons.LIF} (same equation and parameter
 * defaults otherwise): BrainPy calls the refractory period {@code tau_ref} and has none by default
 * ({@code None}), here {@code tRefractory = 1} as in the manual; BrainPy starts {@code V} at 0
 * ({@code ZeroInit}), here at {@code vReset}; BrainPy integrates with {@code exp_auto} (exact for
 * this linear equation), here with Euler. {@code .tRefractory(0).V(0)} gives BrainPy 2.x's
 * defaults up to the integrator. The name {@code tRefractory} is kept because the manual's
 * examples use it.
 *
 * <p>Reference: BrainPy 1.0 manual, 3.1.1; L. F. Abbott, Lapicque's introduction of the
 * integrate-and-fire model neuron (1907), Brain Res. Bull. 50 (1999) 303-304.
 */
@NeuGroup
public class LIF {
  @Param("resting potential, mV (BrainPy V_rest)")
  double vRest = 0;

  @Param("reset potential after a spike, mV (BrainPy V_reset)")
  double vReset = -5;

  @Param("spike threshold, mV (BrainPy V_th)")
  double vTh = 20;

  @Param("membrane resistance, MOhm")
  double R = 1;

  @Param("membrane time constant, ms")
  double tau = 10;

  @Param("absolute refractory period, ms (BrainPy t_refractory)")
  double tRefractory = 1;

  @Var("membrane potential, mV")
  double V = vReset;

  @Var("time of the last spike, ms (BrainPy t_last_spike)")
  double tLastSpike = -1e7;

  @Var("whether the neuron was refractory in the last step")
  boolean refractory;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.EULER)
  double dV() {
    return (-(V - vRest) + R * input) / tau;
  }

  @Update
  void update(double t) {
    if (t - tLastSpike <= tRefractory) {
      refractory = true;
      spike = false;
    } else {
      refractory = false;
      integrate(V);
      if (V >= vTh) {
        V = vReset;
        spike = true;
        tLastSpike = t;
      } else {
        spike = false;
      }
    }
  }
}
