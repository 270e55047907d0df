package org.brainj.runtime.backend;

import java.util.List;
import org.brainj.runtime.group.Clock;

/**
 * Everything an {@link Executor} needs to advance the network through one run: the resolved
 * schedule, the number of steps and the time grid.
 *
 * <p>Step {@code i} of the run has time {@code originT + (originOffset + i) * dt} and global step
 * counter {@code firstStep + i}. Time is computed from a fixed origin rather than accumulated, so
 * that a run split into pieces ({@code run(100)} then {@code run(100)}) sees exactly the same
 * times, bit for bit, as one {@code run(200)}.
 */
public final class RunPlan {
  private final ScheduleEntry[] entries;
  private final int nSteps;
  private final double dt;
  private final double originT;
  private final long originOffset;
  private final long firstStep;
  private final Clock clock;

  /**
   * @param entries the schedule, in running order (empty input/monitor entries may be left out)
   * @param nSteps steps in this run
   * @param dt the time step in ms
   * @param originT time of the origin the run's times are measured from
   * @param originOffset how many steps of size {@code dt} step 0 of this run lies after the origin
   * @param firstStep the global step counter (since the last reset) of step 0 of this run
   */
  public RunPlan(
      List<ScheduleEntry> entries,
      int nSteps,
      double dt,
      double originT,
      long originOffset,
      long firstStep) {
    if (nSteps < 0) {
      throw new IllegalArgumentException("nSteps must be >= 0, got " + nSteps);
    }
    this.entries = entries.toArray(new ScheduleEntry[0]);
    this.nSteps = nSteps;
    this.dt = dt;
    this.originT = originT;
    this.originOffset = originOffset;
    this.firstStep = firstStep;
    this.clock = new Clock(dt);
  }

  /** The resolved schedule (a copy). */
  public List<ScheduleEntry> entries() {
    return List.of(entries);
  }

  /** The resolved schedule itself, for executors; do not modify. */
  ScheduleEntry[] entryArray() {
    return entries;
  }

  public int nSteps() {
    return nSteps;
  }

  public double dt() {
    return dt;
  }

  /** The time (ms) of step {@code i} of this run. */
  public double time(int i) {
    return originT + (double) (originOffset + i) * dt;
  }

  /** The global step counter of step {@code i} of this run (keys the counter-based RNG). */
  public long globalStep(int i) {
    return firstStep + i;
  }

  /** The clock handed to the groups' step functions; executors set it before each step. */
  public Clock clock() {
    return clock;
  }
}
