package org.brainj.runtime.ode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;

/**
 * Numerical integration of a plain function, BrainPy's {@code bp.odeint} (manual 2.1): the
 * right-hand side is a lambda, the method a keyword, the step {@code dt}.
 *
 * <pre>{@code
 * // FitzHugh-Nagumo, manual 2.1.3
 * double a = 0.7, b = 0.8, tau = 12.5, iext = 1;
 * Odeint fhn = Odeint.of((t, y, dy) -> {
 *   dy[0] = y[0] - y[0] * y[0] * y[0] / 3 - y[1] + iext;
 *   dy[1] = (y[0] + a - b * y[1]) / tau;
 * }).method("rk4").dt(0.01);
 * double[] y = {0, 0};
 * for (int k = 0; k < 10_000; k++) {
 *   fhn.step(y, k * fhn.dt());
 * }
 * // one variable: (t, y) -> dy/dt
 * double v = Odeint.of((t, x) -> -x / 10).dt(0.1).integrate(1.0, 0, 100);
 * }</pre>
 *
 * <p>Methods: every explicit Runge-Kutta tableau of {@link Tableaux} (the embedded pairs used
 * with a fixed step, propagating their higher-order weights, as the processor does) and
 * exponential Euler. The Runge-Kutta arithmetic is the processor's, operation for operation
 * (stage values {@code y + dt * sum_j a_ij k_j} with zero weights skipped, nodes
 * {@code t + c_i dt}, then {@code y += dt * sum_i b_i k_i}), so a lambda that computes a model's
 * derivatives with the same expressions gives the generated code's bits. Exponential Euler
 * linearises each variable in itself with the others held at the step's start, like the
 * processor, but needs {@code df_i/dy_i} of code it cannot read: it takes central differences
 * ({@link FiniteDifferences}, 2n extra evaluations per step), so it agrees with generated code to
 * about 1e-10 relative, not bitwise.
 *
 * <p>An {@code Odeint} is immutable: {@link #method} and {@link #dt} return new ones. It is
 * thread-safe when the lambda is. The default method and step are taken when {@link #of} is
 * called, from {@link #setDefaultMethod} and {@link #setDefaultDt} (manual 15.3's
 * {@code bp.integrators.set_default_odeint}); they do not reach {@code @Derivative} methods,
 * whose method is fixed when the model is compiled.
 */
public final class Odeint implements Stepper {
  /** A right-hand side: writes {@code dy/dt} at {@code (t, y)} into {@code dydt}. */
  @FunctionalInterface
  public interface Rhs {
    void derivative(double t, double[] y, double[] dydt);
  }

  /** Every method keyword {@link #method(String)} accepts, sorted (BrainPy's list). */
  public static final List<String> SUPPORTED_METHODS = supported();

  /** BrainPy's default method. */
  public static final String DEFAULT_METHOD = "euler";

  /** BrainPy's default step, ms. */
  public static final double DEFAULT_DT = 0.1;

  private static volatile String defaultMethod = DEFAULT_METHOD;
  private static volatile double defaultDt = DEFAULT_DT;

  private final Rhs f;
  private final String method;
  private final double dt;
  private final Tableau tableau;

  private Odeint(Rhs f, String method, double dt) {
    this.f = f;
    this.method = method;
    this.dt = dt;
    this.tableau = Tableaux.byName(method);
  }

  private static List<String> supported() {
    List<String> all = new ArrayList<>(Tableaux.all().keySet());
    all.addAll(Tableaux.EXPONENTIAL);
    all.sort(null);
    return List.copyOf(all);
  }

  // ------------------------------------------------------------------ defaults (manual 15.3)

  /** The method new integrators get: {@value #DEFAULT_METHOD} unless changed. */
  public static String defaultMethod() {
    return defaultMethod;
  }

  /**
   * Sets the method that integrators created from now on get (BrainPy's
   * {@code set_default_odeint}); existing ones keep theirs.
   */
  public static void setDefaultMethod(String method) {
    defaultMethod = checkMethod(method);
  }

  /** The step new integrators get: {@value #DEFAULT_DT} ms unless changed. */
  public static double defaultDt() {
    return defaultDt;
  }

  /** Sets the step that integrators created from now on get. */
  public static void setDefaultDt(double dt) {
    defaultDt = checkDt(dt);
  }

  // ------------------------------------------------------------------ creation

  /**
   * Integrates {@code dy/dt = f(t, y)} over {@code double[]} states, with the default method and
   * step.
   */
  public static Odeint of(Rhs f) {
    return new Odeint(Objects.requireNonNull(f, "f"), defaultMethod, defaultDt);
  }

  /**
   * Integrates a vector field's {@code derivative} (a generated system's, for instance with
   * another method than its own), with the default method and step.
   */
  public static Odeint of(VectorField f) {
    Objects.requireNonNull(f, "f");
    return of((t, y, dydt) -> f.derivative(y, t, dydt));
  }

  /** Integrates a scalar equation {@code dy/dt = f(t, y)}; see {@link #step(double, double)}. */
  public static Odeint of(DoubleBinaryOperator f) {
    Objects.requireNonNull(f, "f");
    return of((t, y, dydt) -> dydt[0] = f.applyAsDouble(t, y[0]));
  }

  /** The same equation with another method (a keyword of {@link #SUPPORTED_METHODS}). */
  public Odeint method(String method) {
    return new Odeint(f, checkMethod(method), dt);
  }

  /** The same equation with another step. */
  public Odeint dt(double dt) {
    return new Odeint(f, method, checkDt(dt));
  }

  public String method() {
    return method;
  }

  public double dt() {
    return dt;
  }

