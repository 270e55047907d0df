package org.brainj.models;

import java.util.Arrays;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.StateVar;
import org.brainj.runtime.input.InputValue;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;

/**
 * Runs single-group networks through the runtime's {@link Network} and {@link Runner} with a
 * constant input per neuron, and reads spike trains: what the models' characteristic tests need.
 */
final class Firing {
  private Firing() {}

  /** A runner for a new network holding only {@code g}, with {@code currents[i]} into neuron i. */
  static Runner runner(NeuronGroup g, StateVar input, double[] currents, double dt) {
    return Network.of(g).runner().dt(dt).input(input, InputValue.perNeuron(currents));
  }

  /** Runs {@code g} for {@code duration} ms with constant per-neuron input; its spikes. */
  static SpikeRecord spikes(NeuronGroup g, StateVar input, double[] currents, double dt,
      double duration) {
    RunResult r = runner(g, input, currents, dt).monitorSpikes(g).run(duration);
    return r.spikes(g);
  }

  /** The spike times of one neuron, ascending. */
  static double[] times(SpikeRecord s, int neuron) {
    double[] t = s.times();
    int[] who = s.indices();
    return java.util.stream.IntStream.range(0, t.length).filter(k -> who[k] == neuron)
        .mapToDouble(k -> t[k]).sorted().toArray();
  }

  /** The intervals between consecutive spike times. */
  static double[] intervals(double[] times) {
    double[] isi = new double[Math.max(0, times.length - 1)];
    for (int k = 0; k < isi.length; k++) {
      isi[k] = times[k + 1] - times[k];
    }
    return isi;
  }

  /** The intervals of one neuron's spikes at or after {@code from} ms. */
  static double[] intervals(SpikeRecord s, int neuron, double from) {
    return intervals(Arrays.stream(times(s, neuron)).filter(t -> t >= from).toArray());
  }

  /** Spikes per second of one neuron in {@code [from, to)} ms. */
  static double rate(SpikeRecord s, int neuron, double from, double to) {
    long n = Arrays.stream(times(s, neuron)).filter(t -> t >= from && t < to).count();
    return 1000.0 * n / (to - from);
  }

  /** Currents {@code from, from + step, ...} up to {@code to} (inclusive within rounding). */
  static double[] range(double from, double to, double step) {
    int n = (int) Math.floor((to - from) / step + 1e-9) + 1;
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = from + i * step;
    }
    return c;
  }
}
