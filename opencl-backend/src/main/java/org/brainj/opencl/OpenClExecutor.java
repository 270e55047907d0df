package org.brainj.opencl;

import java.util.IdentityHashMap;
import java.util.Map;
import org.brainj.runtime.backend.Executor;
import org.brainj.runtime.backend.RangeStep;
import org.brainj.runtime.backend.RunPlan;
import org.brainj.runtime.backend.ScheduleEntry;
import org.brainj.runtime.backend.SimulationException;
import org.brainj.runtime.group.Clock;
import org.brainj.runtime.group.NeuronGroup;

/**
 * Runs the schedule like the scalar executor, with each neuron group's steps computed by its
 * OpenCL kernels ({@link GroupOnDevice}); inputs, synapses and monitors run on the calling thread,
 * in schedule order, on the host arrays, which hold the state between entries.
 */
final class OpenClExecutor implements Executor {
  private final DeviceSession session;
  private final Map<NeuronGroup, RangeStep> steps = new IdentityHashMap<>();

  OpenClExecutor(DeviceSession session) {
    this.session = session;
  }

  @Override
  public void execute(RunPlan plan, int from, int to) {
    if (from < 0 || to > plan.nSteps() || from > to) {
      throw new IllegalArgumentException(
          "steps [" + from + ", " + to + ") are outside the run's [0, " + plan.nSteps() + ")");
    }
    ScheduleEntry[] entries = plan.entries().toArray(new ScheduleEntry[0]);
    RangeStep[] kernels = new RangeStep[entries.length];
    for (int j = 0; j < entries.length; j++) {
      ScheduleEntry e = entries[j];
      if (e.kind() == ScheduleEntry.Kind.STEP && e.action() == null) {
        kernels[j] = stepsOf((NeuronGroup) e.group());
      }
    }
    steps.values().forEach(s -> {
      if (s instanceof GroupOnDevice g) {
        g.newRun(); // parameters may have been changed in place between runs
      }
    });
    Clock clock = plan.clock();
    int i = from;
    int j = 0;
    try {
      for (; i < to; i++) {
        double t = plan.time(i);
        clock.set(t, plan.globalStep(i));
        for (j = 0; j < entries.length; j++) {
          ScheduleEntry e = entries[j];
          RangeStep k = kernels[j];
          if (k != null) {
            ((NeuronGroup) e.group()).executeStep(e.stepId(), clock, k);
          } else {
            e.action().run(i, t);
          }
        }
      }
    } catch (RuntimeException ex) {
      throw new SimulationException(entries[j].label(), i, plan.time(i), ex);
    }
  }

  /** The group's steps on the device, or its own Java loops if its model has no kernels. */
  private RangeStep stepsOf(NeuronGroup g) {
    return steps.computeIfAbsent(g, group -> {
      GroupOnDevice d = GroupOnDevice.of(group, session);
      return d != null ? d : group::computeRange;
    });
  }

  @Override
  public void close() {
    for (RangeStep s : steps.values()) {
      if (s instanceof GroupOnDevice g) {
        g.close();
      }
    }
    steps.clear();
  }
}
