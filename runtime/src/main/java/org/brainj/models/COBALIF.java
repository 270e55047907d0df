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
 * The leaky integrate-and-fire neuron of the COBA network (Vogels &amp; Abbott 2005) in BrainPy's
 * form (manual chapter 6; the {@code coba} benchmark of BENCHMARKS.md):
 *
 * <pre>
 *   tau dV/dt = (El - V) + input
 *   if V &gt;= Vt after a step: spike, V = Vr
 *   refractory for tRef after a spike: V is held, not integrated
 * </pre>
 *
 * <p>{@code input} collects everything else: the conductance synapses add {@code g (E - V)} into
 * it ({@link org.brainj.models.synapses.ExpCOBA}) and the runner adds the constant drive
 * {@code I = 20} mV, so with both synapse types the equation is the benchmark's
 * {@code tau dV/dt = (El - V) + ge (Ee - V) + gi (Ei - V) + I}.
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code tau}</td><td>20</td><td>ms</td><td>membrane time constant</td></tr>
 *   <tr><td>{@code El}</td><td>-60</td><td>mV</td><td>leak (resting) potential</td></tr>
 *   <tr><td>{@code Vr}</td><td>-60</td><td>mV</td><td>reset potential</td></tr>
 *   <tr><td>{@code Vt}</td><td>-50</td><td>mV</td><td>spike threshold</td></tr>
 *   <tr><td>{@code tRef}</td><td>5</td><td>ms</td><td>absolute refractory period</td></tr>
 * </table>
 *
 * <p>Variables: {@code V} (mV, initial {@code Vr}; the benchmark draws {@code Vr + 5 randn} with
 * the builder's {@code .V(Init.normal(-60, 5))}), {@code tLastSpike} (ms), the spike flag and the
 * input accumulator. Forward Euler, as the benchmark prescribes.
 *
 * <p>Refractoriness counts whole steps, as in the Brian2 reference the benchmark is checked
 * against: a neuron that spiked in the step starting at {@code t0} is held for the steps starting
 * before {@code t0 + tRef} and integrates again from the step starting at {@code t0 + tRef}
 * ({@code round(tRef / dt)} steps after the spike step). The comparison carries half a step of
 * slack, so the rounding of times like {@code 0.1 * n} cannot move it by a step (the manual's
 * {@code t - t_last_spike > ref_time} has that ambiguity and holds one step longer when it does
 * not).
 */
@NeuGroup
public class COBALIF {
  @Param("membrane time constant, ms")
  double tau = 20;

  @Param("leak (resting) potential, mV")
  double El = -60;

  @Param("reset potential, mV")
  double Vr = -60;

  @Param("spike threshold, mV")
  double Vt = -50;

  @Param("absolute refractory period, ms")
  double tRef = 5;

  @Var("membrane potential, mV")
  double V = Vr;

  @Var("time of the last spike, ms")
  double tLastSpike = -1e7;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.EULER)
  double dV() {
    return (El - V + input) / tau;
  }

  @Update
  void update(double t, double dt) {
    spike = false;
    if (t - tLastSpike >= tRef - 0.5 * dt) {
      integrate(V);
      if (V >= Vt) {
        V = Vr;
        spike = true;
        tLastSpike = t;
      }
    }
  }
}
