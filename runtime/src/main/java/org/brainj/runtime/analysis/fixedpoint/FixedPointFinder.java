package org.brainj.runtime.analysis.fixedpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.brainj.runtime.analysis.stability.Stability;

/**
 * Finds every fixed point of a 1-D or 2-D field inside a box, from the field sampled on a grid
 * ({@link GridSample}):
 *
 * <ul>
 *   <li><b>1-D</b>: each sign change of {@code f} between neighbouring nodes brackets a root,
 *       solved by Brent's method; each local minimum of {@code |f|} without a sign change whose
 *       {@code f'} changes sign brackets an extremum, solved by Brent on {@code f'} and kept if
 *       {@code f} vanishes there (a double root, which has no sign change).
 *   <li><b>2-D</b>: each grid cell through which both nullclines pass (each component of
 *       {@code f} changes sign over the cell's corners) seeds Newton's method with the exact
 *       Jacobian from the cell's centre, restricted to a few cells around it.
 * </ul>
 *
 * <p>Every candidate is polished by Newton's method; where the Jacobian is nearly singular (a
 * tangency of the nullclines, a double root) a Gauss-Newton refinement on
 * {@code f = 0, det J = 0} takes it to the singular root. A candidate is kept only if its scaled
 * residual {@code max_i |f_i| / max_grid |f_i|} is at most {@link Options#residualTolerance} and it
 * lies in the box; candidates closer than {@link Options#distinctTolerance} (relative to the box)
 * are one point. So every root the grid resolves is found once, and nothing that is not a root is
 * reported. Roots closer together than a grid cell can be missed: refine the resolution there.
 */
