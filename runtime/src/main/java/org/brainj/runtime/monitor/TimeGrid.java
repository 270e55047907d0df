package org.brainj.runtime.monitor;

/**
 * The times of a run's steps: step {@code i} is at {@code originT + (originOffset + i) * dt}. The
 * same formula the executor's clock uses (see {@code RunPlan}), so recorded times and the times
 * the model saw agree bit for bit.
 */
public record TimeGrid(double originT, long originOffset, double dt, int nSteps) {

  /** The time (ms) of step {@code i} of the run. */
  public double time(int i) {
    return originT + (double) (originOffset + i) * dt;
  }

  /** The time of the run's first step. */
  public double t0() {
    return time(0);
  }

  /** The time just after the run's last step (where the next run continues). */
  public double tEnd() {
    return time(nSteps);
  }

  /** The time of every step (a new array). */
  public double[] toArray() {
    double[] ts = new double[nSteps];
    for (int i = 0; i < nSteps; i++) {
      ts[i] = time(i);
    }
    return ts;
  }
}
