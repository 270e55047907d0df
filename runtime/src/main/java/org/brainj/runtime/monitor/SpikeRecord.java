package org.brainj.runtime.monitor;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The spikes of one group in one run, recorded sparsely as (time, neuron index) pairs in the order
 * they happened (BrainPy's {@code mon.spike_t}/{@code mon.spike}, without the dense matrix).
 *
 * <p>A record streamed with {@code runner.streamTo(dir)} is on disk ({@link #onDisk()}): {@link
 * #count()} is known, the spikes are entries {@link #firstSpike()} onwards of {@link
 * #timesFile()} and {@link #indicesFile()}, and asking for them throws an {@link
 * IllegalStateException} that says where they are.
 */
public final class SpikeRecord {
  private final String group;
  private final int size;
  private final TimeGrid grid;
  private final SpikeStream stream;
  int count;
  int[] steps;
  int[] indices;
  double[] times;

  SpikeRecord(String group, int size, TimeGrid grid, int capacity) {
    this(group, size, grid, capacity, null);
  }

  /** A record whose spikes go to {@code stream}'s files (no storage), or to memory if null. */
  SpikeRecord(String group, int size, TimeGrid grid, int capacity, SpikeStream stream) {
    this.group = group;
    this.size = size;
    this.grid = grid;
    this.stream = stream;
    this.steps = new int[capacity];
    this.indices = new int[capacity];
    this.times = new double[capacity];
  }

  /**
   * A spike record made from given spikes (step within the run, neuron index), e.g. to measure
   * spike trains from elsewhere; steps must be in non-decreasing order.
   */
  public static SpikeRecord of(String group, int size, double dt, int nSteps, int[] steps,
      int[] indices) {
    if (steps.length != indices.length) {
      throw new IllegalArgumentException("spike record '" + group + "': " + steps.length
          + " steps but " + indices.length + " indices");
    }
    SpikeRecord r = new SpikeRecord(group, size, new TimeGrid(0, 0, dt, nSteps),
        Math.max(1, steps.length));
    for (int k = 0; k < steps.length; k++) {
      if (steps[k] < 0 || steps[k] >= nSteps || indices[k] < 0 || indices[k] >= size
          || (k > 0 && steps[k] < steps[k - 1])) {
        throw new IllegalArgumentException("spike record '" + group + "': spike " + k
            + " (step " + steps[k] + ", neuron " + indices[k] + ") is outside " + nSteps
            + " steps x " + size + " neurons or out of order");
      }
      r.steps[k] = steps[k];
      r.indices[k] = indices[k];
      r.times[k] = r.grid.time(steps[k]);
    }
    r.count = steps.length;
    return r;
  }

  /** The group's name. */
  public String group() {
    return group;
  }

  /** The number of neurons in the group. */
  public int size() {
    return size;
  }

  /** Steps in the run. */
  public int nSteps() {
    return grid.nSteps();
  }

  public double dt() {
    return grid.dt();
  }

  /** The time (ms) of the run's first step. */
  public double t0() {
    return grid.t0();
  }

  /** The run's time grid. */
  public TimeGrid grid() {
    return grid;
  }

  /** The number of spikes. */
  public int count() {
    return count;
  }

  /** The time (ms) of each spike (a new array). */
  public double[] times() {
    requireInMemory("times()");
    return Arrays.copyOf(times, count);
  }

  /** The neuron index of each spike (a new array). */
  public int[] indices() {
    requireInMemory("indices()");
    return Arrays.copyOf(indices, count);
  }

  /** The step within the run of each spike (a new array). */
  public int[] steps() {
    requireInMemory("steps()");
    return Arrays.copyOf(steps, count);
  }

  /** The dense {@code (nSteps x size)} 0/1 matrix, as BrainPy's {@code mon.spike}. */
  public double[][] toDense() {
    requireInMemory("toDense()");
    double[][] dense = new double[grid.nSteps()][size];
    for (int k = 0; k < count; k++) {
      dense[steps[k]][indices[k]] = 1.0;
    }
    return dense;
  }

  /** The number of spikes in each step of the run. */
  public int[] countsPerStep() {
    requireInMemory("countsPerStep()");
    int[] c = new int[grid.nSteps()];
    for (int k = 0; k < count; k++) {
      c[steps[k]]++;
    }
    return c;
  }

  /** The number of spikes of each neuron. */
  public int[] countsPerNeuron() {
    requireInMemory("countsPerNeuron()");
    int[] c = new int[size];
    for (int k = 0; k < count; k++) {
      c[indices[k]]++;
    }
    return c;
  }

  /**
   * The population firing rate in Hz at each step, smoothed with a rectangular window of
   * {@code width} ms, as BrainPy's {@code measure.firing_rate}: the fraction of neurons spiking per
   * step, convolved (same length, zero padded) with {@code 2 * floor(width / 2 / dt) + 1} ones
   * scaled by {@code 1000 / width}.
   */
  public double[] populationRate(double width) {
    if (!(width > 0) || Double.isInfinite(width)) {
      throw new IllegalArgumentException(
          "populationRate of group '" + group + "': width must be a positive number of ms, got "
              + width);
    }
    requireInMemory("populationRate(width)");
    int nSteps = grid.nSteps();
    int half = (int) (width / 2 / grid.dt());
    int[] c = countsPerStep();
    // prefix sums make the window sum O(1) per step
    double[] prefix = new double[nSteps + 1];
    for (int i = 0; i < nSteps; i++) {
      prefix[i + 1] = prefix[i] + c[i] / (double) size;
    }
    double scale = 1000.0 / width;
    double[] rate = new double[nSteps];
    for (int i = 0; i < nSteps; i++) {
      int lo = Math.max(0, i - half);
      int hi = Math.min(nSteps, i + half + 1);
      rate[i] = (prefix[hi] - prefix[lo]) * scale;
    }
    return rate;
  }

  /** Whether the spikes were streamed to disk ({@code runner.streamTo(dir)}) instead of kept. */
  public boolean onDisk() {
    return stream != null;
  }

  /** The {@code .npy} file of spike times the record was streamed to; null when in memory. */
  public Path timesFile() {
    return stream == null ? null : stream.times;
  }

  /** The {@code .npy} file of spiking neuron indices; null when in memory. */
  public Path indicesFile() {
    return stream == null ? null : stream.indices;
  }

  /** The entry of the streamed files where this run's spikes start; 0 when in memory. */
  public long firstSpike() {
    return stream == null ? 0 : stream.firstSpike();
  }

  private void requireInMemory(String what) {
    if (stream != null) {
      throw new IllegalStateException("spikes of group '" + group + "': " + what + " needs the"
          + " spikes in memory, but the run streamed them to disk: its " + count + " spikes are"
          + " entries " + firstSpike() + ".." + (firstSpike() + count - 1) + " of '"
          + stream.times + "' (times) and '" + stream.indices + "' (neuron indices). Read them"
          + " with Npy.read(...), or record in memory (without runner.streamTo)");
    }
  }

  /** The time (ms) of each step of the run, for plotting per-step quantities. */
  public double[] stepTimes() {
    return grid.toArray();
  }

  @Override
  public String toString() {
    return "SpikeRecord of '" + group + "' (" + count + " spikes, " + grid.nSteps() + " steps, " + size
        + " neurons" + (stream == null ? "" : ", on disk in '" + stream.times.getParent() + "'")
        + ")";
  }
}
