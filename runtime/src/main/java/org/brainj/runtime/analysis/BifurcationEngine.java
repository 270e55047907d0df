package org.brainj.runtime.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.brainj.runtime.analysis.BifurcationPoint.Kind;
import org.brainj.runtime.analysis.fixedpoint.FixedPoint;
import org.brainj.runtime.analysis.fixedpoint.FixedPointFinder;
import org.brainj.runtime.analysis.fixedpoint.GridSample;

/**
 * The scans behind {@link Bifurcation} and {@link FastSlowBifurcation}: the fixed points at every
 * parameter value (the grid search of {@link FixedPointFinder}, seeded also with the previous
 * value's points), their branches ({@link Linker}), and the bifurcation points located between
 * grid values:
 *
 * <ul>
 *   <li><b>Hopf</b> (2-D): along a branch the trace of the Jacobian changes sign while its
 *       determinant stays positive; Brent's method on {@code p -> trace J(x*(p))}, the fixed point
 *       {@code x*(p)} followed by Newton's method, finds where it vanishes.
 *   <li><b>Saddle-node</b>: where a branch ends (or starts) inside the parameter range, Newton's
 *       method on the extended system {@code f(x, p) = 0, det J(x, p) = 0} (unknowns {@code x} and
 *       {@code p}; the derivatives in {@code p} and of {@code det J} by central differences) from
 *       its last point finds the fold, kept if it lies between the two grid values.
 * </ul>
 *
 * <p>Co-dimension 2 repeats the co-dimension 1 scan along the second parameter at each value of
 * the first, and joins the bifurcation points across values into {@link BifurcationCurve}s.
 */
final class BifurcationEngine {
  /** The largest move of a branch between neighbouring parameter values, as a box fraction. */
  private static final double MAX_JUMP = 0.25;

  private static final double CBRT_EPS = Math.cbrt(Math.ulp(1.0));

  private final Subsystem sub;
  private final List<String> varNames;
  private final List<Range> varRanges;
  private final double[][] varAxes;
  private final List<String> parNames;
  private final List<Range> parRanges;
  private final double[][] parGrids;
  private final FixedPointFinder finder;
  private final double[] widths;
  private final double[] cells;

  BifurcationEngine(Subsystem sub, List<Range> varRanges, List<Range> parRanges,
      Resolutions resolutions, FixedPointFinder finder) {
    this.sub = sub;
    this.varRanges = varRanges;
    this.varNames = varRanges.stream().map(Range::name).toList();
    this.parRanges = parRanges;
    this.parNames = parRanges.stream().map(Range::name).toList();
    this.finder = finder;
    this.varAxes = new double[varRanges.size()][];
    this.widths = new double[varRanges.size()];
    this.cells = new double[varRanges.size()];
    for (int k = 0; k < varAxes.length; k++) {
      varAxes[k] = resolutions.grid(varRanges.get(k));
      widths[k] = varRanges.get(k).width();
      double h = 0;
      for (int i = 1; i < varAxes[k].length; i++) {
        h = Math.max(h, varAxes[k][i] - varAxes[k][i - 1]);
      }
      cells[k] = h;
    }
    this.parGrids = new double[parRanges.size()][];
    for (int k = 0; k < parGrids.length; k++) {
      parGrids[k] = resolutions.grid(parRanges.get(k));
    }
  }

