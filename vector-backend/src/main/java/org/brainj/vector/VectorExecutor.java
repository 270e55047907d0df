package org.brainj.vector;

import java.util.IdentityHashMap;
import java.util.Map;
import org.brainj.runtime.backend.Executor;
import org.brainj.runtime.backend.GroupKernel;
import org.brainj.runtime.backend.RangeStep;
import org.brainj.runtime.backend.RunPlan;
import org.brainj.runtime.backend.ScheduleEntry;
import org.brainj.runtime.backend.SimulationException;
import org.brainj.runtime.backend.SynapseKernel;
import org.brainj.runtime.group.Clock;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.SynapseGroup;

/**
 * Runs the schedule like the scalar executor, with each neuron group's steps computed by its
 * Vector API kernels (split over the worker pool when there is one) and, with a pool, each
 * synapse group's spike delivery split by ranges of postsynaptic neurons; synapse dynamics and
 * outputs kept per postsynaptic neuron run their Vector API loops. Inputs and monitors run on the
 * calling thread, in schedule order, exactly as on the scalar backend.
 */
final class VectorExecutor implements Executor {
  private final WorkerPool pool;
  private final Map<NeuronGroup, RangeStep> steps = new IdentityHashMap<>();
  private final Map<SynapseGroup, SynapseKernel> synapseKernels = new IdentityHashMap<>();
  /** Marks a synapse group without vector loops in {@link #synapseKernels}. */
  private static final SynapseKernel NO_SYNAPSE_KERNEL = new SynapseKernel() {
    @Override
    public String vectorized(boolean output) {
      return "no vector loops";
    }

    @Override
    public void update(double t, double dt, long step, int from, int to) {}

    @Override
    public void output(double t, double dt, long step, int from, int to) {}
  };
  private final boolean profile;
  private final Map<String, long[]> profileNanos = new java.util.LinkedHashMap<>();
  private double warmUpSeconds;

  VectorExecutor(int threads, int minParallel, boolean profile) {
    this.pool = threads > 1 ? new WorkerPool(threads, minParallel) : null;
    this.profile = profile;
  }

  /** Seconds spent per schedule entry label over all runs, when profiling. */
  Map<String, Double> profile() {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    profileNanos.forEach((k, v) -> out.put(k, v[0] * 1e-9));
    return out;
  }

  @Override
  public void execute(RunPlan plan, int from, int to) {
    if (from < 0 || to > plan.nSteps() || from > to) {
      throw new IllegalArgumentException(
          "steps [" + from + ", " + to + ") are outside the run's [0, " + plan.nSteps() + ")");
    }
    ScheduleEntry[] entries = plan.entries().toArray(new ScheduleEntry[0]);
    RangeStep[] kernels = new RangeStep[entries.length];
    SynapseKernel[] synapse = new SynapseKernel[entries.length];
    for (int j = 0; j < entries.length; j++) {
      ScheduleEntry e = entries[j];
      if (e.kind() == ScheduleEntry.Kind.STEP && e.action() == null) {
        kernels[j] = stepsOf((NeuronGroup) e.group());
      } else if (e.isSynapseUpdate() || e.isSynapseOutput()) {
        synapse[j] = synapseLoops((SynapseGroup) e.group(), e.isSynapseOutput());
      }
    }
    long[][] nanos = new long[entries.length][];
    if (profile) {
      for (int j = 0; j < entries.length; j++) {
        nanos[j] = profileNanos.computeIfAbsent(entries[j].label(), k -> new long[1]);
      }
    }
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
          long t0 = profile ? System.nanoTime() : 0;
          if (k != null) {
            ((NeuronGroup) e.group()).executeStep(e.stepId(), clock, k);
          } else if (e.isSynapseUpdate()) {
            ((SynapseGroup) e.group()).runUpdate(t, clock.dt(), clock.step(), pool, synapse[j]);
          } else if (e.isSynapseOutput()) {
            ((SynapseGroup) e.group()).runOutput(t, clock.dt(), clock.step(), synapse[j]);
          } else {
            e.action().run(i, t);
          }
          if (profile) {
            nanos[j][0] += System.nanoTime() - t0;
          }
        }
      }
    } catch (RuntimeException ex) {
      throw new SimulationException(entries[j].label(), i, plan.time(i), ex);
    }
  }

  /**
   * The synapse group's vector loop for its update or output phase, or null when it has none
   * (then its own loops run).
   */
  private SynapseKernel synapseLoops(SynapseGroup g, boolean output) {
    SynapseKernel k = synapseKernels.computeIfAbsent(g, group -> {
      SynapseKernel kernel = Kernels.of(group);
      return kernel == null ? NO_SYNAPSE_KERNEL : kernel;
    });
    return k == NO_SYNAPSE_KERNEL || !k.vectorized(output).isEmpty() ? null : k;
  }

  /** The group's steps: its kernels (or its scalar loops), split over the pool if there is one. */
  private RangeStep stepsOf(NeuronGroup g) {
    return steps.computeIfAbsent(g, group -> {
      GroupKernel kernel = Kernels.of(group);
      warmUpSeconds += WarmUp.ensure(group, kernel);
      RangeStep single = kernel != null ? kernel : group::computeRange;
      int lanes = kernel != null ? kernel.lanes() : 1;
      return pool == null ? single : pool.split(single, lanes);
    });
  }

  /** Seconds spent getting kernels JIT-compiled before their first use (see {@link WarmUp}). */
  double warmUpSeconds() {
    return warmUpSeconds;
  }

  /** Resolves (and warms up) the kernels of the plan's groups without running a step. */
  void prepare(RunPlan plan) {
    for (ScheduleEntry e : plan.entries()) {
      if (e.kind() == ScheduleEntry.Kind.STEP && e.action() == null) {
        stepsOf((NeuronGroup) e.group());
      }
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }
}
