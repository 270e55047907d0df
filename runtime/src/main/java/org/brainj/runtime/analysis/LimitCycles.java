package org.brainj.runtime.analysis;

import java.util.Optional;
import org.brainj.runtime.ode.Odeint;
import org.brainj.runtime.ode.Trajectory;

/**
 * Recognises a limit cycle in a simulated solution (BrainPy's {@code plot_limit_cycle_by_sim}):
 * in the second half of the run (the first is transient), the local maxima of one variable must
 * repeat, the last three with equal heights and the last two periods equal, within {@code tol}
 * of the oscillation's amplitude (heights) and of the period (periods, plus one time step for the
 * sampling). An oscillation smaller than {@code minAmplitude} is a fixed point, not a cycle.
 */
final class LimitCycles {
  private LimitCycles() {}

  /** BrainPy's default tolerance. */
  static final double DEFAULT_TOL = 1e-3;

  /** The limit cycle a run of {@code sub} from {@code start} settles on, if any. */
  static Optional<LimitCycle> fromStart(Subsystem sub, Settings settings, double[] start,
      double duration, int variable, double tol, double minAmplitude) {
    Odeint integrator = settings.integrator(sub);
    Trajectory run = Trajectory.record(integrator, sub.names(), start, 0, duration,
        settings.dt(), 1);
    return detect(run, variable, tol, minAmplitude, integrator);
  }

  static Optional<LimitCycle> detect(Trajectory run, int variable, double tol,
      double minAmplitude, Odeint integrator) {
    double[] t = run.times();
    double[] v = run.of(variable);
    int start = v.length / 2;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = start; k < v.length; k++) {
      if (!Double.isFinite(v[k])) {
        return Optional.empty();
      }
      lo = Math.min(lo, v[k]);
      hi = Math.max(hi, v[k]);
    }
    double amplitude = hi - lo;
    if (!(amplitude > minAmplitude)) {
      return Optional.empty();
    }
    int[] peaks = new int[3];
    int found = 0;
    for (int k = v.length - 2; k > start && found < 3; k--) {
      if (v[k] > v[k - 1] && v[k] >= v[k + 1]) {
        peaks[found++] = k; // latest first
      }
    }
    if (found < 3) {
      return Optional.empty();
    }
    int last = peaks[0];
    int prev = peaks[1];
    int prev2 = peaks[2];
    double dt = t[1] - t[0];
    double p1 = t[last] - t[prev];
    double p2 = t[prev] - t[prev2];
    boolean heights = Math.abs(v[last] - v[prev]) <= tol * amplitude
        && Math.abs(v[prev] - v[prev2]) <= tol * amplitude;
    boolean periods = Math.abs(p1 - p2) <= tol * p1 + 1.5 * dt;
    if (!heights || !periods) {
      return Optional.empty();
    }
    Trajectory orbit = Trajectory.record(integrator, run.names(), run.values()[prev], t[prev],
        t[last], integrator.dt(), 1);
    int n = run.names().size();
    double[] min = new double[n];
    double[] max = new double[n];
    for (int i = 0; i < n; i++) {
      min[i] = Double.POSITIVE_INFINITY;
      max[i] = Double.NEGATIVE_INFINITY;
      for (double[] row : orbit.values()) {
        min[i] = Math.min(min[i], row[i]);
        max[i] = Math.max(max[i], row[i]);
      }
    }
    return Optional.of(new LimitCycle(p1, orbit, min, max));
  }
}