public final class FixedPointFinder {
  /**
   * Tolerances of the search.
   *
   * @param residualTolerance the largest accepted {@code max_i |f_i(x)| / max_grid |f_i|}
   * @param distinctTolerance points whose coordinates all differ by at most this fraction of the
   *     box are the same point
   * @param stabilityTolerance the tolerance of {@link Stability#stabilityAnalysis(double[][],
   *     double)}
   * @param maxIterations Newton iterations per seed
   */
  public record Options(double residualTolerance, double distinctTolerance,
      double stabilityTolerance, int maxIterations) {
    /** {@code 1e-10}, {@code 1e-6}, {@link Stability#DEFAULT_TOLERANCE}, 50. */
    public static final Options DEFAULT =
        new Options(1e-10, 1e-6, Stability.DEFAULT_TOLERANCE, 50);

    public Options {
      check("residual tolerance", residualTolerance);
      check("distinct tolerance", distinctTolerance);
      check("stability tolerance", stabilityTolerance);
      if (maxIterations < 1) {
        throw new IllegalArgumentException("Newton needs at least 1 iteration, got "
            + maxIterations);
      }
    }

    private static void check(String what, double v) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("the " + what + " must be finite and >= 0, got " + v);
      }
    }
  }

  /** How far (in grid cells) Newton may move from a grid seed. */
  private static final double GRID_RADIUS_CELLS = 3;

  /** How far (in grid cells) Newton may move from an extra seed (continuation). */
  private static final double SEED_RADIUS_CELLS = 20;

  private final Options options;

  /** A finder with the given tolerances. */
  public FixedPointFinder(Options options) {
    this.options = options;
  }

  /** A finder with {@link Options#DEFAULT}. */
  public FixedPointFinder() {
    this(Options.DEFAULT);
  }

  /** The tolerances. */
  public Options options() {
    return options;
  }

  /**
   * The fixed points in the box of {@code sample}'s grid, each once, sorted by their first, then
   * second coordinate. {@code extraSeeds} (for instance the fixed points at a neighbouring
   * parameter value) are polished too, so that roots closer than a cell near a known one are not
   * lost.
   */
  public List<double[]> find(ReducedField f, GridSample sample, List<double[]> extraSeeds) {
    int n = f.dimension();
    if (n != sample.dimension()) {
      throw new IllegalArgumentException("the grid has " + sample.dimension()
          + " axes for a field of " + n + " variables");
    }
    double[] fscale = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    double[] cell = new double[n];
    for (int k = 0; k < n; k++) {
      fscale[k] = sample.scale(k);
      double[] axis = sample.axis(k);
      lo[k] = axis[0];
      hi[k] = axis[axis.length - 1];
      cell[k] = sample.maxSpacing(k);
    }
    Newton newton = new Newton(f, fscale);
    List<Candidate> candidates = new ArrayList<>();
    List<double[]> seeds = n == 1 ? seeds1d(f, sample) : seeds2d(sample);
    for (double[] seed : seeds) {
      candidates.add(polish(newton, seed, cell, GRID_RADIUS_CELLS));
    }
    for (double[] seed : extraSeeds) {
      if (seed.length != n) {
        throw new IllegalArgumentException("a seed has " + seed.length + " coordinates for "
            + n + " variables");
      }
      candidates.add(polish(newton, seed, cell, SEED_RADIUS_CELLS));
    }
    return select(candidates, lo, hi);
  }

  /** {@link #find} with each point's Jacobian and stability type. */
  public List<FixedPoint> findAndClassify(ReducedField f, List<String> names, GridSample sample,
      List<double[]> extraSeeds) {
    List<FixedPoint> out = new ArrayList<>();
    for (double[] x : find(f, sample, extraSeeds)) {
      out.add(classify(f, names, x));
    }
    return out;
  }

  /**
   * The root Newton's method reaches from {@code seed} without moving more than
   * {@code radius[i]}, if its residual ({@code max_i |f_i| / fscale[i]}) is within the tolerance;
   * for following a known fixed point as a parameter changes.
   */
  public Optional<double[]> solveNear(ReducedField f, double[] seed, double[] radius,
      double[] fscale) {
    Newton newton = new Newton(f, fscale);
    double[] x = newton.polish(seed, radius, options.maxIterations());
    return newton.residual(x) <= options.residualTolerance() ? Optional.of(x) : Optional.empty();
  }

  /** A fixed point at {@code x} with the field's Jacobian there. */
  public FixedPoint classify(ReducedField f, List<String> names, double[] x) {
    int n = f.dimension();
    double[][] j = new double[n][n];
    f.jacobian(x, j);
    return FixedPoint.classify(names, x, j, options.stabilityTolerance());
  }

  private record Candidate(double[] x, double residual) {}

  private Candidate polish(Newton newton, double[] seed, double[] cell, double cells) {
    int n = seed.length;
    double[] radius = new double[n];
    double[] h = new double[n];
    for (int k = 0; k < n; k++) {
      radius[k] = cells * cell[k];
      h[k] = Math.cbrt(Math.ulp(1.0)) * Math.max(Math.abs(seed[k]), cell[k]);
    }
    double[] x = newton.polish(seed, radius, options.maxIterations());
    double r = newton.residual(x);
    double det = newton.scaledDeterminant(x);
    if (Math.abs(det) <= 1e-6 && Double.isFinite(r)) {
      double[] y = newton.refineSingular(x, h, 30);
      double ry = newton.residual(y);
      boolean near = true;
      for (int k = 0; k < n; k++) {
        near &= Math.abs(y[k] - x[k]) <= cell[k];
      }
      if (near && ry <= Math.max(4 * r, 64 * Math.ulp(1.0))
          && Math.abs(newton.scaledDeterminant(y)) < Math.abs(det)) {
        x = y;
        r = ry;
      }
    }
    return new Candidate(x, r);
  }

  private List<double[]> select(List<Candidate> candidates, double[] lo, double[] hi) {
    int n = lo.length;
    candidates.sort(Comparator.comparingDouble(Candidate::residual));
    List<double[]> kept = new ArrayList<>();
    outer:
    for (Candidate c : candidates) {
      if (!(c.residual() <= options.residualTolerance())) {
        continue;
      }
      for (int k = 0; k < n; k++) {
        double slack = 1e-9 * (hi[k] - lo[k]);
        if (c.x()[k] < lo[k] - slack || c.x()[k] > hi[k] + slack) {
          continue outer;
        }
      }
      for (double[] y : kept) {
        boolean same = true;
        for (int k = 0; k < n; k++) {
          double width = Math.max(hi[k] - lo[k], Math.abs(y[k]) * 1e-3);
          same &= Math.abs(c.x()[k] - y[k]) <= options.distinctTolerance() * width;
        }
        if (same) {
          continue outer;
        }
      }
      kept.add(c.x());
    }
    kept.sort((a, b) -> {
      for (int k = 0; k < n; k++) {
        int c = Double.compare(a[k], b[k]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    return kept;
  }

  // ------------------------------------------------------------------ 1-D

  private static List<double[]> seeds1d(ReducedField f, GridSample sample) {
    double[] xs = sample.axis(0);
    double[] g = sample.values(0);
    List<double[]> seeds = new ArrayList<>();
    double[] x = new double[1];
    double[] out = new double[1];
    double[][] jac = new double[1][1];
    UnivariateFunction fun = v -> {
      x[0] = v;
      f.eval(x, out);
      return out[0];
    };
    UnivariateFunction slope = v -> {
      x[0] = v;
      f.jacobian(x, jac);
      return jac[0][0];
    };
    for (int i = 0; i < xs.length; i++) {
      if (g[i] == 0) {
        seeds.add(new double[] {xs[i]});
      } else if (i + 1 < xs.length && g[i + 1] != 0 && Double.isFinite(g[i])
          && Double.isFinite(g[i + 1]) && (g[i] > 0) != (g[i + 1] > 0)) {
        seeds.add(new double[] {brent(fun, xs[i], xs[i + 1])});
      }
    }
    // double roots: |g| has a local minimum without a sign change, g' changes sign around it
    for (int i = 1; i + 1 < xs.length; i++) {
      double a = g[i - 1];
      double b = g[i];
      double c = g[i + 1];
      if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c)) || b == 0
          || (a > 0) != (b > 0) || (c > 0) != (b > 0) || a == 0 || c == 0) {
        continue;
      }
      if (Math.abs(b) <= Math.abs(a) && Math.abs(b) <= Math.abs(c)) {
        double sa = slope.value(xs[i - 1]);
        double sc = slope.value(xs[i + 1]);
        if (Double.isFinite(sa) && Double.isFinite(sc) && (sa > 0) != (sc > 0)) {
          seeds.add(new double[] {sa == 0 ? xs[i - 1] : sc == 0 ? xs[i + 1]
              : brent(slope, xs[i - 1], xs[i + 1])});
        }
      }
    }
    return seeds;
  }

  private static double brent(UnivariateFunction fun, double a, double b) {
    BrentSolver solver = new BrentSolver(2 * Math.ulp(1.0), 1e-300);
    try {
      return solver.solve(200, fun, a, b);
    } catch (MathIllegalStateException e) {
      return (a + b) / 2; // Newton takes it from here, or the residual check rejects it
    }
  }

  // ------------------------------------------------------------------ 2-D

  private static List<double[]> seeds2d(GridSample sample) {
    double[] xs = sample.axis(0);
    double[] ys = sample.axis(1);
    double[] f0 = sample.values(0);
    double[] f1 = sample.values(1);
    int ny = ys.length;
    List<double[]> seeds = new ArrayList<>();
    for (int i = 0; i + 1 < xs.length; i++) {
      for (int j = 0; j + 1 < ny; j++) {
        int c00 = i * ny + j;
        int c10 = c00 + ny;
        if (crosses(f0, c00, c10) && crosses(f1, c00, c10)) {
          seeds.add(new double[] {(xs[i] + xs[i + 1]) / 2, (ys[j] + ys[j + 1]) / 2});
        }
      }
    }
    return seeds;
  }

  /**
   * Whether the cell with corners c00, c00 + 1, c10, c10 + 1 has values of both signs or a zero
   * (a nullcline through a node, perhaps touching it, belongs to every cell around the node).
   */
  private static boolean crosses(double[] v, int c00, int c10) {
    double a = v[c00];
    double b = v[c00 + 1];
    double c = v[c10];
    double d = v[c10 + 1];
    if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(d))) {
      return false;
    }
    if (a == 0 || b == 0 || c == 0 || d == 0) {
      return true;
    }
    boolean anyPos = a > 0 || b > 0 || c > 0 || d > 0;
    boolean anyNeg = a < 0 || b < 0 || c < 0 || d < 0;
    return anyPos && anyNeg;
  }
}
