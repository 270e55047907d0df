package org.brainj.examples.manual;

import java.util.Locale;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.examples.models.HHCoinGroup;
import org.brainj.examples.models.LeakyResetGroup;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.plot.Plots;

/**
 * Manual 7.3, {@code @Every}: an HH neuron whose update runs when a coin flip says so (the
 * monitored V repeats on skipped steps), and a leaky integrator reset every 10 ms.
 */
public final class EveryExample implements Example {
  @Override
  public String name() {
    return "every";
  }

  @Override
  public String description() {
    return "@Every with a condition (random skips) and with a period of 10 ms (manual 7.3)";
  }

  @Override
  public void run(ExampleContext ctx) {
    Network net = Network.create();
    HHCoinGroup hh = net.add(HHCoinGroup.builder(1).name("HH3").seed(2021).build());
    // the manual integrates with exponential Euler at dt = 0.1; rk4 needs a finer step for HH
    RunResult r = net.runner().dt(0.01).monitor(hh.V()).run(ctx.scale(100));
    Trace v = r.trace(hh.V());
    StringBuilder first = new StringBuilder("first 20 values of V:");
    int repeats = 0;
    for (int k = 0; k < v.rows(); k++) {
      if (k < 20) {
        first.append(String.format(Locale.ROOT, " %.5f", v.get(k, 0)));
      }
      if (k > 0 && v.get(k, 0) == v.get(k - 1, 0)) {
        repeats++;
      }
    }
    ctx.report(first.toString());
    ctx.report(String.format(Locale.ROOT,
        "update skipped on %d of %d steps (the coin is fair: about half)", repeats,
        v.rows() - 1));
    Plots.line(v).title("HH3: update when rand() < 0.5").yLabel("V (mV)")
        .save(ctx.file("every_condition_V.png"));

    Network net2 = Network.create();
    LeakyResetGroup leaky = net2.add(LeakyResetGroup.builder(1).name("leaky").build());
    RunResult r2 = net2.runner().dt(0.1).input(leaky.input(), 1.0).monitor(leaky.V())
        .run(ctx.scale(100));
    ctx.report(String.format(Locale.ROOT, "periodic reset ran %d times in %.1f ms (period 10 ms)",
        (int) leaky.resets().get(0), r2.tEnd() - r2.t0()));
    Plots.line(r2.trace(leaky.V())).title("leaky integrator reset every 10 ms").yLabel("V")
        .save(ctx.file("every_period_V.png"));
  }
}
