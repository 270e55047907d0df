package org.brainj.runtime.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brainj.runtime.backend.RangeStep;
import org.brainj.runtime.group.ModelInfo.Role;
import org.brainj.runtime.group.ModelInfo.StepInfo;

/**
 * A population of neurons of one model. Generated subclasses ({@code LIFGroup}, ...) add typed
 * accessors and the compiled step functions; {@link Population} holds the state arrays and the
 * parameters; this class adds what neurons have: step functions with {@code @Every}
 * bookkeeping, input clearing and spike collection.
 */
public abstract class NeuronGroup extends Population {
  private final StateVar spikeVar;
  private final List<StateVar> inputVars = new ArrayList<>();
  private final int lastStepId;
  private final double[] nextDue;
  private final int[] spikeIndices;
  private final int[] spikeTotals;
  /** All false, the size of the group: what the spike flags are compared with. */
  private final boolean[] noSpikes;
  private int spikeCount;

  protected NeuronGroup(ModelInfo model, GroupBuilder<?, ?> b) {
    super(model, b, model.name(), b.size(), b.size(), model.schedule(), Precision.DOUBLE);
    StateVar spike = null;
    for (StateVar v : vars().values()) {
      if (v.role() == Role.SPIKE) {
        spike = v;
      } else if (v.role() == Role.INPUT) {
        inputVars.add(v);
      }
    }
    this.spikeVar = spike;
    this.spikeIndices = new int[spike == null ? 0 : size()];
    this.spikeTotals = new int[spike == null ? 0 : size()];
    this.noSpikes = new boolean[spike == null ? 0 : size()];
    this.lastStepId = lastStep(schedule(), model);
    this.nextDue = new double[model.steps().size()];
  }

  private static int lastStep(List<String> schedule, ModelInfo model) {
    int last = -1;
    for (String entry : schedule) {
      int id = model.stepIndex(entry);
      if (id >= 0) {
        last = id;
      }
    }
    return last;
  }

  /** Runs step function {@code stepId} for neurons {@code [from, to)}. */
  protected abstract void compute(int stepId, double t, double dt, long step, int from, int to);

  /** The {@code @Every(when = ...)} condition of step {@code stepId}; evaluated once per time step. */
  protected boolean condition(int stepId, double t, double dt, long step) {
    throw new IllegalStateException(
        "group '" + name() + "': step '" + model().steps().get(stepId).name()
            + "' has no condition");
  }

  /** The names of the model's step functions, in declaration order. */
  public final List<String> stepNames() {
    List<String> out = new ArrayList<>();
    for (StepInfo s : model().steps()) {
      out.add(s.name());
    }
    return out;
  }

  public final boolean hasSpikes() {
    return spikeVar != null;
  }

  /** The {@code @Spike} variable. */
  public final StateVar spike() {
    if (spikeVar == null) {
      throw new IllegalStateException(
          "group '" + name() + "': model " + model().name() + " has no @Spike variable");
    }
    return spikeVar;
  }

  /** Indices of the neurons that spiked in the last time step: the first {@link #spikeCount()} entries. */
  public final int[] spikeIndices() {
    return spikeIndices;
  }

  public final int spikeCount() {
    return spikeCount;
  }

  /**
   * How many times each neuron has spiked since the last reset: rates without a spike monitor
   * (which would keep every spike time).
   */
  public final int[] spikeTotals() {
    return spikeTotals.clone();
  }

  /**
   * Puts every variable back to its initial value and forgets the spikes and the {@code @Every}
   * timing. Parameters keep their current values.
   */
  @Override
  public void reset() {
    super.reset();
    spikeCount = 0;
    Arrays.fill(spikeTotals, 0);
    Arrays.fill(nextDue, Double.NEGATIVE_INFINITY);
  }

  /**
   * Runs one step function for the whole group at the clock's time, honouring {@code @Every}; after
   * the group's last scheduled step it clears the inputs and collects the spikes.
   */
  public final void executeStep(int stepId, Clock clock) {
    if (due(stepId, clock)) {
      compute(stepId, clock.t(), clock.dt(), clock.step(), 0, size());
    }
    if (stepId == lastStepId) {
      endOfSteps();
    }
  }

  /**
   * Like {@link #executeStep(int, Clock)}, with another implementation of the step functions (a
   * backend's vector kernels, or a split over threads) run over the whole group; the
   * {@code @Every} bookkeeping, input clearing and spike collection are the same.
   */
  public final void executeStep(int stepId, Clock clock, RangeStep steps) {
    if (due(stepId, clock)) {
      steps.compute(stepId, clock.t(), clock.dt(), clock.step(), 0, size());
    }
    if (stepId == lastStepId) {
      endOfSteps();
    }
  }

  /** Runs step {@code stepId} of the group's own (scalar) code over neurons {@code [from, to)}. */
  public final void computeRange(int stepId, double t, double dt, long step, int from, int to) {
    compute(stepId, t, dt, step, from, to);
  }

  private boolean due(int stepId, Clock clock) {
    StepInfo s = model().steps().get(stepId);
    if (s.hasCondition()) {
      return condition(stepId, clock.t(), clock.dt(), clock.step());
    }
    if (s.period() <= 0) {
      return true;
    }
    // due times are multiples of the period on the network clock; a step honours a due time
    // when its start is within half a step of it
    double t = clock.t();
    if (t + 0.5 * clock.dt() < nextDue[stepId]) {
      return false;
    }
    nextDue[stepId] = (Math.floor((t + 0.5 * clock.dt()) / s.period()) + 1) * s.period();
    return true;
  }

  private void endOfSteps() {
    for (StateVar in : inputVars) {
      in.fill(0);
    }
    if (spikeVar != null) {
      boolean[] s = (boolean[]) spikeVar.array();
      int n = size();
      int count = 0;
      // spikes are rare: jump from one to the next with Arrays.mismatch against all-false, which
      // the JIT compiles to wide compares (several times faster than testing each flag)
      for (int i = 0; i < n; i++) {
        int skip = Arrays.mismatch(s, i, n, noSpikes, 0, n - i);
        if (skip < 0) {
          break;
        }
        i += skip;
        spikeIndices[count++] = i;
        spikeTotals[i]++;
      }
      spikeCount = count;
    }
  }

  /**
   * Replaces the spikes of the last time step with {@code indices[0 .. count)} (increasing) and
   * the totals since the last reset with {@code totals}: for a backend that collects the spikes
   * on a device while no host code reads them, and hands them back when the run ends.
   *
   * @throws IllegalArgumentException if the arrays do not fit the group or the indices are not
   *     increasing neuron indices
   */
  public final void setSpikes(int[] indices, int count, int[] totals) {
    spike(); // throws if the model has no spikes
    if (count < 0 || count > size() || indices.length < count || totals.length != size()) {
      throw new IllegalArgumentException("group '" + name() + "': " + count + " spikes of "
          + indices.length + " indices and " + totals.length + " totals do not fit its "
          + size() + " neurons");
    }
    for (int k = 0; k < count; k++) {
      if (indices[k] < 0 || indices[k] >= size() || (k > 0 && indices[k] <= indices[k - 1])) {
        throw new IllegalArgumentException("group '" + name() + "': spike index " + indices[k]
            + " at position " + k + " is not an increasing index of its " + size()
            + " neurons");
      }
    }
    System.arraycopy(indices, 0, spikeIndices, 0, count);
    spikeCount = count;
    System.arraycopy(totals, 0, spikeTotals, 0, totals.length);
  }

  @Override
  public String toString() {
    return name() + " (" + model().name() + ", " + size() + " neurons)";
  }
}
