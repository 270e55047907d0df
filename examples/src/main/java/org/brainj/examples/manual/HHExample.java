package org.brainj.examples.manual;

import java.util.Locale;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.models.HHGroup;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.plot.Plots;

/** Manual 3.1.2: a group of 100 Hodgkin–Huxley neurons driven by a constant input of 10. */
public final class HHExample implements Example {
  @Override
  public String name() {
    return "hh";
  }

  @Override
  public String description() {
    return "100 Hodgkin-Huxley neurons, constant input 10, 200 ms (manual 3.1.2)";
  }

  @Override
  public void run(ExampleContext ctx) {
    Network net = Network.create();
    HHGroup group = net.add(HHGroup.builder(100).name("HH").build());
    Runner runner = net.runner().dt(0.01)
        .input(group.input(), 10.0)
        .monitor(group.V())
        .monitorSpikes(group);
    if (ctx.progress()) {
      runner.report(0.1, ctx.out());
    }
    RunResult result = runner.run(ctx.scale(200));

    Plots.line(result.trace(group.V()), 0)
        .title("HH neuron 0, input 10")
        .yLabel("V (mV)")
        .save(ctx.file("hh_V.png"));
    SpikeRecord spikes = result.spikes(group);
    Plots.raster(spikes).title("HH group spikes").save(ctx.file("hh_raster.png"));

    double seconds = (result.tEnd() - result.t0()) / 1000.0;
    ctx.report(String.format(Locale.ROOT, "simulated %.1f ms with dt = %.2f ms in %.3f s",
        result.tEnd() - result.t0(), result.dt(), result.elapsedSeconds()));
    ctx.report(String.format(Locale.ROOT, "spikes: %d, mean rate %.1f Hz", spikes.count(),
        spikes.count() / (group.size() * seconds)));
    ctx.report("monitor V shape: " + shape(result.trace(group.V()).shape()));
  }

  static String shape(int[] s) {
    return "(" + s[0] + ", " + s[1] + ")";
  }
}
