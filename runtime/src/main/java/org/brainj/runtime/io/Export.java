package org.brainj.runtime.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brainj.runtime.connect.Connectivity;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.SynapseIndex;
import org.brainj.runtime.monitor.Monitor;
import org.brainj.runtime.monitor.RecordNames;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.RunResult;

/**
 * Saves what BrainJ computes in formats Python and R read: NumPy {@code .npy}/{@code .npz}
 * ({@code numpy.load}) and CSV ({@code pandas.read_csv}, R's {@code read.csv}). One static method
 * per format and kind of object, named after the format, taking the file first:
 *
 * <pre>{@code
 * Export.npz(Path.of("run.npz"), result);          // a whole RunResult: E.V, E.V_t, E.spike, ts ...
 * Export.npy(Path.of("v.npy"), result.trace(E.V())); // rows x neurons
 * Export.csv(Path.of("v.csv"), result.trace(E.V())); // t,V_0,V_1,...
 * Export.csv(Path.of("spikes.csv"), result.spikes(E)); // t,index
 * Export.npz(Path.of("conn.npz"), syn.connectivity()); // indptr, indices, pre, post, shape
 * }</pre>
 *
 * <p>Every method creates the parent directories, replaces the file, returns it, and throws
 * {@link java.io.UncheckedIOException} naming the file when writing fails. Traces and spike
 * records streamed to disk ({@code runner.streamTo(dir)}) are already {@code .npy} files:
 * exporting them throws an {@link IllegalStateException} that names those files. See {@code
 * docs/data-export.md} for the keys and columns of each format.
 */
public final class Export {
  private Export() {}

  // ---------------------------------------------------------------- traces

  /** The trace's values as a {@code (rows, neurons)} {@code '<f8'} array (BrainPy's {@code mon.V}). */
  public static Path npy(Path file, Trace trace) {
    return Npy.write(file, rows(trace));
  }

  /**
   * The trace as an archive with keys {@code ts} (time of each row), the variable's name (e.g.
   * {@code V}: rows x neurons) and {@code indices} (neuron of each column), as BrainPy's {@code
   * mon.ts}, {@code mon.V}.
   */
  public static Path npz(Path file, Trace trace) {
    Objects.requireNonNull(trace, "trace");
    NpySource values = rows(trace);
    try (NpzWriter w = NpzWriter.create(file)) {
      w.put("ts", NpyArray.of(trace.ts()));
      w.put(trace.variable().name(), values, false);
      w.put("indices", NpyArray.of(trace.indices()));
    }
    return file;
  }

  /**
   * The trace as CSV: a header row {@code t,V_0,V_3,...} (the variable's name and each column's
   * neuron index), then one row per recorded step: its time (ms) and the values.
   */
  public static Path csv(Path file, Trace trace) {
    Objects.requireNonNull(trace, "trace");
    double[][] values = trace.values();
    double[] ts = trace.ts();
    int[] indices = trace.indices();
    try (CsvWriter csv = CsvWriter.create(file)) {
      csv.cell("t");
      for (int i : indices) {
        csv.cell(trace.variable().name() + "_" + i);
      }
      csv.endRow();
      for (int r = 0; r < values.length; r++) {
        csv.cell(ts[r]);
        for (double v : values[r]) {
          csv.cell(v);
        }
        csv.endRow();
      }
    }
    return file;
  }

  // ---------------------------------------------------------------- spikes

  /**
   * The spikes as an archive with keys {@code times} (ms, one per spike), {@code indices} (the
   * neuron of each spike, {@code '<i4'}) and {@code ts} (the time of every step of the run).
   */
  public static Path npz(Path file, SpikeRecord spikes) {
    Objects.requireNonNull(spikes, "spikes");
    double[] times = spikes.times();
    try (NpzWriter w = NpzWriter.create(file)) {
      w.put("times", NpyArray.of(times));
      w.put("indices", NpyArray.of(spikes.indices()));
      w.put("ts", NpyArray.of(spikes.stepTimes()));
    }
    return file;
  }

  /** The spikes as CSV: a header row {@code t,index}, then one row per spike in time order. */
  public static Path csv(Path file, SpikeRecord spikes) {
    Objects.requireNonNull(spikes, "spikes");
    double[] times = spikes.times();
    int[] indices = spikes.indices();
    try (CsvWriter csv = CsvWriter.create(file)) {
      csv.header("t", "index");
      for (int k = 0; k < times.length; k++) {
        csv.cell(times[k]).cell(indices[k]).endRow();
      }
    }
    return file;
  }

