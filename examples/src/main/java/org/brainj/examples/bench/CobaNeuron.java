package org.brainj.examples.bench;

import static org.brainj.annotations.Dsl.integrate;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Methods;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * The neuron of the {@code coba} benchmark (BENCHMARKS.md; Vogels &amp; Abbott's COBA network in
 * BrainPy's form, written as Brian2's benchmark script writes it: the conductances live in the
 * neuron and spikes add to them):
 *
 * <pre>
 *   tau dV/dt = (El - V) + ge (Ee - V) + gi (Ei - V) + I      (held while refractory)
 *   dge/dt = -ge / tauE,  dgi/dt = -gi / tauI
 *   V &gt; Vt: spike, V = Vr, refractory for tRef
 * </pre>
 *
 * Forward Euler for all three, each from the state at the start of the step.
 */
@NeuGroup
public class CobaNeuron {
  @Param("membrane time constant, ms")
  double tau = 20;

  @Param("leak potential, mV")
  double El = -60;

  @Param("reset potential, mV")
  double Vr = -60;

  @Param("threshold, mV")
  double Vt = -50;

  @Param("excitatory reversal potential, mV")
  double Ee = 0;

  @Param("inhibitory reversal potential, mV")
  double Ei = -80;

  @Param("constant drive, mV")
  double I = 20;

  @Param("excitatory conductance decay, ms")
  double tauE = 5;

  @Param("inhibitory conductance decay, ms")
  double tauI = 10;

  @Param("refractory period, ms")
  double tRef = 5;

  @Var("membrane potential, mV")
  double V = -60;

  @Var("excitatory conductance (dimensionless)")
  double ge;

  @Var("inhibitory conductance (dimensionless)")
  double gi;

  @Var("time of the last spike, ms")
  double tLastSpike = -1e7;

  @Spike boolean spike;

  @Derivative(method = Methods.EULER)
  double dV() {
    return ((El - V) + ge * (Ee - V) + gi * (Ei - V) + I) / tau;
  }

  @Derivative(method = Methods.EULER)
  double dge() {
    return -ge / tauE;
  }

  @Derivative(method = Methods.EULER)
  double dgi() {
    return -gi / tauI;
  }

  @Update
  void update(double t, double dt) {
    spike = false;
    // whole steps of refractoriness, as Brian2 counts them
    if (t - tLastSpike >= tRef - 0.5 * dt) {
      integrate(V); // from ge, gi at the start of the step
      if (V > Vt) {
        V = Vr;
        spike = true;
        tLastSpike = t;
      }
    }
    integrate(ge, gi);
  }
}
