package org.brainj.examples.manual;

import java.util.Locale;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.examples.models.HHStepGroup;
import org.brainj.examples.models.LeakyResetGroup;
import org.brainj.runtime.input.InputValue;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Schedules;
import org.brainj.runtime.plot.Plots;
import org.brainj.runtime.random.CounterRng;

/**
 * Manual chapter 7: the schedule of a group (input, update, monitor) and a customised one
 * (monitor, update, input) that lets a monitor see the summed input of each step; then the default
 * and a phased schedule of a network of two groups.
 */
public final class ScheduleExample implements Example {
  @Override
  public String name() {
    return "schedule";
  }

  @Override
  public String description() {
    return "group and network running orders, default and customised (manual 7.1, 7.2)";
  }

  @Override
  public void run(ExampleContext ctx) {
    double duration = ctx.scale(100);
    int steps = (int) Math.round(duration / 0.1);
    double[] randomInputs = new double[steps];
    for (int k = 0; k < steps; k++) {
      randomInputs[k] = 10.0 * CounterRng.uniform(7, 0, k, 0);
    }

    Network net1 = Network.create();
    HHStepGroup group1 = net1.add(HHStepGroup.builder(1).name("HH1").build());
    Network net2 = Network.create();
    HHStepGroup group2 = net2.add(HHStepGroup.builder(1).name("HH2")
        .schedule("monitor", "update", "input").build());
    ctx.report("group1.schedule() = " + group1.schedule());
    ctx.report("group2.schedule() = " + group2.schedule());

    RunResult r1 = net1.runner().dt(0.1).input(group1.input(), InputValue.perStep(randomInputs))
        .monitor(group1.input()).run(duration);
    RunResult r2 = net2.runner().dt(0.1).input(group2.input(), InputValue.perStep(randomInputs))
        .monitor(group2.input()).run(duration);
    Trace in1 = r1.trace(group1.input());
    Trace in2 = r2.trace(group2.input());
    Plots.line(in1).title("input monitored after update (default schedule)")
        .yLabel("input size").save(ctx.file("schedule_default_input.png"));
    Plots.line(in2).title("input monitored before update (monitor, update, input)")
        .yLabel("input size").save(ctx.file("schedule_custom_input.png"));
    double max1 = 0;
    double max2 = 0;
    for (int k = 0; k < in1.rows(); k++) {
      max1 = Math.max(max1, Math.abs(in1.get(k, 0)));
      max2 = Math.max(max2, Math.abs(in2.get(k, 0)));
    }
    ctx.report(String.format(Locale.ROOT, "largest monitored input: default schedule %.3f"
        + " (cleared by the update before the monitor), custom schedule %.3f", max1, max2));

    Network net = Network.create();
    net.add(LeakyResetGroup.builder(3200).name("E").build());
    net.add(LeakyResetGroup.builder(800).name("I").build());
    ctx.report("default network schedule: " + net.schedule());
    net.schedule(Schedules.phased());
    ctx.report("phased network schedule:  " + net.schedule());
  }
}
