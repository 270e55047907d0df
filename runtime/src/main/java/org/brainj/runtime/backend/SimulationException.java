package org.brainj.runtime.backend;

/**
 * A failure while stepping: names the schedule entry ({@code "E.update"}), the step within the run
 * and its time. The steps before {@link #stepInRun()} completed; the network's time has moved on
 * by that many steps.
 */
public final class SimulationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String entry;
  private final int stepInRun;
  private final double time;

  public SimulationException(String entry, int stepInRun, double time, Throwable cause) {
    super(
        "error in '" + entry + "' at t = " + time + " ms (step " + stepInRun + " of this run): "
            + cause,
        cause);
    this.entry = entry;
    this.stepInRun = stepInRun;
    this.time = time;
  }

  /** The schedule entry that failed, e.g. {@code "E.update"}. */
  public String entry() {
    return entry;
  }

  /** The step within the run that failed; this many steps completed. */
  public int stepInRun() {
    return stepInRun;
  }

  /** The time (ms) of the failed step. */
  public double time() {
    return time;
  }
}
