package org.brainj.runtime.input;

import java.util.Arrays;
import java.util.Objects;
import org.brainj.runtime.group.GroupBuilder;
import org.brainj.runtime.group.ModelInfo;
import org.brainj.runtime.group.ModelInfo.Role;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.StateVar;

/**
 * An input group whose neurons fire at given times (BrainPy's {@code inputs.SpikeTimeInput(size,
 * times, indices)}, 2.x {@code SpikeTimeGroup}): spike {@code k} is neuron {@code indices[k]}
 * firing at {@code times[k]} ms. Synapses connect from it like from any neuron group.
 *
 * <pre>{@code
 * // neuron 0 fires at 10 and 30 ms, neuron 1 at 20 ms
 * SpikeTimeGroup in = net.add(SpikeTimeGroup.builder(2)
 *     .spikes(new double[] {10, 20, 30}, new int[] {0, 1, 0}).name("in").build());
 * }</pre>
 *
 * <p>A spike at time {@code s} is emitted in the first step whose start {@code t} reaches it,
 * {@code t >= s - 1e-6 dt} (BrainPy's {@code t >= s}, with a margin so that rounding in {@code t}
 * cannot move a spike on the time grid to the next step): at dt 0.1 a spike at 10 ms is emitted in
 * the step starting at 10 ms (step 100 of a run from 0), one at 10.04 ms in the step starting at
 * 10.1 ms. A neuron fires at most once per step, so given spikes of one neuron that fall into the
 * same step give one spike. The times need not be sorted.
 *
 * <p>The group follows the network clock: continued runs go on where they stopped, a reset starts
 * again from the first spike, and when {@code run(start, end)} moves the clock the group continues
 * with the spikes due from {@code start} on (earlier ones are skipped, not replayed). Each neuron
 * keeps its own position, so the group can be split across threads.
 *
 * <p>Variables: the spike flag {@code spike} and {@code tLastSpike} (ms, initial -1e7), as in the
 * generated groups; no parameters.
 */
public final class SpikeTimeGroup extends NeuronGroup {
  /** The model: variables {@code spike}, {@code tLastSpike}; one step, {@code update}. */
  public static final ModelInfo MODEL =
      ModelInfo.builder("SpikeTime", SpikeTimeGroup.class.getName())
          .var("tLastSpike", VarType.DOUBLE, Role.STATE, "time of the last spike, ms")
          .var("spike", VarType.BOOLEAN, Role.SPIKE, "whether the neuron fired in this step")
          .step("update", 0, false)
          .build();

  /** Rounding margin in units of dt: a spike is due once {@code t >= s - MARGIN dt}. */
  private static final double MARGIN = 1e-6;

  private final double[] givenTimes;
  private final int[] givenIndices;
  /** Neuron {@code i}'s spike times, sorted: {@code sorted[offsets[i] .. offsets[i + 1])}. */
  private final int[] offsets;
  private final double[] sorted;
  /** Per neuron: the first of its spikes not yet emitted, and the end of its last step. */
  private final int[] next;
  private final double[] lastEnd;
  private final double[] tLastSpike;
  private final boolean[] spike;

  private SpikeTimeGroup(Builder b) {
    super(MODEL, b);
    this.givenTimes = b.times;
    this.givenIndices = b.indices;
    int n = size();
    checkSpikes(n);
    this.offsets = new int[n + 1];
    for (int idx : givenIndices) {
      offsets[idx + 1]++;
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    this.sorted = new double[givenTimes.length];
    int[] fill = Arrays.copyOf(offsets, n);
    for (int k = 0; k < givenTimes.length; k++) {
      sorted[fill[givenIndices[k]]++] = givenTimes[k];
    }
    for (int i = 0; i < n; i++) {
      Arrays.sort(sorted, offsets[i], offsets[i + 1]);
    }
    this.next = new int[n];
    this.lastEnd = new double[n];
    this.tLastSpike = doubles("tLastSpike");
    this.spike = booleans("spike");
    reset();
  }

  private void checkSpikes(int n) {
    String label = "SpikeTime group '" + name() + "'";
    if (givenTimes.length != givenIndices.length) {
      throw new IllegalArgumentException(label + ": times and indices must have the same length,"
          + " got " + givenTimes.length + " times and " + givenIndices.length + " indices");
    }
    for (int k = 0; k < givenTimes.length; k++) {
      if (givenIndices[k] < 0 || givenIndices[k] >= n) {
        throw new IllegalArgumentException(label + ": spike " + k + " has neuron index "
            + givenIndices[k] + ", outside the group's " + n + " neurons (valid: 0.." + (n - 1)
            + ")");
      }
      if (!Double.isFinite(givenTimes[k])) {
        throw new IllegalArgumentException(
            label + ": spike " + k + " has time " + givenTimes[k] + "; times must be finite (ms)");
      }
    }
  }

  /** A builder for a group of {@code size} neurons; give the spikes with {@code spikes(...)}. */
  public static Builder builder(int size) {
    return new Builder(size);
  }

  /** The given spike times in ms, in the order given (a copy). */
  public double[] times() {
    return givenTimes.clone();
  }

  /** The given neuron index of each spike, in the order given (a copy). */
  public int[] indices() {
    return givenIndices.clone();
  }

  /** State variable {@code tLastSpike} (ms): the start of the step of each neuron's last spike. */
  public StateVar tLastSpike() {
    return var("tLastSpike");
  }

  @Override
  protected void initDefaults() {
    Arrays.fill(tLastSpike, -1e7);
    Arrays.fill(spike, false);
    System.arraycopy(offsets, 0, next, 0, next.length);
    Arrays.fill(lastEnd, Double.NaN);
  }

  @Override
  protected void compute(int stepId, double t, double dt, long step, int from, int to) {
    if (stepId != 0) {
      throw new IllegalArgumentException("no step " + stepId);
    }
    double margin = MARGIN * dt;
    for (int i = from; i < to; i++) {
      int k = next[i];
      int end = offsets[i + 1];
      // the first step, or the clock jumped (run(start, end)): spikes before this step's
      // interval (t - dt, t] are past and skipped; a new dt alone is no jump
      if (!(Math.abs(t - lastEnd[i]) <= 0.5 * dt)) {
        k = firstAfter(offsets[i], end, t - dt + margin);
      }
      boolean fire = false;
      while (k < end && sorted[k] <= t + margin) {
        fire = true;
        k++;
      }
      spike[i] = fire;
      if (fire) {
        tLastSpike[i] = t;
      }
      next[i] = k;
      lastEnd[i] = t + dt;
    }
  }

  /** The first index in {@code sorted[from, to)} whose time is above {@code time}. */
  private int firstAfter(int from, int to, double time) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Builds a {@link SpikeTimeGroup}: size, spikes, and the usual name, seed and schedule. */
  public static final class Builder extends GroupBuilder<SpikeTimeGroup, Builder> {
    private double[] times = new double[0];
    private int[] indices = new int[0];

    private Builder(int size) {
      super(MODEL, size);
    }

    /**
     * The spikes: neuron {@code indices[k]} fires at {@code times[k]} ms (BrainPy's order,
     * {@code times} then {@code indices}); the arrays are copied and checked when the group is
     * built.
     */
    public Builder spikes(double[] times, int[] indices) {
      this.times = Objects.requireNonNull(times, "spike times").clone();
      this.indices = Objects.requireNonNull(indices, "spike indices").clone();
      return this;
    }

    @Override
    public SpikeTimeGroup build() {
      return new SpikeTimeGroup(this);
    }
  }
}
