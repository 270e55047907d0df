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
 * OpenCL kernels ({@link GroupOnDevice}) and, with {@link OpenClBackend.Delivery#DEVICE}, the
 * spike delivery of the synapse groups that allow it by theirs ({@link SynapseOnDevice}, from
 * the presynaptic group's {@link SpikeList}); inputs, the other synapses and monitors run on the
 * calling thread, in schedule order, on the host arrays.
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
  private final OpenClBackend.Delivery delivery;
  private final Map<NeuronGroup, RangeStep> steps = new IdentityHashMap<>();
  private final Map<SynapseGroup, SynapseOnDevice> synapses = new IdentityHashMap<>();

  OpenClExecutor(DeviceSession session, OpenClBackend.Delivery delivery) {
    this.session = session;
    this.delivery = delivery;
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
    SynapseOnDevice[] delivering = new SynapseOnDevice[entries.length];
    boolean[] skip = new boolean[entries.length];
    for (int j = 0; j < entries.length; j++) {
      ScheduleEntry e = entries[j];
      if (e.kind() == ScheduleEntry.Kind.STEP && e.action() == null) {
        kernels[j] = stepsOf((NeuronGroup) e.group());
      } else if (e.isSynapseUpdate() || e.isSynapseOutput()) {
        SynapseOnDevice d = onDevice((SynapseGroup) e.group());
        // a delivering model has no @Output step: its output entry has nothing to do
        skip[j] = d != null && e.isSynapseOutput();
        delivering[j] = e.isSynapseUpdate() ? d : null;
      }
    }
    Touch[][] touches = new Touch[entries.length][];
    for (int j = 0; j < entries.length; j++) {
      touches[j] = delivering[j] != null || skip[j] ? new Touch[0]
          : touches(entries[j], kernels[j]);
    }
    hostReads(touches);
    spikeRoutes(entries, delivering, skip);
    steps.values().forEach(s -> {
      if (s instanceof GroupOnDevice g) {
        g.newRun(); // the host arrays and parameters may have been changed between runs
      }
    });
    synapses.values().forEach(SynapseOnDevice::newRun);
    Clock clock = plan.clock();
    int i = from;
    int j = 0;
    try {
      for (; i < to; i++) {
        double t = plan.time(i);
        clock.set(t, plan.globalStep(i));
        for (j = 0; j < entries.length; j++) {
          ScheduleEntry e = entries[j];
          if (delivering[j] != null) {
            delivering[j].deliver(t, clock.dt(), clock.step());
            continue;
          }
          if (skip[j]) {
            continue;
          }
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
          g.endRun(); // the caller reads the state and the spikes on the host
        }
      });
    } catch (RuntimeException ex) {
      SimulationException failure = new SimulationException(entries[j].label(), i,
          plan.time(i), ex);
      try {
        steps.values().forEach(s -> {
          if (s instanceof GroupOnDevice g) {
            g.endRun(); // the state where it failed, for the caller to inspect
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

  /**
   * The synapse group's delivery on the device, or null if its spikes are delivered on the host
   * (host delivery chosen, or {@link SynapseOnDevice#hostReason}).
   */
  private SynapseOnDevice onDevice(SynapseGroup s) {
    if (delivery != OpenClBackend.Delivery.DEVICE) {
      return null;
    }
    SynapseOnDevice d = synapses.get(s);
    if (d != null) {
      return d;
    }
    if (SynapseOnDevice.hostReason(s, session.device) != null
        || !(stepsOf(s.pre()) instanceof GroupOnDevice pre)
        || !(stepsOf(s.post()) instanceof GroupOnDevice post)) {
      return null;
    }
    d = new SynapseOnDevice(s, pre, post, session, SynapseOnDevice.Layout.of(s.getClass()));
    synapses.put(s, d);
    return d;
  }

  /**
   * Tells each device group where its spikes go in this run: to the host every step if a host
   * entry may read them (a monitor of the group, a synapse group delivered on the host, an entry
   * of another kind), into a device list if a device delivery reads them or nothing on the host
   * does (they then come back once, at the end of the run).
   */
  private void spikeRoutes(ScheduleEntry[] entries, SynapseOnDevice[] delivering,
      boolean[] skip) {
    Set<NeuronGroup> hostReads = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<NeuronGroup> deviceReads = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean all = false;
    for (int j = 0; j < entries.length; j++) {
      ScheduleEntry e = entries[j];
      Population p = e.group();
      if (delivering[j] != null) {
        deviceReads.add(((SynapseGroup) p).pre());
      } else if (skip[j] || (e.kind() == ScheduleEntry.Kind.STEP && e.action() == null)
          || e.kind() == ScheduleEntry.Kind.INPUT || e.isSynapseOutput()) {
        continue; // kernels and host steps read flags, not the spike list; inputs get (t, i)
      } else if (p instanceof SynapseGroup s) {
        hostReads.add(s.pre());
        hostReads.add(s.post()); // for its @OnPost handlers
      } else if (p instanceof NeuronGroup g && e.kind() == ScheduleEntry.Kind.MONITOR) {
        hostReads.add(g);
      } else {
        all = true;
      }
    }
    for (Map.Entry<NeuronGroup, RangeStep> s : steps.entrySet()) {
      if (s.getValue() instanceof GroupOnDevice d) {
        boolean toHost = all || hostReads.contains(s.getKey()) || !d.computesSpikes();
        d.spikes(toHost, deviceReads.contains(s.getKey()));
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
    synapses.values().forEach(SynapseOnDevice::close);
    synapses.clear();
    for (RangeStep s : steps.values()) {
      if (s instanceof GroupOnDevice g) {
        g.close();
      }
    }
    steps.clear();
  }
}
