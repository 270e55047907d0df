package org.brainj.runtime.ode;

import java.util.List;

/**
 * Advances a state by one time step, in place: a generated {@code @OdeSystem} class (each
 * derivative with its own method) or an {@link Odeint}. The default methods run it over an
 * interval.
 *
 * <p>Time grid of {@link #integrate} and {@link #trajectory}: steps start at
 * {@code t0 + k dt} (computed from {@code k}, not accumulated). When {@code (t1 - t0) / dt} is a
 * whole number (within 1e-9 relative), that many steps end at {@code t1}, the grid point;
 * otherwise the whole steps are followed by one shorter step that ends exactly at {@code t1}.
 */
@FunctionalInterface
public interface Stepper {
  /** Advances {@code state} by one step of {@code dt} from time {@code t}, in place. */
  void step(double[] state, double t, double dt);

  /**
   * Advances {@code state} in place from {@code t0} to {@code t1} with steps of {@code dt} (see
   * the class comment for the grid); returns the number of steps taken.
   */
  default long integrate(double[] state, double t0, double t1, double dt) {
    TimeGrid grid = TimeGrid.of(t0, t1, dt);
    for (long k = 0; k < grid.steps(); k++) {
      step(state, grid.time(k), grid.stepSize(k));
    }
    return grid.steps();
  }

  /**
   * Records the solution from {@code initial} at {@code t0} (unchanged; the run works on a copy)
   * to {@code t1}: the state at {@code t0} and after every step.
   */
  default Trajectory trajectory(double[] initial, double t0, double t1, double dt) {
    return trajectory(initial, t0, t1, dt, 1);
  }

  /**
   * Records the solution from {@code initial} (unchanged) every {@code every} steps, plus the
   * state at {@code t1}. Variables are named as the {@link VectorField}'s when this stepper is
   * one, else {@code y0, y1, ...}.
   */
  default Trajectory trajectory(double[] initial, double t0, double t1, double dt, int every) {
    List<String> names = this instanceof VectorField f ? f.names() : null;
    return Trajectory.record(this, names, initial, t0, t1, dt, every);
  }
}
