package org.brainj.examples.manual;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.brainj.examples.cli.Charts;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.models.HHGroup;
import org.brainj.models.synapses.ExpCOBASynapses;
import org.brainj.runtime.connect.Connect;
import org.brainj.runtime.monitor.Indices;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.plot.Plots;

/**
 * Manual 3.2-3.3, building a network: 10 Hodgkin-Huxley neurons (3.1.2) coupled all-to-all
 * (self-connections included, BrainPy's {@code All2All()}) by the manual's AMPA synapse, input 20,
 * 200 ms at dt = 0.01 ms.
 *
 * <p>The manual's {@code AMPA} is an exponential conductance synapse: {@code ds/dt = -s / tau}
 * with {@code tau = 2 ms}, {@code s += 1} on a presynaptic spike, {@code g = g_max s} delayed by
 * 1.5 ms, {@code input -= sum_pre g (V - E)} with {@code g_max = 0.1}, {@code E = 0}: the built-in
 * {@code ExpCOBA} with {@code weight = g_max} and a 1.5 ms spike delay (for a linear synapse
 * delaying the spikes or the conductance is the same). It is kept per synapse, so the monitor of
 * {@code g} has one column per synapse like the manual's {@code (pre, post)} matrix {@code s}.
 *
 * <p>The same network is then reset and run with {@code g_max = 0} (no coupling, nothing
 * rebuilt) to show what the excitation does to the firing.
 */
public final class AmpaExample implements Example {
  private static final int N = 10;
  private static final double G_MAX = 0.1;
  private static final double INPUT = 20;
  private static final double DT = 0.01;

  @Override
  public String name() {
    return "ampa";
  }

  @Override
  public String description() {
    return "10 HH neurons coupled all-to-all by AMPA synapses with a 1.5 ms delay, input 20"
        + " (manual 3.2-3.3)";
  }

  @Override
  public void run(ExampleContext ctx) {
    Network net = Network.create();
    HHGroup group = net.add(HHGroup.builder(N).name("HH").build());
    ExpCOBASynapses ampa = net.connect(group, group,
        ExpCOBASynapses.builder().name("AMPA").tau(2).weight(G_MAX).E(0).delay(1.5).perSynapse(),
        Connect.all2All());
    Runner runner = net.runner().dt(DT)
        .input(group.input(), INPUT)
        .monitor(group.V(), Indices.of(0))
        .monitor(ampa.g(), Indices.of(0, 1))
        .monitorSpikes(group);
    if (ctx.progress()) {
      runner.report(0.25, ctx.out());
    }
    double duration = ctx.scale(200);
    RunResult coupled = runner.run(duration);

    net.reset();                 // initial state again; the network is not rebuilt
    ampa.weight().set(0.0);      // g_max = 0: the same neurons without coupling
    RunResult alone = runner.run(duration);
    ampa.weight().set(G_MAX);

    ctx.report(String.format(Locale.ROOT, "network: %d HH neurons, %d AMPA synapses (All2All,"
        + " self included), tau = 2 ms, g_max = %.2f, E = 0 mV, delay 1.5 ms; input %.0f;"
        + " %.1f ms at dt = %.2f ms (%d steps) in %.3f s", N, ampa.size(), G_MAX, INPUT,
        duration, DT, coupled.nSteps(), coupled.elapsedSeconds()));
    report(ctx, "coupled (g_max = 0.1)", coupled.spikes(group), duration);
    report(ctx, "uncoupled (g_max = 0)", alone.spikes(group), duration);
    ctx.report(String.format(Locale.ROOT, "the neurons start identical and receive identical"
        + " input, so they fire together (the raster's rows coincide); each volley of the group"
        + " reaches every neuron 1.5 ms later as an excitatory conductance of %d x %.1f = %.1f"
        + " at its peak", N, G_MAX, N * G_MAX));
    ctx.report("monitor shapes: V " + HHExample.shape(coupled.trace(group.V()).shape())
        + ", AMPA g " + HHExample.shape(coupled.trace(ampa.g()).shape())
        + " (synapses 0->0 and 0->1)");

    Map<String, double[]> v = new LinkedHashMap<>();
    v.put("coupled", coupled.trace(group.V()).ofNeuron(0));
    v.put("uncoupled", alone.trace(group.V()).ofNeuron(0));
    Charts.save(Charts.lines("HH neuron 0 with and without AMPA coupling", "Time (ms)",
        "V (mV)", coupled.ts(), v), ctx.file("ampa_V.png"));
    Plots.line(coupled.trace(ampa.g()), 0).title("AMPA synapse 0->0: g = g_max s")
        .yLabel("g").save(ctx.file("ampa_g.png"));
    Plots.raster(coupled.spikes(group)).title("HH + AMPA network spikes")
        .save(ctx.file("ampa_raster.png"));
    Plots.rate(coupled.spikes(group), 2.0).title("HH + AMPA population rate (2 ms window)")
        .save(ctx.file("ampa_rate.png"));
  }

  private static void report(ExampleContext ctx, String label, SpikeRecord s, double duration) {
    double[] t = s.times();
    int[] who = s.indices();
    StringBuilder first = new StringBuilder();
    int shown = 0;
    for (int k = 0; k < t.length && shown < 6; k++) {
      if (who[k] == 0) {
        first.append(shown == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", t[k]));
        shown++;
      }
    }
    int[] perNeuron = s.countsPerNeuron();
    ctx.report(String.format(Locale.ROOT, "%s: %d spikes, %.1f Hz per neuron, per-neuron counts"
        + " %s; neuron 0 fires at %s%s ms", label, s.count(),
        s.count() / (N * duration / 1000.0), Arrays.toString(perNeuron), first,
        perNeuron[0] > shown ? ", ..." : ""));
  }
}
