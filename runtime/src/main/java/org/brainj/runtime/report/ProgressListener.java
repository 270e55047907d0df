package org.brainj.runtime.report;

/**
 * Told how a run is progressing. The runner calls {@link #progress} at each reporting point
 * (every {@code fraction} of the run, and at its end), between steps, never inside one.
 */
@FunctionalInterface
public interface ProgressListener {

  /** The run is about to start {@code totalSteps} steps. */
  default void started(int totalSteps) {}

  /** {@code doneSteps} of {@code totalSteps} are done, {@code elapsedSeconds} after the start. */
  void progress(int doneSteps, int totalSteps, double elapsedSeconds);

  /** The run finished all its steps. */
  default void finished(int totalSteps, double elapsedSeconds) {}
}
