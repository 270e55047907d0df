package org.brainj.runtime.ode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A recorded solution: the state at a sequence of times, one row per recorded time (like a
 * monitor's trace, or the manual's {@code hist_V} lists). Made by {@link Stepper#trajectory}.
 *
 * <pre>{@code
 * FHNSystem fhn = FHNSystem.create();
 * Trajectory tr = fhn.trajectory(fhn.initialState(), 0, 100, 0.01);
 * double[] v = tr.of("V");        // V over time
 * double[] end = tr.last();       // the state at t = 100
 * }</pre>
 */
public final class Trajectory {
  private final List<String> names;
  private final double[] times;
  private final double[][] values;

  private Trajectory(List<String> names, double[] times, double[][] values) {
    this.names = names;
    this.times = times;
    this.values = values;
  }

  /**
   * Runs {@code stepper} from a copy of {@code initial} at {@code t0} to {@code t1} (the grid of
   * {@link Stepper}) and records the state at {@code t0}, after every {@code every}-th step and at
   * {@code t1}. {@code names} null means {@code y0, y1, ...}.
   */
  public static Trajectory record(Stepper stepper, List<String> names, double[] initial,
      double t0, double t1, double dt, int every) {
    Objects.requireNonNull(stepper, "stepper");
    Objects.requireNonNull(initial, "initial state");
    if (every < 1) {
      throw new IllegalArgumentException("record every k >= 1 steps, got " + every);
    }
    List<String> columns = names != null ? List.copyOf(names) : defaultNames(initial.length);
    if (columns.size() != initial.length) {
      throw new IllegalArgumentException("initial state has length " + initial.length + " for "
          + columns.size() + " variables " + columns);
    }
    TimeGrid grid = TimeGrid.of(t0, t1, dt);
    long rows = grid.steps() / every + 1 + (grid.steps() % every == 0 ? 0 : 1);
    if (rows * Math.max(1, initial.length) > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("recording " + rows + " rows of " + initial.length
          + " values is too much; record every k > " + every + " steps");
    }
    double[] times = new double[(int) rows];
    double[][] values = new double[(int) rows][];
    double[] state = initial.clone();
    int r = 0;
    times[r] = t0;
    values[r++] = state.clone();
    for (long k = 0; k < grid.steps(); k++) {
      stepper.step(state, grid.time(k), grid.stepSize(k));
      if ((k + 1) % every == 0 || k == grid.steps() - 1) {
        times[r] = grid.end(k);
        values[r++] = state.clone();
      }
    }
    return new Trajectory(columns, times, values);
  }

  private static List<String> defaultNames(int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add("y" + i);
    }
    return List.copyOf(out);
  }

  /** The variables' names, in column order. */
  public List<String> names() {
    return names;
  }

  /** The number of recorded times. */
  public int size() {
    return times.length;
  }

  /** The recorded times (the array itself). */
  public double[] times() {
    return times;
  }

  /** {@code values()[row][variable]} (the arrays themselves). */
  public double[][] values() {
    return values;
  }

  /** One variable over time (a new array). */
  public double[] of(String name) {
    int c = names.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException("the trajectory has no variable '" + name
          + "'; variables: " + names);
    }
    return of(c);
  }

  /** Column {@code index} over time (a new array). */
  public double[] of(int index) {
    if (index < 0 || index >= names.size()) {
      throw new IndexOutOfBoundsException("the trajectory has variables 0.." + (names.size() - 1)
          + " " + names + ", got " + index);
    }
    double[] out = new double[values.length];
    for (int r = 0; r < out.length; r++) {
      out[r] = values[r][index];
    }
    return out;
  }

  /** The state at the last recorded time (a new array). */
  public double[] last() {
    return values[values.length - 1].clone();
  }

  /** Writes {@code t,<names>} and one line per recorded time, in full precision. */
  public Path writeCsv(Path file) {
    Objects.requireNonNull(file, "file");
    try (Writer w = Files.newBufferedWriter(file)) {
      w.write("t," + String.join(",", names) + "\n");
      StringBuilder line = new StringBuilder();
      for (int r = 0; r < times.length; r++) {
        line.setLength(0);
        line.append(times[r]);
        for (double v : values[r]) {
          line.append(',').append(v);
        }
        w.write(line.append('\n').toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  @Override
  public String toString() {
    return "Trajectory" + names + " with " + times.length + " rows, t in [" + times[0] + ", "
        + times[times.length - 1] + "]";
  }
}
