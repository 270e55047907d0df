package org.brainj.runtime.group;

/**
 * The simulation time of the current step: {@code t} (ms, the start of the step), {@code dt} and
 * the global step counter since the last reset (the counter-based generator's step).
 */
public final class Clock {
  private double t;
  private double dt;
  private long step;

  public Clock(double dt) {
    this.dt = dt;
  }

  public double t() {
    return t;
  }

  public double dt() {
    return dt;
  }

  public long step() {
    return step;
  }

  public void set(double t, long step) {
    this.t = t;
    this.step = step;
  }

  public void setDt(double dt) {
    this.dt = dt;
  }
}
