package org.brainj.examples.manual;

import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.models.HHGroup;
import org.brainj.runtime.monitor.Indices;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.plot.Plots;

/**
 * Manual chapter 8: monitors of all neurons, of selected indices, and with a period. The shapes
 * the manual prints — (1000, 10), (1000, 3) and (100, 3) — come out the same.
 */
public final class MonitorExample implements Example {
  @Override
  public String name() {
    return "monitors";
  }

  @Override
  public String description() {
    return "monitor all / selected indices / every 1 ms, with their shapes (manual 8.1, 8.2)";
  }

  @Override
  public void run(ExampleContext ctx) {
    Network net = Network.create();
    // the manual integrates with exponential Euler at dt = 0.1; rk4 is unstable for HH spikes at
    // that step, so integrate at dt = 0.01 and record every 0.1 ms: the same 1000 rows per 100 ms
    HHGroup group = net.add(HHGroup.builder(10).name("HH").build());
    RunResult r = net.runner().dt(0.01)
        .input(group.input(), 10.0)
        .monitor(group.V(), Indices.all(), 0.1)
        .monitor(group.spike(), Indices.of(1, 2, 3), 0.1)
        .monitor(group.m(), Indices.of(1, 2, 3), 1.0)
        .run(ctx.scale(100));

    ctx.report("The monitor shape of \"V\" is (run length, variable size) = "
        + HHExample.shape(r.trace(group.V()).shape()));
    ctx.report("The monitor shape of \"spike\" is (run length, index size) = "
        + HHExample.shape(r.trace(group.spike()).shape()));
    ctx.report("The monitor shape of \"m\" every 1 ms = "
        + HHExample.shape(r.trace(group.m()).shape()));
    Plots.line(r.trace(group.V())).title("V of 10 HH neurons").yLabel("V (mV)")
        .save(ctx.file("monitor_V.png"));
    Plots.line(r.trace(group.m())).title("m of neurons 1-3, every 1 ms").yLabel("m")
        .save(ctx.file("monitor_m_every_1ms.png"));
  }
}
