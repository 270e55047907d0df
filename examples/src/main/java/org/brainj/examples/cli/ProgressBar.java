package org.brainj.examples.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.brainj.runtime.report.ProgressListener;

/**
 * A one-line text progress bar for long runs: {@code [##########..........]  50%  0.4 s, ~0.4 s
 * left}, redrawn in place with a carriage return and finished with a newline.
 */
public final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintStream out;
  private final String label;

  public ProgressBar(PrintStream out, String label) {
    this.out = out;
    this.label = label;
  }

  @Override
  public void progress(int doneSteps, int totalSteps, double elapsedSeconds) {
    double f = totalSteps == 0 ? 1 : (double) doneSteps / totalSteps;
    int filled = (int) Math.round(f * WIDTH);
    String left = doneSteps > 0 && doneSteps < totalSteps
        ? String.format(Locale.ROOT, ", ~%.1f s left", elapsedSeconds * (1 - f) / f)
        : "";
    out.printf(Locale.ROOT, "\r%s [%s%s] %3.0f%%  %.1f s%s   ", label, "#".repeat(filled),
        ".".repeat(WIDTH - filled), 100 * f, elapsedSeconds, left);
    out.flush();
  }

  @Override
  public void finished(int totalSteps, double elapsedSeconds) {
    out.println();
  }
}
