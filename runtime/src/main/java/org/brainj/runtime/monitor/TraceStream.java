package org.brainj.runtime.monitor;

import java.nio.file.Path;
import org.brainj.runtime.io.Npy;
import org.brainj.runtime.io.NpyAppender;
import org.brainj.runtime.io.NpyArray;
import org.brainj.runtime.io.NpyDtype;

/**
 * The files one trace monitor streams to: {@code name.npy} (rows x columns), {@code name_t.npy}
 * (time of each row) and {@code name_indices.npy} (neuron of each column, written once).
 */
final class TraceStream {
  final Monitor monitor;
  final String name;
  final Path values;
  final Path times;
  final Path columns;
  /** Rows already in the files when the run starts; null when the files start over. */
  private final Long before;
  private NpyAppender valueOut;
  private NpyAppender timeOut;

  TraceStream(Monitor monitor, Path dir, String name, Long before) {
    this.monitor = monitor;
    this.name = name;
    this.values = dir.resolve(RecordNames.fileName(name, ".npy"));
    this.times = dir.resolve(RecordNames.fileName(name + RecordNames.ROW_TIMES, ".npy"));
    this.columns = dir.resolve(RecordNames.fileName(name + RecordNames.COLUMNS, ".npy"));
    this.before = before;
  }

  /** The row of the values file where this run's rows start. */
  long firstRow() {
    return before == null ? 0 : before;
  }

  void open() {
    int[] indices = monitor.indices().toArray(monitor.variable().size());
    try {
      if (before == null) {
        valueOut = NpyAppender.create(values, NpyDtype.FLOAT64, indices.length);
        timeOut = NpyAppender.create(times, NpyDtype.FLOAT64);
        Npy.write(columns, NpyArray.of(indices));
      } else {
        valueOut =
            MonitorStreams.reopen(values, NpyDtype.FLOAT64, new int[] {indices.length}, before);
        timeOut = MonitorStreams.reopen(times, NpyDtype.FLOAT64, new int[0], before);
      }
    } catch (RuntimeException e) {
      MonitorStreams.closeQuietly(e, valueOut, timeOut);
      throw e;
    }
  }

  void append(double t, double[] row) {
    timeOut.append(t);
    valueOut.append(row);
  }

  /** Closes the files (headers rewritten); returns the rows they hold. */
  long close() {
    long rows = valueOut == null ? firstRow() : valueOut.rows();
    MonitorStreams.closeBoth(valueOut, timeOut);
    return rows;
  }
}
