package org.brainj.runtime.monitor;

import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Population;
import org.brainj.runtime.group.StateVar;

/**
 * The monitors of one group, prepared for one run: storage is allocated up front (rows =
 * {@code ceil(nSteps / stride)}) so recording allocates nothing, except when the sparse spike
 * buffers grow. Recorded at the group's {@code monitor} schedule entry.
 */
public final class GroupMonitors {
  private final Population group;
  private final TraceRecorder[] traces;
  private final SpikeRecorder spikes;

  private GroupMonitors(Population group, TraceRecorder[] traces, SpikeRecorder spikes) {
    this.group = group;
    this.traces = traces;
    this.spikes = spikes;
  }

  /**
   * Allocates storage for a run on {@code grid}. Periods are checked against the grid's dt here,
   * before anything runs.
   *
   * @param monitors variable monitors of {@code group}, in configuration order
   * @param spikeMonitor the group's spike monitor, or null
   */
  public static GroupMonitors prepare(
      Population group, List<Monitor> monitors, SpikeMonitor spikeMonitor, TimeGrid grid) {
    return prepare(group, monitors, spikeMonitor, grid, null);
  }

  /**
   * As {@link #prepare(Population, List, SpikeMonitor, TimeGrid)}, recording into the files
   * planned by {@code streams} instead of memory when it is not null.
   */
  public static GroupMonitors prepare(Population group, List<Monitor> monitors,
      SpikeMonitor spikeMonitor, TimeGrid grid, MonitorStreams streams) {
    TraceRecorder[] t = new TraceRecorder[monitors.size()];
    for (int k = 0; k < t.length; k++) {
      Monitor m = monitors.get(k);
      if (m.variable().group() != group) {
        throw new IllegalArgumentException(
            "monitor " + m + " belongs to group '" + m.variable().group().name() + "', not '"
                + group.name() + "'");
      }
      t[k] = new TraceRecorder(m, grid.nSteps(), grid.dt(),
          streams == null ? null : streams.trace(m));
    }
    SpikeRecorder s = null;
    if (spikeMonitor != null) {
      if (spikeMonitor.group() != group) {
        throw new IllegalArgumentException(
            spikeMonitor + " does not belong to group '" + group.name() + "'");
      }
      s = new SpikeRecorder((NeuronGroup) group, grid,
          streams == null ? null : streams.spikes(spikeMonitor));
    }
    return new GroupMonitors(group, t, s);
  }

  public Population group() {
    return group;
  }

  public boolean isEmpty() {
    return traces.length == 0 && spikes == null;
  }

  /** Records whatever is due at step {@code stepInRun} (time {@code t}). */
  public void record(int stepInRun, double t) {
    for (TraceRecorder r : traces) {
      r.record(stepInRun, t);
    }
    if (spikes != null) {
      spikes.record(stepInRun, t);
    }
  }

  /** The traces, in configuration order. */
  public List<Trace> traces() {
    List<Trace> out = new ArrayList<>(traces.length);
    for (TraceRecorder r : traces) {
      out.add(r.trace);
    }
    return out;
  }

  /** The spike record, or null if the group's spikes are not monitored. */
  public SpikeRecord spikes() {
    return spikes == null ? null : spikes.record;
  }

  /**
   * Copies the selected values of one variable into a row (of the trace, or a buffer appended to
   * the stream's file); the type is settled once per run.
   */
  private static final class TraceRecorder {
    private static final int DOUBLE_ALL = 0;
    private static final int DOUBLE_SOME = 1;
    private static final int FLOAT = 2;
    private static final int INT = 3;
    private static final int BOOLEAN = 4;

    final Trace trace;
    private final int stride;
    private final int kind;
    private final Object array;
    private final int[] idx;
    private final TraceStream stream;
    private final double[] buffer;

