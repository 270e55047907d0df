package org.brainj.runtime.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brainj.runtime.io.NpyAppender;
import org.brainj.runtime.io.NpyDtype;

/**
 * Monitors that write to disk instead of memory ({@code runner.streamTo(dir)}): each recorded row
 * is appended to a {@code .npy} file in {@code dir}, named as in {@link RecordNames} ({@code
 * E.V.npy}, {@code E.V_t.npy}, {@code E.V_indices.npy}, {@code E.spike_times.npy}, {@code
 * E.spike_indices.npy}), so memory stays constant however long the run. Each file's header is
 * rewritten with its final shape when the run ends; between runs every file is a complete
 * {@code .npy} file.
 *
 * <p>A run that continues where the last streamed run stopped (the network's step counter was not
 * reset in between) appends to the same files, so two runs of 100 ms give the files of one run of
 * 200 ms. After a reset, the next run starts the files over. A monitor added later starts its own
 * files.
 *
 * <p>Used by the runner: {@link #plan} before a run (no file is touched), {@link #open} just
 * before stepping, {@link #close} after.
 */
public final class MonitorStreams {
  private final Path dir;
  /** Rows (spikes) in the files of each monitor after the last run. */
  private final Map<Object, Long> written = new IdentityHashMap<>();
  /** The network's step count where the streamed data end; -1 before the first run. */
  private long endStep = -1;
  private final Map<Monitor, TraceStream> traces = new IdentityHashMap<>();
  private final Map<SpikeMonitor, SpikeStream> spikes = new IdentityHashMap<>();

  /** Streams into {@code dir}, which is created at the first run. */
  public MonitorStreams(Path dir) {
    this.dir = Objects.requireNonNull(dir, "stream directory");
  }

  /** The directory the files are in. */
  public Path dir() {
    return dir;
  }

  /**
   * Plans the files of a run of time step {@code dt} starting at the network's step {@code
   * firstStep}: continued when the run starts where the last one ended, else started over. Checks
   * every monitor's period and that no two records share a file; touches no file.
   */
  public void plan(List<Monitor> monitors, List<SpikeMonitor> spikeMonitors, double dt,
      long firstStep) {
    traces.clear();
    spikes.clear();
    boolean continuing = endStep >= 0 && firstStep == endStep;
    List<String> spikeNames = new ArrayList<>();
    for (SpikeMonitor s : spikeMonitors) {
      spikeNames.add(RecordNames.spikes(s.group()));
    }
    List<String> traceNames = RecordNames.traces(monitors, spikeNames);
    Map<Path, String> files = new HashMap<>();
    for (int k = 0; k < monitors.size(); k++) {
      Monitor m = monitors.get(k);
      m.stride(dt);
      TraceStream s = new TraceStream(m, dir, traceNames.get(k), continuing ? written.get(m) : null);
      claim(files, s.values, m.toString());
      claim(files, s.times, m.toString());
      claim(files, s.columns, m.toString());
      traces.put(m, s);
    }
    for (int k = 0; k < spikeMonitors.size(); k++) {
      SpikeMonitor m = spikeMonitors.get(k);
      SpikeStream s = new SpikeStream(m, dir, spikeNames.get(k), continuing ? written.get(m) : null);
      claim(files, s.times, m.toString());
      claim(files, s.indices, m.toString());
      spikes.put(m, s);
    }
  }

  private static void claim(Map<Path, String> files, Path file, String who) {
    String other = files.putIfAbsent(file, who);
    if (other != null) {
      throw new IllegalArgumentException("streaming to disk: the " + who + " and the " + other
          + " would both write '" + file + "'; monitor them in separate runners or in memory");
    }
  }

  /** The planned files of {@code m}. */
  TraceStream trace(Monitor m) {
    return planned(traces.get(m), m);
  }

  /** The planned files of {@code m}. */
  SpikeStream spikes(SpikeMonitor m) {
    return planned(spikes.get(m), m);
  }

  private static <T> T planned(T stream, Object monitor) {
    if (stream == null) {
      throw new IllegalStateException(monitor + " was not planned for streaming in this run");
    }
    return stream;
  }

  /** Creates or reopens the planned files. On failure, closes those already open. */
  public void open() {
    List<Runnable> opened = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (TraceStream s : traces.values()) {
        s.open();
        opened.add(s::close);
      }
      for (SpikeStream s : spikes.values()) {
        s.open();
        opened.add(s::close);
      }
    } catch (IOException e) {
      opened.forEach(Runnable::run);
      throw new UncheckedIOException("could not create the stream directory '" + dir + "': " + e, e);
    } catch (RuntimeException e) {
      opened.forEach(Runnable::run);
      throw e;
    }
  }

  /**
   * Closes the files, rewriting their headers with the final shapes; {@code endStep} is the
   * network's step count after the run (where a continued run would start).
   */
  public void close(long endStep) {
    Map<Object, Long> now = new IdentityHashMap<>();
    RuntimeException failure = null;
    for (TraceStream s : traces.values()) {
      try {
        now.put(s.monitor, s.close());
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    for (SpikeStream s : spikes.values()) {
      try {
        now.put(s.monitor, s.close());
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    written.clear();
    written.putAll(now);
    this.endStep = endStep;
    traces.clear();
    spikes.clear();
    if (failure != null) {
      throw failure;
    }
  }

  /** Reopens a streamed file to continue it, checking that it is as the last run left it. */
  static NpyAppender reopen(Path file, NpyDtype dtype, int[] rowShape, long rows) {
    NpyAppender a = NpyAppender.open(file);
    if (a.dtype() != dtype || !Arrays.equals(a.rowShape(), rowShape) || a.rows() != rows) {
      String found = a.toString();
      a.close();
      throw new IllegalStateException("streamed file '" + file + "' changed since the last run:"
          + " expected " + rows + " rows of " + Arrays.toString(rowShape) + " " + dtype.descr()
          + ", found " + found + "; reset the network to start the files over");
    }
    return a;
  }

  /** Closes both appenders (those that were opened), the second even if the first fails. */
  static void closeBoth(NpyAppender a, NpyAppender b) {
    try {
      if (a != null) {
        a.close();
      }
    } finally {
      if (b != null) {
        b.close();
      }
    }
  }

  /** Closes what was opened after {@code failure}, adding any further error to it. */
  static void closeQuietly(RuntimeException failure, NpyAppender... appenders) {
    for (NpyAppender a : appenders) {
      if (a != null) {
        try {
          a.close();
        } catch (RuntimeException e) {
          failure.addSuppressed(e);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "MonitorStreams to '" + dir + "'";
  }
}
