package org.brainj.runtime.backend;

import org.brainj.runtime.group.Clock;
import org.brainj.runtime.group.NeuronGroup;

/**
 * Runs the schedule on the calling thread with the groups' plain-Java step code. The step loop
 * allocates nothing and looks nothing up: entries were resolved when the run was planned.
 */
public final class ScalarExecutor implements Executor {

  @Override
  public void execute(RunPlan plan, int from, int to) {
    if (from < 0 || to > plan.nSteps() || from > to) {
      throw new IllegalArgumentException(
          "steps [" + from + ", " + to + ") are outside the run's [0, " + plan.nSteps() + ")");
    }
    ScheduleEntry[] entries = plan.entryArray();
    Clock clock = plan.clock();
    // declared outside the try so the handler can say where it failed
    int i = from;
    int j = 0;
    try {
      for (; i < to; i++) {
        double t = plan.time(i);
        clock.set(t, plan.globalStep(i));
        for (j = 0; j < entries.length; j++) {
          ScheduleEntry e = entries[j];
          if (e.kind == ScheduleEntry.Kind.STEP && e.action == null) {
            ((NeuronGroup) e.group).executeStep(e.stepId, clock);
          } else {
            e.action.run(i, t);
          }
        }
      }
    } catch (RuntimeException ex) {
      throw new SimulationException(entries[j].label, i, plan.time(i), ex);
    }
  }
}
