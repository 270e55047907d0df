package org.brainj.runtime.analysis;

import java.util.List;
import java.util.Locale;
import org.brainj.runtime.ode.Trajectory;

/**
 * A periodic orbit found by simulation: one period of the solution, from one maximum of the
 * detecting variable to the next.
 *
 * @param period the time between the two maxima
 * @param orbit the solution over that period (the same integrator, from the first maximum)
 * @param min each variable's smallest value on the orbit
 * @param max each variable's largest value on the orbit
 */
public record LimitCycle(double period, Trajectory orbit, double[] min, double[] max) {

  /** The variables' names. */
  public List<String> names() {
    return orbit.names();
  }

  /** The smallest value of a variable on the orbit. */
  public double min(String name) {
    return min[index(name)];
  }

  /** The largest value of a variable on the orbit. */
  public double max(String name) {
    return max[index(name)];
  }

  private int index(String name) {
    int i = orbit.names().indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("the limit cycle has no variable '" + name
          + "'; variables: " + orbit.names());
    }
    return i;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "LimitCycle[period %.6g",
        period));
    for (int i = 0; i < min.length; i++) {
      s.append(String.format(Locale.ROOT, ", %s in [%.6g, %.6g]", names().get(i), min[i],
          max[i]));
    }
    return s.append(']').toString();
  }
}
