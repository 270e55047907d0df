package org.brainj.runtime.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * BrainPy's {@code numerical_resolution}: one step for every variable and parameter, a step per
 * name, or explicit grid points per name. A grid from a step runs from {@code min} to {@code max}
 * in steps of {@code step}, the last one shorter if needed, both ends included.
 */
final class Resolutions {
  /** BrainPy's default, 0.1. */
  static final double DEFAULT_STEP = 0.1;

  /** The most points one axis may have. */
  static final int MAX_POINTS = 10_000_000;

  private double step = DEFAULT_STEP;
  private final Map<String, Double> steps = new HashMap<>();
  private final Map<String, double[]> points = new HashMap<>();

  Resolutions copy() {
    Resolutions r = new Resolutions();
    r.step = step;
    r.steps.putAll(steps);
    points.forEach((k, v) -> r.points.put(k, v.clone()));
    return r;
  }

  void all(double step) {
    this.step = checkStep("every variable and parameter", step);
    steps.clear();
    points.clear();
  }

  void of(String name, double step) {
    steps.put(name, checkStep("'" + name + "'", step));
    points.remove(name);
  }

  void of(String name, double[] grid) {
    if (grid == null || grid.length < 2) {
      throw new IllegalArgumentException("the grid of '" + name + "' needs at least 2 points");
    }
    for (int i = 0; i < grid.length; i++) {
      if (!Double.isFinite(grid[i]) || (i > 0 && !(grid[i] > grid[i - 1]))) {
        throw new IllegalArgumentException("the grid of '" + name + "' must be finite and"
            + " strictly increasing; point " + i + " is " + grid[i]
            + (i > 0 ? " after " + grid[i - 1] : ""));
      }
    }
    points.put(name, grid.clone());
    steps.remove(name);
  }

  /** Names with a step or grid of their own. */
  Iterable<String> named() {
    java.util.Set<String> all = new java.util.LinkedHashSet<>(steps.keySet());
    all.addAll(points.keySet());
    return all;
  }

  /** The grid of a range. */
  double[] grid(Range range) {
    double[] given = points.get(range.name());
    if (given != null) {
      if (given[0] < range.min() || given[given.length - 1] > range.max()) {
        throw new IllegalArgumentException("the grid of '" + range.name() + "' runs from "
            + given[0] + " to " + given[given.length - 1] + ", outside its range [" + range.min()
            + ", " + range.max() + "]");
      }
      return given.clone();
    }
    double h = steps.getOrDefault(range.name(), step);
    double n = Math.ceil(range.width() / h - 1e-9);
    if (n + 1 > MAX_POINTS) {
      throw new IllegalArgumentException("a resolution of " + h + " gives " + (long) (n + 1)
          + " points for '" + range.name() + "' over [" + range.min() + ", " + range.max()
          + "]; use a coarser one");
    }
    int count = (int) Math.max(1, n) + 1;
    double[] g = new double[count];
    for (int k = 0; k < count - 1; k++) {
      g[k] = range.min() + k * h;
    }
    g[count - 1] = range.max();
    return g;
  }

  private static double checkStep(String what, double step) {
    if (!(step > 0) || Double.isInfinite(step)) {
      throw new IllegalArgumentException("the resolution of " + what
          + " must be a positive step, got " + step);
    }
    return step;
  }
}
