package org.brainj.runtime.report;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints progress like BrainPy: {@code Run 10.0% used 0.054 s, about 0.486 s left.} and at the
 * end {@code Simulation is done in 0.550 s.}
 */
public final class ConsoleProgress implements ProgressListener {
  private final PrintStream out;

  public ConsoleProgress(PrintStream out) {
    this.out = Objects.requireNonNull(out, "print stream");
  }

  /** Progress printed to {@code System.out}. */
  public static ConsoleProgress toStdout() {
    return new ConsoleProgress(System.out);
  }

  @Override
  public void progress(int doneSteps, int totalSteps, double elapsedSeconds) {
    out.println(line(doneSteps, totalSteps, elapsedSeconds));
  }

  @Override
  public void finished(int totalSteps, double elapsedSeconds) {
    out.println(String.format(Locale.ROOT, "Simulation is done in %.3f s.", elapsedSeconds));
    out.flush();
  }

  /** The progress line for {@code done} of {@code total} steps after {@code elapsed} seconds. */
  public static String line(int done, int total, double elapsed) {
    double percent = total == 0 ? 100.0 : 100.0 * done / total;
    if (done >= total || done == 0) {
      return String.format(Locale.ROOT, "Run %.1f%% used %.3f s.", percent, elapsed);
    }
    double left = elapsed * (total - done) / done;
    return String.format(
        Locale.ROOT, "Run %.1f%% used %.3f s, about %.3f s left.", percent, elapsed, left);
  }
}
