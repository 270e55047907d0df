package org.brainj.examples.manual;

import java.util.Locale;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.models.LIFGroup;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.plot.Plots;

/**
 * Manual 3.1.1: 100 LIF neurons with input 26, run for 200 ms and then continued from 200 to
 * 400 ms (state carries over between runs).
 */
public final class LIFExample implements Example {
  @Override
  public String name() {
    return "lif";
  }

  @Override
  public String description() {
    return "100 LIF neurons, input 26, run 0-200 ms then continue 200-400 ms (manual 3.1.1)";
  }

  @Override
  public void run(ExampleContext ctx) {
    Network net = Network.create();
    LIFGroup group = net.add(LIFGroup.builder(100).name("LIF").build());
    Runner runner = net.runner().dt(0.1)
        .input(group.input(), 26.0)
        .monitor(group.V())
        .monitorSpikes(group);
    if (ctx.progress()) {
      runner.report(0.1, ctx.out());
    }
    double half = ctx.scale(200);
    RunResult first = runner.run(half);
    RunResult second = runner.run(half, 2 * half);

    Plots.line(first.trace(group.V()), 0).title("LIF V, run 1 (0-" + half + " ms)")
        .yLabel("V (mV)").save(ctx.file("lif_V_run1.png"));
    Plots.line(second.trace(group.V()), 0).title("LIF V, run 2 (continued)")
        .yLabel("V (mV)").save(ctx.file("lif_V_run2.png"));

    SpikeRecord s1 = first.spikes(group);
    SpikeRecord s2 = second.spikes(group);
    ctx.report(String.format(Locale.ROOT, "run 1: t = [%.1f, %.1f) ms, %d spikes",
        first.t0(), first.tEnd(), s1.count()));
    ctx.report(String.format(Locale.ROOT, "run 2: t = [%.1f, %.1f) ms, %d spikes",
        second.t0(), second.tEnd(), s2.count()));
    // from V_reset the membrane relaxes towards R*I: V reaches V_th after
    // tau * ln((R I - V_reset) / (R I - V_th)); the refractory period comes on top
    double ri = 26.0;
    double isi = 1.0 + 10.0 * Math.log((ri - (-5.0)) / (ri - 20.0));
    int[] perNeuron = s2.countsPerNeuron();
    ctx.report(String.format(Locale.ROOT,
        "neuron 0 fired %d times in run 2; the analytic interspike interval is %.2f ms"
            + " (+ up to one step of dt for threshold detection)",
        perNeuron[0], isi));
  }
}