  /** The right-hand side. */
  public Rhs rhs() {
    return f;
  }

  private static String checkMethod(String method) {
    if (method == null || !SUPPORTED_METHODS.contains(method)) {
      throw new IllegalArgumentException("unknown integration method '" + method
          + "'; supported: " + String.join(", ", SUPPORTED_METHODS));
    }
    return method;
  }

  private static double checkDt(double dt) {
    if (!(dt > 0) || Double.isInfinite(dt)) {
      throw new IllegalArgumentException("the step dt must be positive and finite, got " + dt);
    }
    return dt;
  }

  // ------------------------------------------------------------------ stepping

  /** Advances {@code y} in place by one step of this integrator's {@code dt} from {@code t}. */
  public void step(double[] y, double t) {
    step(y, t, dt);
  }

  /** One step of a scalar equation from {@code y} at {@code t}: the new value. */
  public double step(double y, double t) {
    double[] s = {y};
    step(s, t, dt);
    return s[0];
  }

  @Override
  public void step(double[] y, double t, double dt) {
    step(y, t, dt, new Work(y.length, tableau));
  }

  /** {@link Stepper#integrate} with this integrator's {@code dt}. */
  public long integrate(double[] y, double t0, double t1) {
    return integrate(y, t0, t1, dt);
  }

  @Override
  public long integrate(double[] y, double t0, double t1, double dt) {
    TimeGrid grid = TimeGrid.of(t0, t1, dt);
    Work work = new Work(y.length, tableau);
    for (long k = 0; k < grid.steps(); k++) {
      step(y, grid.time(k), grid.stepSize(k), work);
    }
    return grid.steps();
  }

  /** A scalar equation from {@code y} at {@code t0} to {@code t1}: the value at {@code t1}. */
  public double integrate(double y, double t0, double t1) {
    double[] s = {y};
    integrate(s, t0, t1, dt);
    return s[0];
  }

  /** {@link Stepper#trajectory} with this integrator's {@code dt}. */
  public Trajectory trajectory(double[] initial, double t0, double t1) {
    return trajectory(initial, t0, t1, dt);
  }

  private void step(double[] y, double t, double h, Work w) {
    if (tableau == null) {
      exponentialEuler(y, t, h, w);
    } else {
      rungeKutta(y, t, h, w);
    }
  }

  /** Per-step arrays: the slopes and a stage value (or exponential Euler's f, A and probes). */
  private static final class Work {
    final double[][] k;
    final double[] x;
    final double[] extra1;
    final double[] extra2;

    Work(int n, Tableau tab) {
      k = new double[tab == null ? 2 : tab.stagesUsed()][n];
      x = new double[n];
      extra1 = new double[n];
      extra2 = new double[n];
    }
  }

  /** The processor's expansion (IntegratorExpander), for arrays. */
  private void rungeKutta(double[] y, double t, double h, Work w) {
    int n = y.length;
    int used = tableau.stagesUsed();
    double[][] k = w.k;
    double[] x = w.x;
    for (int stage = 0; stage < used; stage++) {
      double[] arg;
      if (stage == 0) {
        arg = y; // the first stage reads the state itself
      } else {
        double[] a = tableau.a()[stage];
        boolean any = false;
        for (double aj : a) {
          any |= aj != 0;
        }
        for (int v = 0; v < n; v++) {
          x[v] = any ? y[v] + h * weightedSum(a, k, stage, v) : y[v];
        }
        arg = x;
      }
      double c = tableau.c()[stage];
      double time = c == 0 ? t : c == 1 ? t + h : t + c * h;
      f.derivative(time, arg, k[stage]);
    }
    double[] b = tableau.b();
    for (int v = 0; v < n; v++) {
      y[v] += h * weightedSum(b, k, used, v);
    }
  }

  /**
   * {@code sum_j w_j k_j[v]} over the non-zero weights of the first {@code count} slopes, built as
   * the processor builds it: the first term {@code w k} ({@code -k} for -1, {@code k} for 1),
   * then {@code + |w| k} or {@code - |w| k}.
   */
  private static double weightedSum(double[] weights, double[][] k, int count, int v) {
    double sum = 0;
    boolean first = true;
    for (int j = 0; j < weights.length && j < count; j++) {
      double wj = weights[j];
      if (wj == 0) {
        continue;
      }
      double term = k[j][v];
      boolean negative = wj < 0 && !first;
      double mag = negative ? -wj : wj;
      if (mag != 1 && mag != -1) {
        term = mag * term;
      }
      if (first) {
        sum = wj == -1 ? -term : term;
        first = false;
      } else {
        sum = negative ? sum - term : sum + term;
      }
    }
    return sum;
  }

  /**
   * {@code y_i += A_i == 0 ? dt f_i : expm1(dt A_i) / A_i * f_i}, {@code f} and the diagonal
   * {@code A_i = df_i/dy_i} (central differences) at the step's start.
   */
  private void exponentialEuler(double[] y, double t, double h, Work w) {
    int n = y.length;
    double[] fy = w.k[0];
    double[] diag = w.k[1];
    f.derivative(t, y, fy);
    System.arraycopy(y, 0, w.x, 0, n);
    FiniteDifferences.diagonal((s, time, out) -> f.derivative(time, s, out), w.x, t, diag,
        w.extra1, w.extra2);
    for (int v = 0; v < n; v++) {
      double a = diag[v];
      y[v] += a == 0 ? h * fy[v] : Math.expm1(h * a) / a * fy[v];
    }
  }

  @Override
  public String toString() {
    return "Odeint(method=" + method + ", dt=" + dt + ")";
  }
}
