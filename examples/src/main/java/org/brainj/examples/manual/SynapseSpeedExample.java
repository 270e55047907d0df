package org.brainj.examples.manual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.examples.models.synapses.ManualCoba;
import org.brainj.examples.networks.Coba;
import org.brainj.models.synapses.ExpCOBASynapses;
import org.brainj.runtime.group.SynapseGroup;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.plot.BarPlot;
import org.brainj.runtime.plot.Plots;

/**
 * Manual chapter 6, efficient synaptic computation: the COBA network ({@link Coba}: 4000 LIF
 * neurons, about 80 synapses per neuron, 100 ms as in the manual) run with the synapse written in
 * each of the manual's seven data layouts ({@link ManualCoba.Form}: "mat 1" ... "vec 5") and with
 * the two layouts the processor generates from the built-in {@code ExpCOBA} (state per
 * postsynaptic neuron, the default; per synapse). Every variant is timed on the same network
 * after a short warm-up run and a reset; the summary also says whether its spikes are the same as
 * those of the generated per-neuron layout.
 *
 * <p>{@code --scale} below 1 shortens the run and shrinks the network with it (at least 400
 * neurons), so that the dense matrix forms stay quick.
 */
public final class SynapseSpeedExample implements Example {
  private static final int N = 4000;
  private static final long SEED = 1;

  /** One variant: its label, what it keeps, and how to build its projections. */
  private record Variant(String label, String layout, Coba.SynapseFactory synapses) {}

  /** What a timed run gave. */
  private record Timing(Variant variant, double seconds, long conductances, SpikeRecord e,
      SpikeRecord i) {}

  @Override
  public String name() {
    return "synspeed";
  }

  @Override
  public String description() {
    return "COBA with the manual's seven synapse layouts (mat 1 ... vec 5) and BrainJ's two,"
        + " timed, bar chart (manual 6)";
  }

  @Override
  public void run(ExampleContext ctx) {
    double factor = ctx.scale(1000) / 1000;
    int n = (int) Math.max(400, Math.min(N, Math.round(N * factor)));
    double duration = ctx.scale(100);
    double warmUp = ctx.scale(10);

    List<Variant> variants = new ArrayList<>();
    for (ManualCoba.Form form : ManualCoba.Form.values()) {
      variants.add(new Variant(form.label(), "hand-written: " + form.layout(),
          (name, tau, weight, reversal) -> form.builder().name(name).tau(tau).weight(weight)
              .E(reversal)));
    }
    variants.add(new Variant("ExpCOBA per post", "generated: g per post neuron (default)",
        (name, tau, weight, reversal) -> ExpCOBASynapses.builder().name(name).tau(tau)
            .weight(weight).E(reversal)));
    variants.add(new Variant("ExpCOBA per syn", "generated: g per synapse (.perSynapse())",
        (name, tau, weight, reversal) -> ExpCOBASynapses.builder().name(name).tau(tau)
            .weight(weight).E(reversal).perSynapse()));

    List<Timing> timings = new ArrayList<>();
    long synapses = 0;
    for (Variant v : variants) {
      Coba coba = Coba.build(n, SEED, v.synapses());
      synapses = coba.synapseCount();
      Runner runner = coba.runner().monitorSpikes(coba.E(), coba.I());
      runner.run(warmUp);              // lets the JIT compile the loops before the timed run
      coba.network().reset();
      RunResult r = runner.run(duration);
      long conductances = 0;
      for (SynapseGroup s : coba.projections()) {
        conductances += s instanceof ManualCoba m ? m.conductances()
            : s.perPost() ? s.post().size() : s.size();
      }
      timings.add(new Timing(v, r.elapsedSeconds(), conductances, r.spikes(coba.E()),
          r.spikes(coba.I())));
      ctx.out().printf(Locale.ROOT, "  %-17s %8.3f s%n", v.label(), r.elapsedSeconds());
    }

    Timing reference = timings.get(variants.size() - 2);   // generated, per post neuron
    ctx.report(String.format(Locale.ROOT, "COBA network: %d neurons (%d E, %d I), %d synapses,"
        + " seed %d; %.0f ms at dt = %.1f ms after a %.0f ms warm-up run and a reset", n,
        reference.e().size(), reference.i().size(), synapses, SEED, duration, Coba.DT, warmUp));
    ctx.report(String.format(Locale.ROOT, "%-17s %-58s %12s %9s %8s %8s  %s", "variant",
        "layout", "conductances", "run (s)", "E (Hz)", "I (Hz)", "spikes vs ExpCOBA per post"));
    for (Timing t : timings) {
      ctx.report(String.format(Locale.ROOT, "%-17s %-58s %12d %9.3f %8.2f %8.2f  %s",
          t.variant().label(), t.variant().layout(), t.conductances(), t.seconds(),
          rate(t.e(), duration), rate(t.i(), duration), compare(t, reference)));
    }
    ctx.report("The manual (numba, 4000 neurons, 100 ms): mat 1 183.3 s, mat 2 95.6 s,"
        + " vec 1 2.009 s, vec 2 1.995 s, vec 3 0.060 s, vec 4 1.915 s, vec 5 0.060 s");
    if (timings.stream().anyMatch(t -> compare(t, reference).startsWith("differ"))) {
      ctx.report("forms that add up a neuron's conductances in another order differ from the"
          + " reference in the last bits; the network amplifies such differences until single"
          + " spikes move (compare the rates, not the spike trains)");
    }

    chart(timings, n, duration).save(ctx.file("synspeed_times.png"));
  }

  private static double rate(SpikeRecord s, double duration) {
    return s.count() / (s.size() * duration / 1000);
  }

  /** "identical" or when the spike trains first differ. */
  private static String compare(Timing t, Timing reference) {
    if (t == reference) {
      return "(reference)";
    }
    double e = firstDifference(t.e(), reference.e());
    double i = firstDifference(t.i(), reference.i());
    double first = Math.min(e, i);
    return Double.isInfinite(first) ? "identical"
        : String.format(Locale.ROOT, "differ from t = %.1f ms", first);
  }

  /** The time of the first spike that is not in both records (by step and neuron), or +inf. */
  private static double firstDifference(SpikeRecord a, SpikeRecord b) {
    int n = Math.min(a.count(), b.count());
    for (int k = 0; k < n; k++) {
      if (a.steps()[k] != b.steps()[k] || a.indices()[k] != b.indices()[k]) {
        return Math.min(a.times()[k], b.times()[k]);
      }
    }
    if (a.count() != b.count()) {
      return a.count() > n ? a.times()[n] : b.times()[n];
    }
    return Double.POSITIVE_INFINITY;
  }

  /** The run times as bars on a log scale, as the manual's figure in 6.3. */
  private static BarPlot chart(List<Timing> timings, int n, double duration) {
    List<String> names = new ArrayList<>();
    double[] seconds = new double[timings.size()];
    for (int k = 0; k < seconds.length; k++) {
      names.add(timings.get(k).variant().label());
      seconds[k] = Math.max(timings.get(k).seconds(), 1e-4);   // a log axis needs positive values
    }
    return Plots.bar(String.format(Locale.ROOT, "COBA, %d neurons, %.0f ms: run time per synapse"
        + " form (manual 6.3)", n, duration), "Running time (s)", names, seconds).logScale(true).xLabel("synapse form");
  }
}
