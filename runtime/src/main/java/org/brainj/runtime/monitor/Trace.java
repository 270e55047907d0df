package org.brainj.runtime.monitor;

import java.nio.file.Path;
import org.brainj.runtime.group.StateVar;

/**
 * The recorded values of one monitored variable in one run, as BrainPy's {@code mon.V} and
 * {@code mon.V_t}: row {@code r} holds the selected neurons' values at time {@code ts()[r]}.
 *
 * <p>{@link #values()} and {@link #ts()} return the recorded arrays themselves (no copy): runs can
 * be long and groups large.
 *
 * <p>A trace recorded with {@code runner.streamTo(dir)} is on disk, not in memory ({@link
 * #onDisk()}): its rows are rows {@link #firstRow()} to {@code firstRow() + rows() - 1} of {@link
 * #file()}, their times in {@link #timesFile()}, and asking for the values throws an {@link
 * IllegalStateException} that says where they are.
 */
public final class Trace {
  private final Monitor monitor;
  private final int[] indices;
  private final int stride;
  private final int rows;
  private final TraceStream stream;
  final double[] ts;
  final double[][] values;

  /** A trace streamed to {@code stream}'s files: no values in memory. */
  Trace(Monitor monitor, int stride, int rows, TraceStream stream) {
    this.monitor = monitor;
    this.indices = monitor.indices().toArray(monitor.variable().size());
    this.stride = stride;
    this.rows = rows;
    this.stream = stream;
    this.ts = null;
    this.values = null;
  }

  Trace(Monitor monitor, int stride, int rows) {
    this.monitor = monitor;
    this.indices = monitor.indices().toArray(monitor.variable().size());
    this.stride = stride;
    this.rows = rows;
    this.stream = null;
    int cols = indices.length;
    try {
      this.ts = new double[rows];
      this.values = new double[rows][cols];
    } catch (OutOfMemoryError e) {
      throw new IllegalStateException(
          "monitor of '" + monitor.name() + "': not enough memory for " + rows + " x " + cols
              + " values (" + (8L * rows * cols >> 20) + " MiB); monitor fewer neurons"
              + " (Indices.of(...)), record less often (a period) or run shorter pieces",
          e);
    }
  }

  /** {@code "group.variable"}, e.g. {@code "E.V"}. */
  public String name() {
    return monitor.name();
  }

  /** The monitored variable. */
  public StateVar variable() {
    return monitor.variable();
  }

  /** The monitor this trace was recorded by. */
  public Monitor monitor() {
    return monitor;
  }

  /** The neuron index of each column (a copy). */
  public int[] indices() {
    return indices.clone();
  }

  /** The recording period in ms (0: every step). */
  public double period() {
    return monitor.period();
  }

  /** Steps between two rows. */
  public int stride() {
    return stride;
  }

  /** The time (ms) of each row. */
  public double[] ts() {
    requireInMemory("ts()");
    return ts;
  }

  /** {@code values()[row][column]}: the recorded values, one row per recorded step. */
  public double[][] values() {
    requireInMemory("values()");
    return values;
  }

  /** {@code {rows, columns}}, like NumPy's {@code mon.V.shape}. */
  public int[] shape() {
    return new int[] {rows, indices.length};
  }

  public int rows() {
    return rows;
  }

  public int columns() {
    return indices.length;
  }

  public double get(int row, int column) {
    requireInMemory("get(row, column)");
    return values[row][column];
  }

  /** Whether the rows were streamed to disk ({@code runner.streamTo(dir)}) instead of kept. */
  public boolean onDisk() {
    return stream != null;
  }

  /** The {@code .npy} file (rows x columns) the trace was streamed to; null when in memory. */
  public Path file() {
    return stream == null ? null : stream.values;
  }

  /** The {@code .npy} file of row times the trace was streamed to; null when in memory. */
  public Path timesFile() {
    return stream == null ? null : stream.times;
  }

  /**
   * The row of {@link #file()} where this run's rows start (earlier runs continued by this one
   * wrote the rows before it); 0 when in memory.
   */
  public long firstRow() {
    return stream == null ? 0 : stream.firstRow();
  }

  private void requireInMemory(String what) {
    if (stream != null) {
      throw new IllegalStateException("trace '" + name() + "': " + what + " is not in memory;"
          + " the run streamed it to disk: its " + rows + " rows are rows " + firstRow() + ".."
          + (firstRow() + rows - 1) + " of '" + stream.values + "' (times in '" + stream.times
          + "'). Read them with Npy.read(trace.file()), or record in memory (without"
          + " runner.streamTo)");
    }
  }

  /** Column {@code column} over time (a new array). */
  public double[] column(int column) {
    if (column < 0 || column >= indices.length) {
      throw new IndexOutOfBoundsException(
          "trace '" + name() + "' has columns 0.." + (indices.length - 1) + ", got " + column);
    }
    requireInMemory("column(" + column + ")");
    double[] out = new double[values.length];
    for (int r = 0; r < out.length; r++) {
      out[r] = values[r][column];
    }
    return out;
  }

  /** The values of neuron {@code neuronIndex} over time (a new array); it must be monitored. */
  public double[] ofNeuron(int neuronIndex) {
    for (int c = 0; c < indices.length; c++) {
      if (indices[c] == neuronIndex) {
        return column(c);
      }
    }
    throw new IllegalArgumentException(
        "trace '" + name() + "' did not record neuron " + neuronIndex + "; it recorded "
            + monitor.indices() + " of group '" + variable().group().name() + "' (size "
            + variable().size() + ")");
  }

  @Override
  public String toString() {
    return "Trace " + monitor + " (" + rows + " x " + indices.length + ")"
        + (stream == null ? "" : " on disk in '" + stream.values + "'");
  }
}