  // ---------------------------------------------------------------- whole runs

  /**
   * Everything a run recorded, in one archive named like BrainPy's monitors ({@link
   * RecordNames}): {@code ts} (every step's time), {@code dt}; per trace {@code E.V}, {@code
   * E.V_t}, {@code E.V_indices}; per spike record {@code E.spike} (the dense {@code (steps,
   * neurons)} {@code '|b1'} matrix of BrainPy's {@code mon.spike}, deflated), {@code
   * E.spike_times} and {@code E.spike_indices}.
   */
  public static Path npz(Path file, RunResult result) {
    Objects.requireNonNull(result, "result");
    Map<NeuronGroup, SpikeRecord> spikes = result.spikeRecords();
    List<String> spikeNames = new ArrayList<>();
    for (Map.Entry<NeuronGroup, SpikeRecord> e : spikes.entrySet()) {
      requireInMemory(file, e.getValue());
      spikeNames.add(RecordNames.spikes(e.getKey()));
    }
    List<Monitor> monitors = new ArrayList<>();
    for (Trace t : result.traces()) {
      requireInMemory(file, t);
      monitors.add(t.monitor());
    }
    List<String> traceNames = RecordNames.traces(monitors, spikeNames);
    try (NpzWriter w = NpzWriter.create(file)) {
      w.put("ts", NpyArray.of(result.ts()));
      w.put("dt", NpyArray.scalar(result.dt()));
      for (int k = 0; k < traceNames.size(); k++) {
        Trace t = result.traces().get(k);
        String name = traceNames.get(k);
        w.put(name, rows(t), false);
        w.put(name + RecordNames.ROW_TIMES, NpyArray.of(t.ts()));
        w.put(name + RecordNames.COLUMNS, NpyArray.of(t.indices()));
      }
      int k = 0;
      for (SpikeRecord s : spikes.values()) {
        String name = spikeNames.get(k++);
        w.put(name, dense(s), true);
        w.put(name + RecordNames.SPIKE_TIMES, NpyArray.of(s.times()));
        w.put(name + RecordNames.SPIKE_INDICES, NpyArray.of(s.indices()));
      }
    }
    return file;
  }

  private static void requireInMemory(Path file, Trace t) {
    if (t.onDisk()) {
      throw new IllegalStateException("cannot export the run to '" + file + "': trace '"
          + t.name() + "' was streamed to disk, to '" + t.file() + "' (times in '"
          + t.timesFile() + "'); those .npy files already hold it");
    }
  }

  private static void requireInMemory(Path file, SpikeRecord s) {
    if (s.onDisk()) {
      throw new IllegalStateException("cannot export the run to '" + file + "': the spikes of '"
          + s.group() + "' were streamed to disk, to '" + s.timesFile() + "' and '"
          + s.indicesFile() + "'; those .npy files already hold them");
    }
  }

  // ---------------------------------------------------------------- connectivity

  /**
   * The synapses as an archive: CSR by presynaptic neuron ({@code indptr}, {@code preNum + 1}
   * entries, and {@code indices}, the postsynaptic neuron of each synapse), the same synapses as
   * pairs ({@code pre}, {@code post}), {@code shape} ({@code [preNum, postNum]}, {@code '<i8'}),
   * and {@code weights} when the connectivity has them. All indices {@code '<i4'}; synapse
   * {@code s} is entry {@code s} of {@code indices}, {@code pre}, {@code post} and {@code weights}.
   */
  public static Path npz(Path file, Connectivity c) {
    Objects.requireNonNull(c, "connectivity");
    return synapsesNpz(file, c.preNum(), c.postNum(), c.preIndptr(), c.postIds(), c.preIds(),
        c.hasWeights() ? c.weights() : null);
  }

  /** A synapse group's connectivity ({@code syn.connectivity()}), as for a {@link Connectivity}. */
  public static Path npz(Path file, SynapseIndex index) {
    return npz(file, index, null);
  }

  /**
   * A synapse group's connectivity with one weight per synapse (in synapse order, e.g. {@code
   * syn.var("w").toDoubleArray()} for a per-synapse variable), or none when null.
   */
  public static Path npz(Path file, SynapseIndex index, double[] weights) {
    Objects.requireNonNull(index, "synapse index");
    checkWeights(index.size(), weights);
    return synapsesNpz(file, index.preNum(), index.postNum(), index.preIndptr(), index.postIds(),
        preIds(index.preIndptr(), index.size()), weights);
  }

