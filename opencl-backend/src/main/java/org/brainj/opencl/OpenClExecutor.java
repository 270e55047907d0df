package org.brainj.opencl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainj.runtime.backend.Executor;
import org.brainj.runtime.backend.RangeStep;
import org.brainj.runtime.backend.RunPlan;
import org.brainj.runtime.backend.ScheduleEntry;
import org.brainj.runtime.backend.SimulationException;
import org.brainj.runtime.group.Clock;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Population;
import org.brainj.runtime.group.SynapseGroup;

/**
 * Runs the schedule like the scalar executor, with each neuron group's steps computed by its
 * OpenCL kernels ({@link GroupOnDevice}); inputs, synapses and monitors run on the calling thread,
 * in schedule order, on the host arrays.
 *
 * <p>The groups' state stays on the device between kernels; around each host entry the executor
 * makes current on the host what the entry may read ({@link GroupOnDevice#toHost}) and, after
 * it, stale on the device what it may have written ({@link GroupOnDevice#hostChanged}): an input
 * or monitor entry touches its group's variables (a monitor only reads them), a synapse entry the
 * presynaptic and postsynaptic variables its code bound ({@link SynapseGroup#presynapticVars()},
 * {@link SynapseGroup#postsynapticVars()}), any other entry every group's variables. The
 * variables some host entry reads are downloaded together with the spike flags, in one wait,
 * right after the kernel that writes them. At the end of {@link #execute} every host array is
 * current again.
 */
final class OpenClExecutor implements Executor {
  private final DeviceSession session;
  private final Map<NeuronGroup, RangeStep> steps = new IdentityHashMap<>();

  OpenClExecutor(DeviceSession session) {
    this.session = session;
  }

  /** Variables of one device group that a host entry may read, and whether it may write them. */
  private record Touch(GroupOnDevice group, Set<String> vars, boolean writes) {
    void before() {
      group.toHost(vars);
    }

    void after() {
      if (writes) {
        group.hostChanged(vars);
      }
    }
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
    Touch[][] touches = new Touch[entries.length][];
    for (int j = 0; j < entries.length; j++) {
      touches[j] = touches(entries[j], kernels[j]);
    }
    hostReads(touches);
    steps.values().forEach(s -> {
      if (s instanceof GroupOnDevice g) {
        g.newRun(); // the host arrays and parameters may have been changed between runs
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
          Touch[] touch = touches[j];
          for (Touch x : touch) {
            x.before();
          }
          if (k != null) {
            ((NeuronGroup) e.group()).executeStep(e.stepId(), clock, k);
            if (k instanceof GroupOnDevice g) {
              g.afterStep(e.stepId());
            }
          } else {
            e.action().run(i, t);
          }
          for (Touch x : touch) {
            x.after();
          }
        }
      }
      steps.values().forEach(s -> {
        if (s instanceof GroupOnDevice g) {
          g.toHost(null); // the caller reads the state from the host arrays
        }
      });
    } catch (RuntimeException ex) {
      SimulationException failure = new SimulationException(entries[j].label(), i,
          plan.time(i), ex);
      try {
        steps.values().forEach(s -> {
          if (s instanceof GroupOnDevice g) {
            g.toHost(null); // the state where it failed, for the caller to inspect
          }
        });
      } catch (RuntimeException again) {
        failure.addSuppressed(again);
      }
      throw failure;
    }
  }

  /** Tells each device group which of its variables the host entries read (see Touch). */
  private void hostReads(Touch[][] touches) {
    Map<GroupOnDevice, Set<String>> reads = new IdentityHashMap<>();
    Set<GroupOnDevice> all = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Touch[] ts : touches) {
      for (Touch t : ts) {
        if (t.vars() == null) {
          all.add(t.group());
        } else {
          reads.computeIfAbsent(t.group(), g -> new LinkedHashSet<>()).addAll(t.vars());
        }
      }
    }
    for (RangeStep r : steps.values()) {
      if (r instanceof GroupOnDevice d) {
        d.hostReads(all.contains(d) ? null : reads.getOrDefault(d, Set.of()));
      }
    }
  }

  /** What entry {@code e}, run on the host, may read or write of the groups on the device. */
  private Touch[] touches(ScheduleEntry e, RangeStep kernel) {
    List<Touch> out = new ArrayList<>();
    Population p = e.group();
    if (kernel != null) {
      // a step's @Every(when = ...) condition is evaluated on the host and reads the variables
      NeuronGroup g = (NeuronGroup) p;
      if (kernel instanceof GroupOnDevice d && g.model().steps().get(e.stepId()).hasCondition()) {
        out.add(new Touch(d, null, false));
      }
    } else if (p instanceof NeuronGroup g) {
      if (steps.get(g) instanceof GroupOnDevice d) {
        out.add(new Touch(d, null, e.kind() != ScheduleEntry.Kind.MONITOR));
      }
    } else if (p instanceof SynapseGroup s) {
      if (steps.get(s.pre()) instanceof GroupOnDevice d) {
        out.add(new Touch(d, s.presynapticVars(), true));
      }
      if (steps.get(s.post()) instanceof GroupOnDevice d) {
        out.add(new Touch(d, s.postsynapticVars(), true));
      }
    } else {
      for (RangeStep r : steps.values()) {
        if (r instanceof GroupOnDevice d) {
          out.add(new Touch(d, null, true));
        }
      }
    }
    return out.toArray(new Touch[0]);
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
