package org.brainj.examples.bench;

import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * The neuron of the {@code cuba} benchmark (BENCHMARKS.md; Brian2's {@code CUBA} example):
 *
 * <pre>
 *   dv/dt = (ge + gi - (v - El)) / taum     (held while refractory)
 *   dge/dt = -ge / taue,  dgi/dt = -gi / taui
 *   v &gt; Vt: spike, v = Vr, refractory for tRef
 * </pre>
 *
 * Integrated exactly, as Brian2's {@code exact} method does: the system is linear, and over one
 * step {@code ge(t) = ge e^(-t/taue)} drives {@code v - El} through
 * {@code u(dt) = u e^(-dt/taum) + ge taue / (taue - taum) (e^(-dt/taue) - e^(-dt/taum))}
 * (likewise for {@code gi}). The exponentials depend on parameters only, so they are computed
 * once per step, not per neuron.
 */
@NeuGroup
public class CubaNeuron {
  @Param("membrane time constant, ms")
  double taum = 20;

  @Param("excitatory current decay, ms")
  double taue = 5;

  @Param("inhibitory current decay, ms")
  double taui = 10;

  @Param("threshold, mV")
  double Vt = -50;

  @Param("reset, mV")
  double Vr = -60;

  @Param("resting potential, mV")
  double El = -49;

  @Param("refractory period, ms")
  double tRef = 5;

  @Var("membrane potential, mV")
  double v = -60;

  @Var("excitatory current (as a voltage), mV")
  double ge;

  @Var("inhibitory current (as a voltage), mV")
  double gi;

  @Var("time of the last spike, ms")
  double tLastSpike = -1e7;

  @Spike boolean spike;

  @Update
  void update(double t, double dt) {
    double em = Math.exp(-dt / taum);
    double ee = Math.exp(-dt / taue);
    double ei = Math.exp(-dt / taui);
    spike = false;
    if (t - tLastSpike >= tRef - 0.5 * dt) {
      v = El + (v - El) * em + ge * (taue / (taue - taum) * (ee - em))
          + gi * (taui / (taui - taum) * (ei - em));
      if (v > Vt) {
        v = Vr;
        spike = true;
        tLastSpike = t;
      }
    }
    ge = ge * ee;
    gi = gi * ei;
  }
}