  /** The scan; the caller holds the system's session. */
  BifurcationDiagram run() {
    if (parNames.size() == 1) {
      Slice s = slice(new double[0]);
      return new BifurcationDiagram(parNames, varNames, s.points, s.branches, s.special,
          List.of());
    }
    List<ParameterPoint> points = new ArrayList<>();
    List<BifurcationPoint> special = new ArrayList<>();
    List<List<BifurcationPoint>> perValue = new ArrayList<>();
    for (double p1 : parGrids[0]) {
      sub.set(parNames.get(0), p1);
      Slice s = slice(new double[] {p1});
      points.addAll(s.points);
      special.addAll(s.special);
      perValue.add(s.special);
    }
    List<BifurcationCurve> curves = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      curves.addAll(curves(kind, perValue));
    }
    return new BifurcationDiagram(parNames, varNames, points, List.of(), special, curves);
  }

  private record Slice(List<ParameterPoint> points, List<Branch> branches,
      List<BifurcationPoint> special) {}

  /** A co-dimension 1 scan along the last parameter, the others at {@code prefix}. */
  private Slice slice(double[] prefix) {
    String par = parNames.get(parNames.size() - 1);
    double[] grid = parGrids[parGrids.length - 1];
    List<List<FixedPoint>> perStep = new ArrayList<>();
    List<double[]> fscales = new ArrayList<>();
    List<double[]> previous = List.of();
    List<ParameterPoint> points = new ArrayList<>();
    for (double p : grid) {
      sub.set(par, p);
      GridSample sample = GridSample.evaluate(sub, varAxes);
      List<FixedPoint> fps = finder.findAndClassify(sub, varNames, sample, previous);
      perStep.add(fps);
      fscales.add(scales(sample));
      points.add(new ParameterPoint(append(prefix, p), fps));
      previous = fps.stream().map(FixedPoint::state).toList();
    }
    List<List<double[]>> states = new ArrayList<>();
    for (List<FixedPoint> fps : perStep) {
      states.add(fps.stream().map(FixedPoint::state).toList());
    }
    List<Branch> branches = new ArrayList<>();
    List<BifurcationPoint> special = new ArrayList<>();
    for (List<int[]> chain : Linker.link(states, widths, MAX_JUMP)) {
      double[] ps = new double[chain.size()];
      List<FixedPoint> fps = new ArrayList<>();
      for (int q = 0; q < chain.size(); q++) {
        int[] e = chain.get(q);
        ps[q] = grid[e[0]];
        fps.add(perStep.get(e[0]).get(e[1]));
      }
      branches.add(new Branch(ps, fps));
      if (varNames.size() == 2) {
        for (int q = 0; q + 1 < chain.size(); q++) {
          int k = chain.get(q)[0];
          hopf(par, prefix, grid[k], grid[k + 1], fps.get(q), fps.get(q + 1), fscales.get(k))
              .ifPresent(special::add);
        }
      }
      int first = chain.get(0)[0];
      int last = chain.get(chain.size() - 1)[0];
      if (last + 1 < grid.length) {
        fold(par, prefix, fps.get(fps.size() - 1).state(), grid[last], grid[last],
            grid[last + 1], fscales.get(last)).ifPresent(special::add);
      }
      if (first > 0) {
        fold(par, prefix, fps.get(0).state(), grid[first], grid[first - 1], grid[first],
            fscales.get(first)).ifPresent(special::add);
      }
    }
    return new Slice(points, branches, distinct(special, par));
  }

  private static double[] scales(GridSample s) {
    double[] f = new double[s.dimension()];
    for (int k = 0; k < f.length; k++) {
      f[k] = s.scale(k);
    }
    return f;
  }

  private static double[] append(double[] prefix, double p) {
    double[] out = new double[prefix.length + 1];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    out[prefix.length] = p;
    return out;
  }

  // ------------------------------------------------------------------ Hopf

  private Optional<BifurcationPoint> hopf(String par, double[] prefix, double pa, double pb,
      FixedPoint a, FixedPoint b, double[] fscale) {
    double[][] ja = a.jacobian();
    double[][] jb = b.jacobian();
    double ta = ja[0][0] + ja[1][1];
    double tb = jb[0][0] + jb[1][1];
    if (!(det2(ja) > 0 && det2(jb) > 0) || !(ta < 0 != tb < 0) || ta == 0 && tb == 0) {
      return Optional.empty();
    }
    double[] xa = a.state();
    double[] xb = b.state();
    double[] radius = new double[2];
    for (int i = 0; i < 2; i++) {
      radius[i] = 2 * Math.abs(xb[i] - xa[i]) + 3 * cells[i];
    }
    double[][] j = new double[2][2];
    double[][] found = new double[1][];
    org.apache.commons.math3.analysis.UnivariateFunction trace = p -> {
      sub.set(par, p);
      double s = (p - pa) / (pb - pa);
      double[] seed = {xa[0] + s * (xb[0] - xa[0]), xa[1] + s * (xb[1] - xa[1])};
      Optional<double[]> x = finder.solveNear(sub, seed, radius, fscale);
      if (x.isEmpty()) {
        throw new IllegalStateException("lost the fixed point at " + par + " = " + p);
      }
      found[0] = x.get();
      sub.jacobian(found[0], j);
      return j[0][0] + j[1][1];
    };
    try {
      double p = new BrentSolver(2 * Math.ulp(1.0), 1e-300).solve(200, trace, pa, pb);
      trace.value(p); // leaves the fixed point at p in found[0]
      FixedPoint fp = finder.classify(sub, varNames, found[0]);
      return Optional.of(new BifurcationPoint(Kind.HOPF, parNames, append(prefix, p), fp));
    } catch (IllegalStateException | IllegalArgumentException e) {
      return Optional.empty(); // the branch cannot be followed between the two values
    }
  }

  private static double det2(double[][] j) {
    return j[0][0] * j[1][1] - j[0][1] * j[1][0];
  }

  // ------------------------------------------------------------------ saddle-node

  /**
   * Newton's method on {@code f(x, p) = 0, det J(x, p) = 0} from {@code (x0, p0)}; the fold if it
   * converges to a point with {@code p} in {@code [lo, hi]} and {@code x} in the box.
   */
  private Optional<BifurcationPoint> fold(String par, double[] prefix, double[] x0, double p0,
      double lo, double hi, double[] fscale) {
    int n = x0.length;
    double[] x = x0.clone();
    double p = p0;
    double[][] j = new double[n][n];
    sub.set(par, p);
    sub.jacobian(x, j);
    double s = 0;
    for (double[] row : j) {
      for (double v : row) {
        s = Math.max(s, Math.abs(v));
      }
    }
    if (!(s > 0)) {
      return Optional.empty();
    }
    double dscale = Math.pow(s, n);
    double span = hi - lo;
    double hp = CBRT_EPS * Math.max(Math.abs(p0), span);
    double[] g = new double[n + 1];
    double[] gp = new double[n + 1];
    double[] gm = new double[n + 1];
    double[][] m = new double[n + 1][n + 1];
    for (int it = 0; it < 40; it++) {
      extended(par, x, p, fscale, dscale, g);
      for (int i = 0; i < n; i++) {
        double h = CBRT_EPS * Math.max(Math.abs(x[i]), cells[i]);
        double xi = x[i];
        x[i] = xi + h;
        extended(par, x, p, fscale, dscale, gp);
        x[i] = xi - h;
        extended(par, x, p, fscale, dscale, gm);
        x[i] = xi;
        for (int r = 0; r <= n; r++) {
          m[r][i] = (gp[r] - gm[r]) / (2 * h);
        }
      }
      // exact f_x rows where the Jacobian is known
      sub.set(par, p);
      sub.jacobian(x, j);
      for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++) {
          m[r][c] = j[r][c] / fscale[r];
        }
      }
      extended(par, x, p + hp, fscale, dscale, gp);
      extended(par, x, p - hp, fscale, dscale, gm);
      for (int r = 0; r <= n; r++) {
        m[r][n] = (gp[r] - gm[r]) / (2 * hp);
      }
      double[] rhs = new double[n + 1];
      for (int r = 0; r <= n; r++) {
        rhs[r] = -g[r];
      }
      double[] dz;
      try {
        dz = new LUDecomposition(new Array2DRowRealMatrix(m, true)).getSolver()
            .solve(new ArrayRealVector(rhs, false)).toArray();
      } catch (SingularMatrixException e) {
        break;
      }
      double damp = 1;
      for (int i = 0; i < n; i++) {
        damp = Math.min(damp, 0.25 * widths[i] / Math.max(Math.abs(dz[i]), 1e-300));
      }
      damp = Math.min(damp, 2 * span / Math.max(Math.abs(dz[n]), 1e-300));
      boolean tiny = true;
      for (int i = 0; i < n; i++) {
        if (!Double.isFinite(dz[i])) {
          return Optional.empty();
        }
        x[i] += damp * dz[i];
        tiny &= Math.abs(damp * dz[i]) <= 1e-15 * Math.max(Math.abs(x[i]), widths[i]);
      }
      p += damp * dz[n];
      tiny &= Math.abs(damp * dz[n]) <= 1e-15 * Math.max(Math.abs(p), span);
      if (!Double.isFinite(p)) {
        return Optional.empty();
      }
      if (tiny) {
        break;
      }
    }
    extended(par, x, p, fscale, dscale, g);
    double residual = 0;
    for (int i = 0; i < n; i++) {
      residual = Math.max(residual, Math.abs(g[i]));
    }
    boolean inRange = p >= lo - 1e-9 * span && p <= hi + 1e-9 * span;
    boolean inBox = true;
    for (int i = 0; i < n; i++) {
      inBox &= varRanges.get(i).contains(x[i], 1e-9);
    }
    boolean ok = residual <= finder.options().residualTolerance() && Math.abs(g[n]) <= 1e-8
        && inRange && inBox;
    if (!ok) {
      return Optional.empty();
    }
    sub.set(par, p);
    FixedPoint fp = finder.classify(sub, varNames, x);
    return Optional.of(new BifurcationPoint(Kind.SADDLE_NODE, parNames, append(prefix, p), fp));
  }

  /** {@code [f(x, p) / fscale, det J(x, p) / dscale]}. */
  private void extended(String par, double[] x, double p, double[] fscale, double dscale,
      double[] out) {
    int n = x.length;
    sub.set(par, p);
    double[] f = new double[n];
    double[][] j = new double[n][n];
    sub.eval(x, f);
    sub.jacobian(x, j);
    for (int i = 0; i < n; i++) {
      out[i] = f[i] / fscale[i];
    }
    out[n] = (n == 1 ? j[0][0] : det2(j)) / dscale;
  }

  /** Drops repeats: the same kind at the same parameters and state (the two ends of a fold). */
  private List<BifurcationPoint> distinct(List<BifurcationPoint> points, String par) {
    Range pr = parRanges.get(parRanges.size() - 1);
    List<BifurcationPoint> out = new ArrayList<>();
    outer:
    for (BifurcationPoint b : points) {
      for (BifurcationPoint o : out) {
        if (o.kind() == b.kind() && Math.abs(o.parameter(par) - b.parameter(par))
            <= 1e-6 * pr.width() && Linker.distance(o.fixedPoint().state(),
            b.fixedPoint().state(), widths) <= 1e-4) {
          continue outer;
        }
      }
      out.add(b);
    }
    out.sort((a, b) -> Double.compare(a.parameter(par), b.parameter(par)));
    return out;
  }

  // ------------------------------------------------------------------ co-dimension 2 curves

  private List<BifurcationCurve> curves(Kind kind, List<List<BifurcationPoint>> perValue) {
    List<List<BifurcationPoint>> ofKind = new ArrayList<>();
    List<List<double[]>> coords = new ArrayList<>();
    for (List<BifurcationPoint> list : perValue) {
      List<BifurcationPoint> these = new ArrayList<>();
      List<double[]> c = new ArrayList<>();
      for (BifurcationPoint b : list) {
        if (b.kind() == kind) {
          these.add(b);
          double[] state = b.fixedPoint().state();
          double[] z = new double[state.length + 1];
          z[0] = b.parameters()[1];
          System.arraycopy(state, 0, z, 1, state.length);
          c.add(z);
        }
      }
      ofKind.add(these);
      coords.add(c);
    }
    double[] scale = new double[widths.length + 1];
    scale[0] = parRanges.get(1).width();
    System.arraycopy(widths, 0, scale, 1, widths.length);
    List<BifurcationCurve> out = new ArrayList<>();
    for (List<int[]> chain : Linker.link(coords, scale, MAX_JUMP)) {
      List<BifurcationPoint> pts = new ArrayList<>();
      for (int[] e : chain) {
        pts.add(ofKind.get(e[0]).get(e[1]));
      }
      out.add(new BifurcationCurve(kind, pts));
    }
    return out;
  }

  // ------------------------------------------------------------------ limit cycles

  /**
   * Simulates from every fixed point that is not stable, nudged by a thousandth of the box, at
   * every parameter point of {@code diagram}, and keeps the distinct cycles found.
   */
  List<ParameterCycle> cycles(BifurcationDiagram diagram, Settings settings, int variable,
      double duration, double tol) {
    List<ParameterCycle> out = new ArrayList<>();
    double minAmplitude = tol * widths[variable];
    for (ParameterPoint pp : diagram.points()) {
      for (int k = 0; k < parNames.size(); k++) {
        sub.set(parNames.get(k), pp.parameters()[k]);
      }
      List<LimitCycle> here = new ArrayList<>();
      for (FixedPoint fp : pp.fixedPoints()) {
        if (fp.isStable()) {
          continue;
        }
        double[] start = fp.state();
        for (int i = 0; i < start.length; i++) {
          start[i] += 1e-3 * widths[i];
        }
        Optional<LimitCycle> c = LimitCycles.fromStart(sub, settings, start, duration, variable,
            tol, minAmplitude);
        if (c.isPresent() && here.stream().noneMatch(o -> same(o, c.get(), variable, tol))) {
          here.add(c.get());
          out.add(new ParameterCycle(pp.parameters(), c.get()));
        }
      }
    }
    return out;
  }

  private boolean same(LimitCycle a, LimitCycle b, int v, double tol) {
    double w = widths[v];
    return Math.abs(a.min()[v] - b.min()[v]) <= 10 * tol * w
        && Math.abs(a.max()[v] - b.max()[v]) <= 10 * tol * w;
  }
}
