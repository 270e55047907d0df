package org.brainj.runtime.monitor;

import java.nio.file.Path;
import org.brainj.runtime.io.NpyAppender;
import org.brainj.runtime.io.NpyDtype;

/**
 * The files a spike monitor streams to: {@code E.spike_times.npy} (time of each spike) and
 * {@code E.spike_indices.npy} (neuron of each spike).
 */
final class SpikeStream {
  final SpikeMonitor monitor;
  final String name;
  final Path times;
  final Path indices;
  /** Spikes already in the files when the run starts; null when the files start over. */
  private final Long before;
  private NpyAppender timeOut;
  private NpyAppender indexOut;

  SpikeStream(SpikeMonitor monitor, Path dir, String name, Long before) {
    this.monitor = monitor;
    this.name = name;
    this.times = dir.resolve(RecordNames.fileName(name + RecordNames.SPIKE_TIMES, ".npy"));
    this.indices = dir.resolve(RecordNames.fileName(name + RecordNames.SPIKE_INDICES, ".npy"));
    this.before = before;
  }

  /** The entry of the files where this run's spikes start. */
  long firstSpike() {
    return before == null ? 0 : before;
  }

  void open() {
    try {
      if (before == null) {
        timeOut = NpyAppender.create(times, NpyDtype.FLOAT64);
        indexOut = NpyAppender.create(indices, NpyDtype.INT32);
      } else {
        timeOut = MonitorStreams.reopen(times, NpyDtype.FLOAT64, new int[0], before);
        indexOut = MonitorStreams.reopen(indices, NpyDtype.INT32, new int[0], before);
      }
    } catch (RuntimeException e) {
      MonitorStreams.closeQuietly(e, timeOut, indexOut);
      throw e;
    }
  }

  /** Appends the spikes of neurons {@code who[0, n)} at time {@code t}. */
  void append(double t, int[] who, int n) {
    for (int k = 0; k < n; k++) {
      timeOut.append(t);
    }
    indexOut.append(who, 0, n);
  }

  /** Closes the files (headers rewritten); returns the spikes they hold. */
  long close() {
    long count = indexOut == null ? firstSpike() : indexOut.rows();
    MonitorStreams.closeBoth(timeOut, indexOut);
    return count;
  }
}