  /** The synapses as a CSV edge list: {@code pre,post} (and {@code weight} when it has weights). */
  public static Path csv(Path file, Connectivity c) {
    Objects.requireNonNull(c, "connectivity");
    return edgeCsv(file, c.preIds(), c.postIds(), c.hasWeights() ? c.weights() : null);
  }

  /** A synapse group's connectivity as a CSV edge list {@code pre,post}. */
  public static Path csv(Path file, SynapseIndex index) {
    return csv(file, index, null);
  }

  /**
   * A synapse group's connectivity as a CSV edge list {@code pre,post,weight}, or {@code
   * pre,post} when {@code weights} is null.
   */
  public static Path csv(Path file, SynapseIndex index, double[] weights) {
    Objects.requireNonNull(index, "synapse index");
    checkWeights(index.size(), weights);
    return edgeCsv(file, preIds(index.preIndptr(), index.size()), index.postIds(), weights);
  }

  private static Path synapsesNpz(Path file, int preNum, int postNum, int[] indptr, int[] post,
      int[] pre, double[] weights) {
    try (NpzWriter w = NpzWriter.create(file)) {
      w.put("indptr", NpyArray.of(indptr));
      w.put("indices", NpyArray.of(post));
      w.put("pre", NpyArray.of(pre));
      w.put("post", NpyArray.of(post));
      w.put("shape", NpyArray.of(new long[] {preNum, postNum}));
      if (weights != null) {
        w.put("weights", NpyArray.of(weights));
      }
    }
    return file;
  }

  private static Path edgeCsv(Path file, int[] pre, int[] post, double[] weights) {
    try (CsvWriter csv = CsvWriter.create(file)) {
      if (weights == null) {
        csv.header("pre", "post");
      } else {
        csv.header("pre", "post", "weight");
      }
      for (int s = 0; s < post.length; s++) {
        csv.cell(pre[s]).cell(post[s]);
        if (weights != null) {
          csv.cell(weights[s]);
        }
        csv.endRow();
      }
    }
    return file;
  }

  private static void checkWeights(int synapses, double[] weights) {
    if (weights != null && weights.length != synapses) {
      throw new IllegalArgumentException("weights: " + weights.length + " values for "
          + synapses + " synapses; give one weight per synapse, in synapse order");
    }
  }

  private static int[] preIds(int[] indptr, int synapses) {
    int[] pre = new int[synapses];
    for (int i = 0; i + 1 < indptr.length; i++) {
      Arrays.fill(pre, indptr[i], indptr[i + 1], i);
    }
    return pre;
  }

  // ---------------------------------------------------------------- sources

  /** A trace's rows as a {@code (rows, columns)} '<f8' array, written without copying. */
  private static NpySource rows(Trace trace) {
    Objects.requireNonNull(trace, "trace");
    double[][] values = trace.values();
    long[] shape = {trace.rows(), trace.columns()};
    return new NpySource() {
      @Override
      public NpyDtype dtype() {
        return NpyDtype.FLOAT64;
      }

      @Override
      public long[] shape() {
        return shape;
      }

      @Override
      public void writeData(LittleEndianSink out) throws IOException {
        for (double[] row : values) {
          out.putDoubles(row, 0, row.length);
        }
      }
    };
  }

  /** A spike record as the dense {@code (steps, neurons)} '|b1' matrix, one row at a time. */
  private static NpySource dense(SpikeRecord s) {
    int[] steps = s.steps();
    int[] indices = s.indices();
    long[] shape = {s.nSteps(), s.size()};
    return new NpySource() {
      @Override
      public NpyDtype dtype() {
        return NpyDtype.BOOL;
      }

      @Override
      public long[] shape() {
        return shape;
      }

      @Override
      public void writeData(LittleEndianSink out) throws IOException {
        boolean[] row = new boolean[s.size()];
        int k = 0;
        for (int step = 0; step < s.nSteps(); step++) {
          int first = k;
          for (; k < steps.length && steps[k] == step; k++) {
            row[indices[k]] = true;
          }
          for (boolean b : row) {
            out.putBoolean(b);
          }
          for (int j = first; j < k; j++) {
            row[indices[j]] = false;
          }
        }
      }
    };
  }
}
