package org.brainj.runtime.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.monitor.Trace;

/**
 * Measurements of recorded activity (BrainPy's {@code bp.measure}): synchrony
 * ({@link #crossCorrelation}, {@link #voltageFluctuation}), population rates
 * ({@link #firingRate}), rasters ({@link #raster}) and inter-spike interval statistics
 * ({@link #interSpikeIntervals}, {@link #cv}).
 *
 * <p>Each takes the monitor types ({@link SpikeRecord}, {@link Trace}) or plain arrays in
 * BrainPy's layout: {@code spikes[step][neuron]} (0 or 1) and {@code potentials[time][neuron]}.
 */
public final class Measures {
  private Measures() {}

  /**
   * The synchrony index of Wang and Buzsáki (1996), BrainPy's
   * {@code measure.cross_correlation(spikes, bin)}: the run is cut into bins of
 * {@code floor(binMs / dt)} steps;
   * each neuron's train becomes a 0/1 vector (1 if it fired in the bin); for each pair
   * {@code kappa_ij = sum(x_i x_j) / sqrt(sum x_i * sum x_j)}; the result is the mean over all
   * pairs of distinct neurons, pairs with a silent neuron counting as 0. It is 1 for perfectly
   * synchronous firing and near {@code rate * bin} for independent trains.
   */
  public static double crossCorrelation(SpikeRecord spikes, double binMs) {
    int n = spikes.size();
    if (n < 2) {
      throw new IllegalArgumentException("crossCorrelation of '" + spikes.group()
          + "' needs at least 2 neurons, it has " + n);
    }
    // as BrainPy: a bin is floor(bin / dt) steps (0.5 ms at dt 0.04 is 12 steps)
    int stepsPerBin = (int) Math.floor(binMs / spikes.dt() + 1e-9);
    if (stepsPerBin < 1) {
      throw new IllegalArgumentException("crossCorrelation: the bin " + binMs
          + " ms is shorter than one step (dt = " + spikes.dt() + " ms)");
    }
    int bins = (spikes.nSteps() + stepsPerBin - 1) / stepsPerBin;
    boolean[][] fired = new boolean[n][bins];
    int[] steps = spikes.steps();
    int[] idx = spikes.indices();
    for (int k = 0; k < spikes.count(); k++) {
      fired[idx[k]][steps[k] / stepsPerBin] = true;
    }
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      for (boolean b : fired[i]) {
        counts[i] += b ? 1 : 0;
      }
    }
    double sum = 0;
    long pairs = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        pairs++;
        if (counts[i] == 0 || counts[j] == 0) {
          continue;
        }
        int both = 0;
        for (int b = 0; b < bins; b++) {
          if (fired[i][b] && fired[j][b]) {
            both++;
          }
        }
        sum += both / Math.sqrt((double) counts[i] * counts[j]);
      }
    }
    return sum / pairs;
  }

  // ---------------------------------------------------------------- synchrony

  /**
   * The synchrony measure of Golomb and Rinzel (1993), BrainPy's
   * {@code measure.voltage_fluctuation}: with {@code V(t)} the population mean of the potentials,
   * {@code chi^2 = Var_t[V(t)] / mean_i Var_t[V_i(t)]}, variances over time with denominator
   * {@code T} (NumPy's default). It is 1 for identical traces and about {@code 1 / N} for
   * {@code N} independent ones; BrainPy returns 1 when every neuron is constant, and so does this.
   *
   * @param potentials {@code potentials[time][neuron]}, e.g. {@code trace.values()}
   * @return {@code chi^2} (BrainPy's result, not its square root)
   */
  public static double voltageFluctuation(double[][] potentials) {
    Objects.requireNonNull(potentials, "potentials");
    int rows = potentials.length;
    if (rows == 0 || potentials[0].length == 0) {
      throw new IllegalArgumentException(
          "voltageFluctuation: need at least one time point and one neuron, got " + rows
              + " rows" + (rows == 0 ? "" : " of " + potentials[0].length + " neurons"));
    }
    int n = potentials[0].length;
    double[] mean = new double[rows];
    for (int r = 0; r < rows; r++) {
      if (potentials[r].length != n) {
        throw new IllegalArgumentException("voltageFluctuation: row " + r + " has "
            + potentials[r].length + " neurons, row 0 has " + n);
      }
      double sum = 0;
      for (double v : potentials[r]) {
        sum += v;
      }
      mean[r] = sum / n;
    }
    double populationVar = variance(mean);
    double neuronVarSum = 0;
    double[] column = new double[rows];
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < rows; r++) {
        column[r] = potentials[r][i];
      }
      neuronVarSum += variance(column);
    }
    double neuronVar = neuronVarSum / n;
    return neuronVar == 0 ? 1.0 : populationVar / neuronVar;
  }

  /** {@link #voltageFluctuation(double[][])} of the monitored neurons of a trace. */
  public static double voltageFluctuation(Trace trace) {
    Objects.requireNonNull(trace, "trace");
    return voltageFluctuation(trace.values());
  }

  /** The variance with denominator {@code n}, in two passes (less rounding than E[x^2] - E[x]^2). */
  private static double variance(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    double m = sum / x.length;
    double sq = 0;
    for (double v : x) {
      sq += (v - m) * (v - m);
    }
    return sq / x.length;
  }

  // ---------------------------------------------------------------- rates

  /**
   * The population firing rate in Hz at each step, BrainPy's {@code measure.firing_rate(spikes,
   * width)}: see {@link SpikeRecord#populationRate(double)}.
   */
  public static double[] firingRate(SpikeRecord spikes, double width) {
    Objects.requireNonNull(spikes, "spike record");
    return spikes.populationRate(width);
  }

  /**
   * The population firing rate in Hz of a spike matrix, BrainPy's
   * {@code measure.firing_rate(spikes, width, dt)}: the fraction of neurons spiking in each step,
   * convolved in NumPy's {@code 'same'} mode with a window of {@code 2 floor(width / 2 / dt) + 1}
   * ones scaled by {@code 1000 / width}, so value {@code k} sums steps {@code k - h .. k + h}
   * (zero beyond the ends). One value per step.
   *
   * @param spikes {@code spikes[step][neuron]}, each 0 or 1
   */
  public static double[] firingRate(double[][] spikes, double width, double dt) {
    return firingRate(record(spikes, dt, "firingRate"), width);
  }

  /** {@link #firingRate(double[][], double, double)} of a boolean spike matrix. */
  public static double[] firingRate(boolean[][] spikes, double width, double dt) {
    return firingRate(record(toDouble(spikes, "firingRate"), dt, "firingRate"), width);
  }

  // ---------------------------------------------------------------- rasters

  /** The spikes of a record as a raster, BrainPy's {@code measure.raster_plot}. */
  public static Raster raster(SpikeRecord spikes) {
    Objects.requireNonNull(spikes, "spike record");
    return new Raster(spikes.indices(), spikes.times());
  }

  /**
   * The raster of a spike matrix, BrainPy's {@code measure.raster_plot(spikes, times)}: the
   * entries above 0 in row-major order (NumPy's {@code where}), spike {@code k} at
   * {@code times[row]} for neuron {@code column}.
   */
  public static Raster raster(double[][] spikes, double[] times) {
    Objects.requireNonNull(spikes, "spike matrix");
    Objects.requireNonNull(times, "times");
    return raster(spikes, times, null, "raster");
  }

  /** {@link #raster(double[][], double[])} of a boolean spike matrix. */
  public static Raster raster(boolean[][] spikes, double[] times) {
    return raster(toDouble(spikes, "raster"), times);
  }

  /**
   * The raster of a monitored spike variable ({@code runner.monitor(g.spike())}): times are the
   * trace's row times and indices the monitored neurons' indices in the group.
   */
  public static Raster raster(Trace spikeTrace) {
    Objects.requireNonNull(spikeTrace, "trace");
    return raster(spikeTrace.values(), spikeTrace.ts(), spikeTrace.indices(),
        "raster of '" + spikeTrace.name() + "'");
  }

  private static Raster raster(double[][] spikes, double[] times, int[] columnNeuron,
      String where) {
    if (times.length != spikes.length) {
      throw new IllegalArgumentException(where + ": " + spikes.length + " rows of spikes but "
          + times.length + " times; give one time per row");
    }
    List<int[]> found = new ArrayList<>();
    for (int r = 0; r < spikes.length; r++) {
      for (int c = 0; c < spikes[r].length; c++) {
        if (spikes[r][c] > 0) {
          found.add(new int[] {r, c});
        }
      }
    }
    int[] idx = new int[found.size()];
    double[] t = new double[found.size()];
    for (int k = 0; k < idx.length; k++) {
      int[] rc = found.get(k);
      idx[k] = columnNeuron == null ? rc[1] : columnNeuron[rc[1]];
      t[k] = times[rc[0]];
    }
    return new Raster(idx, t);
  }

  // ---------------------------------------------------------------- inter-spike intervals

  /**
   * The inter-spike intervals (ms) of each neuron: {@code result[i]} holds the differences of
   * neuron {@code i}'s consecutive spike times (empty with fewer than two spikes).
   */
  public static double[][] interSpikeIntervals(SpikeRecord spikes) {
    Objects.requireNonNull(spikes, "spike record");
    return interSpikeIntervals(spikes.times(), spikes.indices(), spikes.size());
  }

  /** The inter-spike intervals of each of {@code size} neurons from a raster. */
  public static double[][] interSpikeIntervals(Raster raster, int size) {
    Objects.requireNonNull(raster, "raster");
    return interSpikeIntervals(raster.times(), raster.indices(), size);
  }

  /**
   * The inter-spike intervals of each of {@code size} neurons, from spikes given as
   * {@code (times[k], indices[k])} in time order.
   */
  public static double[][] interSpikeIntervals(double[] times, int[] indices, int size) {
    if (times.length != indices.length) {
      throw new IllegalArgumentException("interSpikeIntervals: " + times.length + " times but "
          + indices.length + " indices");
    }
    if (size < 0) {
      throw new IllegalArgumentException("interSpikeIntervals: size must be >= 0, got " + size);
    }
    int[] count = new int[size];
    for (int k = 0; k < indices.length; k++) {
      int i = indices[k];
      if (i < 0 || i >= size) {
        throw new IllegalArgumentException("interSpikeIntervals: spike " + k + " has neuron index "
            + i + ", outside [0, " + size + ")");
      }
      count[i]++;
    }
    double[][] isi = new double[size][];
    double[] last = new double[size];
    int[] filled = new int[size];
    for (int i = 0; i < size; i++) {
      isi[i] = new double[Math.max(0, count[i] - 1)];
    }
    boolean[] seen = new boolean[size];
    for (int k = 0; k < times.length; k++) {
      int i = indices[k];
      if (seen[i]) {
        double d = times[k] - last[i];
        if (d < 0) {
          throw new IllegalArgumentException("interSpikeIntervals: spikes of neuron " + i
              + " are not in time order (" + last[i] + " ms, then " + times[k] + " ms at spike "
              + k + ")");
        }
        isi[i][filled[i]++] = d;
      }
      seen[i] = true;
      last[i] = times[k];
    }
    return isi;
  }

  /**
   * The coefficient of variation of intervals, {@code std / mean} with the standard deviation's
   * denominator {@code n} (NumPy's default, as Elephant's {@code cv}): 0 for a regular train,
   * about 1 for a Poisson train; NaN for no intervals.
   */
  public static double cv(double[] intervals) {
    Objects.requireNonNull(intervals, "intervals");
    if (intervals.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double d : intervals) {
      sum += d;
    }
    return Math.sqrt(variance(intervals)) / (sum / intervals.length);
  }

  /** {@link #cv(double[])} of each neuron's intervals (NaN for a neuron with fewer than two spikes). */
  public static double[] cv(double[][] intervalsPerNeuron) {
    Objects.requireNonNull(intervalsPerNeuron, "intervals");
    double[] out = new double[intervalsPerNeuron.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = cv(intervalsPerNeuron[i]);
    }
    return out;
  }

  /** The coefficient of variation of each neuron's inter-spike intervals. */
  public static double[] isiCv(SpikeRecord spikes) {
    return cv(interSpikeIntervals(spikes));
  }

  // ---------------------------------------------------------------- matrices

  /** A spike record of a {@code [step][neuron]} 0/1 matrix, so matrices share the record's code. */
  private static SpikeRecord record(double[][] spikes, double dt, String where) {
    Objects.requireNonNull(spikes, "spike matrix");
    if (!(dt > 0) || Double.isInfinite(dt)) {
      throw new IllegalArgumentException(where + ": dt must be a positive number of ms, got " + dt);
    }
    if (spikes.length == 0 || spikes[0].length == 0) {
      throw new IllegalArgumentException(where + ": the spike matrix is empty ("
          + spikes.length + " steps); need at least one step and one neuron");
    }
    int n = spikes[0].length;
    List<int[]> found = new ArrayList<>();
    for (int r = 0; r < spikes.length; r++) {
      if (spikes[r].length != n) {
        throw new IllegalArgumentException(
            where + ": row " + r + " has " + spikes[r].length + " neurons, row 0 has " + n);
      }
      for (int c = 0; c < n; c++) {
        double v = spikes[r][c];
        if (v == 1) {
          found.add(new int[] {r, c});
        } else if (v != 0) {
          throw new IllegalArgumentException(where + ": spikes[" + r + "][" + c + "] = " + v
              + "; a spike matrix holds 0 (no spike) or 1 (spike)");
        }
      }
    }
    int[] steps = found.stream().mapToInt(rc -> rc[0]).toArray();
    int[] idx = found.stream().mapToInt(rc -> rc[1]).toArray();
    return SpikeRecord.of("spikes", n, dt, spikes.length, steps, idx);
  }

  private static double[][] toDouble(boolean[][] spikes, String where) {
    Objects.requireNonNull(spikes, where + ": spike matrix");
    double[][] out = new double[spikes.length][];
    for (int r = 0; r < spikes.length; r++) {
      out[r] = new double[spikes[r].length];
      for (int c = 0; c < out[r].length; c++) {
        out[r][c] = spikes[r][c] ? 1 : 0;
      }
    }
    return out;
  }
}