    TraceRecorder(Monitor m, int nSteps, double dt, TraceStream stream) {
      this.stride = m.stride(dt);
      int rows = (int) ((nSteps + (long) stride - 1) / stride);
      this.stream = stream;
      this.trace = stream == null ? new Trace(m, stride, rows) : new Trace(m, stride, rows, stream);
      this.buffer = stream == null ? null : new double[trace.columns()];
      StateVar v = m.variable();
      this.array = v.array();
      this.idx = m.indices().isAll() ? null : m.indices().raw();
      this.kind =
          switch (v.type()) {
            case DOUBLE -> idx == null ? DOUBLE_ALL : DOUBLE_SOME;
            case FLOAT -> FLOAT;
            case INT -> INT;
            case BOOLEAN -> BOOLEAN;
          };
    }

    void record(int i, double t) {
      int row;
      if (stride == 1) {
        row = i;
      } else {
        if (i % stride != 0) {
          return;
        }
        row = i / stride;
      }
      double[] out;
      if (stream == null) {
        trace.ts[row] = t;
        out = trace.values[row];
      } else {
        out = buffer;
      }
      int[] ix = idx;
      switch (kind) {
        case DOUBLE_ALL -> System.arraycopy((double[]) array, 0, out, 0, out.length);
        case DOUBLE_SOME -> {
          double[] a = (double[]) array;
          for (int k = 0; k < out.length; k++) {
            out[k] = a[ix[k]];
          }
        }
        case FLOAT -> {
          float[] a = (float[]) array;
          for (int k = 0; k < out.length; k++) {
            out[k] = a[ix == null ? k : ix[k]];
          }
        }
        case INT -> {
          int[] a = (int[]) array;
          for (int k = 0; k < out.length; k++) {
            out[k] = a[ix == null ? k : ix[k]];
          }
        }
        default -> {
          boolean[] a = (boolean[]) array;
          for (int k = 0; k < out.length; k++) {
            out[k] = a[ix == null ? k : ix[k]] ? 1.0 : 0.0;
          }
        }
      }
      if (stream != null) {
        stream.append(t, out);
      }
    }
  }

  /** Appends the group's spikes of the step to growable buffers, or to the stream's files. */
  private static final class SpikeRecorder {
    final SpikeRecord record;
    private final NeuronGroup group;
    private final SpikeStream stream;

    SpikeRecorder(NeuronGroup group, TimeGrid grid, SpikeStream stream) {
      this.group = group;
      this.stream = stream;
      // a first guess of 10 Hz on average; the buffers double when it is exceeded
      double expected = group.size() * (double) grid.nSteps() * grid.dt() * 0.01;
      int capacity = stream != null ? 0 : (int) Math.max(256, Math.min(expected, 1 << 20));
      this.record = new SpikeRecord(group.name(), group.size(), grid, capacity, stream);
    }

    void record(int i, double t) {
      int n = group.spikeCount();
      if (n == 0) {
        return;
      }
      SpikeRecord r = record;
      int c = r.count;
      if (stream != null) {
        if (c > Integer.MAX_VALUE - 8 - n) {
          grow((long) c + n); // throws: count() must stay an int
        }
        stream.append(t, group.spikeIndices(), n);
        r.count = c + n;
        return;
      }
      if (c + n > r.indices.length) {
        grow(c + n);
      }
      int[] src = group.spikeIndices();
      System.arraycopy(src, 0, r.indices, c, n);
      int[] steps = r.steps;
      double[] times = r.times;
      for (int k = c; k < c + n; k++) {
        steps[k] = i;
        times[k] = t;
      }
      r.count = c + n;
    }

    private void grow(long needed) {
      long capacity = Math.max(needed, 2L * record.indices.length);
      if (needed > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException(
            "spike monitor of group '" + group.name() + "': more than " + (Integer.MAX_VALUE - 8)
                + " spikes in one run; run shorter pieces");
      }
      int cap = (int) Math.min(capacity, Integer.MAX_VALUE - 8);
      SpikeRecord r = record;
      r.indices = java.util.Arrays.copyOf(r.indices, cap);
      r.steps = java.util.Arrays.copyOf(r.steps, cap);
      r.times = java.util.Arrays.copyOf(r.times, cap);
    }
  }
}
