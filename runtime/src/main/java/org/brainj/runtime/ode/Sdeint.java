package org.brainj.runtime.ode;

import java.util.List;
import org.brainj.runtime.random.CounterRng;

/**
 * Numerical integration of an SDE {@code dy = f(t, y) dt + g(t, y) dW} given as two lambdas,
 * manual 2.2 ({@code bp.sdeint(f=..., g=...)}): diagonal noise, {@code g} writing one coefficient
 * per variable. The Wiener increments are {@code dW = sqrt(dt) N(0,1)} with
 * {@code N(0,1) = CounterRng.normal(seed, stream, step, 0)}: one stream for a scalar Wiener
 * process (all variables share it), stream {@code stream + i * 0x9E3779B9} for variable
 * {@code i} of a vector one. The step number comes from a counter that {@link #seed(long)}
 * restarts, or is given to {@link #step(double[], double, double, long)}.
 *
 * <p>The arithmetic of each method is, operation for operation, that of a generated system's
 * step ({@code IntegratorExpander.sdeSystem}), so the same equations, seed and stream
 * ({@code streamOf(name)}: a generated {@code @OdeSystem}'s {@code STREAM_BASE} when its
 * diffusions are its only random call sites, numbered in declaration order) give the same bits:
 *
 * <pre>
 * euler, ito         y + (f dt + g dW)
 * euler, strat       yb = y + g dW;                 y + (f dt + 0.5 (g + g(yb)) dW)
 * heun, strat        yb = y + (f dt + g dW);        y + (0.5 (f + f(yb, t+dt)) dt + 0.5 (g + g(yb, t+dt)) dW)
 * milstein, ito      yb = y + (f dt + g sqrt(dt));  y + (f dt + g dW + 0.5 (g(yb) - g) ((dW dW - dt) / sqrt(dt)))
 * milstein, strat    yb = y + g sqrt(dt);           y + (f dt + g dW + 0.5 (g(yb) - g) (dW dW / sqrt(dt)))
 * </pre>
 *
 * <p>Not thread-safe (the step counter and work arrays); give each thread its own copy.
 */
public final class Sdeint implements Stepper {
  /** The methods {@link #method(String)} accepts. */
  public static final List<String> SUPPORTED_METHODS = List.of("euler", "heun", "milstein");

  private static volatile String defaultMethod = "euler";

  private final Odeint.Rhs drift;
  private final Odeint.Rhs diffusion;
  private String method = defaultMethod;
  private boolean stratonovich;
  private boolean vector;
  private double dt = Odeint.DEFAULT_DT;
  private long seed;
  private int stream = CounterRng.streamOf("Sdeint");
  private long stepCount;
  private double[][] work = new double[0][];

  private Sdeint(Odeint.Rhs drift, Odeint.Rhs diffusion) {
    this.drift = drift;
    this.diffusion = diffusion;
  }

  /** The method new integrators get: {@code "euler"} unless changed. */
  public static String defaultMethod() {
    return defaultMethod;
  }

  /**
   * Sets the method that SDE integrators created from now on get (BrainPy's
   * {@code set_default_sdeint}, manual 15.3); existing ones keep theirs. Heun exists only for
   * the Stratonovich integral, so integrators created with it as the default are Stratonovich.
   */
  public static void setDefaultMethod(String method) {
    if (!SUPPORTED_METHODS.contains(method)) {
      throw new IllegalArgumentException("unknown SDE method '" + method + "' for Sdeint;"
          + " supported: " + SUPPORTED_METHODS);
    }
    defaultMethod = method;
  }

  /** An Ito SDE with scalar noise, the default method ({@code euler}), {@code dt = 0.1}, seed 0. */
  public static Sdeint of(Odeint.Rhs drift, Odeint.Rhs diffusion) {
    if (drift == null || diffusion == null) {
      throw new IllegalArgumentException("Sdeint needs a drift and a diffusion");
    }
    Sdeint s = new Sdeint(drift, diffusion);
    s.stratonovich = s.method.equals("heun");
    return s;
  }

  /** {@code "euler"} (default), {@code "heun"} (Stratonovich only) or {@code "milstein"}. */
  public Sdeint method(String method) {
    if (!SUPPORTED_METHODS.contains(method)) {
      throw new IllegalArgumentException("unknown SDE method '" + method + "' for Sdeint;"
          + " supported: " + SUPPORTED_METHODS);
    }
    this.method = method;
    check();
    return this;
  }

  /** {@code "ito"} (default) or {@code "stratonovich"}. */
  public Sdeint integral(String integral) {
    switch (integral) {
      case "ito" -> stratonovich = false;
      case "stratonovich" -> stratonovich = true;
      default -> throw new IllegalArgumentException("unknown sdeIntegral '" + integral
          + "'; use \"ito\" or \"stratonovich\"");
    }
    check();
    return this;
  }

  /** {@code "scalar"} (default: one Wiener process) or {@code "vector"} (one per variable). */
  public Sdeint wiener(String wiener) {
    switch (wiener) {
      case "scalar" -> vector = false;
      case "vector" -> vector = true;
      default -> throw new IllegalArgumentException("unknown wienerType '" + wiener
          + "'; use \"scalar\" or \"vector\"");
    }
    return this;
  }

  private void check() {
    if (method.equals("heun") && !stratonovich) {
      throw new IllegalArgumentException("heun is for the Stratonovich integral: call"
          + " integral(\"stratonovich\") first");
    }
  }

  public Sdeint dt(double dt) {
    if (!(dt > 0) || Double.isInfinite(dt)) {
      throw new IllegalArgumentException("the step dt must be positive and finite, got " + dt);
    }
    this.dt = dt;
    return this;
  }

  /** Sets the seed and restarts the step counter at 0. */
  public Sdeint seed(long seed) {
    this.seed = seed;
    this.stepCount = 0;
    return this;
  }

  /** The noise stream (variable 0's for vector noise); default {@code streamOf("Sdeint")}. */
  public Sdeint stream(int stream) {
    this.stream = stream;
    return this;
  }

  /** The stream {@code CounterRng.streamOf(name)}, e.g. a generated system's model name. */
  public Sdeint streamName(String name) {
    return stream(CounterRng.streamOf(name));
  }

  public String method() {
    return method;
  }

  public double dt() {
    return dt;
  }

  public long seed() {
    return seed;
  }

  /** The step number the next {@code step(y, t, dt)} draws its noise for. */
  public long stepCount() {
    return stepCount;
  }

  /** One step of this integrator's {@code dt}. */
  public void step(double[] y, double t) {
    step(y, t, dt);
  }

  /** One step with the noise of step number {@link #stepCount()}, which then advances. */
  @Override
  public void step(double[] y, double t, double dt) {
    step(y, t, dt, stepCount++);
  }

  /** {@link Stepper#integrate} with this integrator's {@code dt}. */
  public long integrate(double[] y, double t0, double t1) {
    return integrate(y, t0, t1, dt);
  }

  /** {@link Stepper#trajectory} with this integrator's {@code dt}. */
  public Trajectory trajectory(double[] initial, double t0, double t1) {
    return trajectory(initial, t0, t1, dt);
  }

  /** Advances {@code y} in place by one step of {@code dt} from {@code t} with step number's noise. */
  public void step(double[] y, double t, double dt, long step) {
    int n = y.length;
    if (work.length != 7 || work[0].length != n) {
      work = new double[7][n];
    }
    double[] f = work[0];
    double[] g = work[1];
    double[] dW = work[2];
    double[] bar = work[3];
    double[] gBar = work[4];
    double[] fBar = work[5];
    double sqrtDt = Math.sqrt(dt);
    for (int i = 0; i < n; i++) {
      dW[i] = vector || i == 0
          ? sqrtDt * CounterRng.normal(seed, stream + i * 0x9E3779B9, step, 0) : dW[0];
    }
    drift.derivative(t, y, f);
    diffusion.derivative(t, y, g);
    if (method.equals("euler") && !stratonovich) {
      for (int i = 0; i < n; i++) {
        y[i] += f[i] * dt + g[i] * dW[i];
      }
      return;
    }
    boolean milstein = method.equals("milstein");
    boolean heun = method.equals("heun");
    for (int i = 0; i < n; i++) {
      double gPart = g[i] * (milstein ? sqrtDt : dW[i]);
      bar[i] = y[i] + (method.equals("euler") || (milstein && stratonovich) ? gPart
          : f[i] * dt + gPart);
    }
    double later = heun ? t + dt : t;
    if (heun) {
      drift.derivative(later, bar, fBar);
    }
    diffusion.derivative(later, bar, gBar);
    for (int i = 0; i < n; i++) {
      double inc;
      if (milstein) {
        double sq = dW[i] * dW[i];
        if (!stratonovich) {
          sq = sq - dt;
        }
        inc = f[i] * dt + g[i] * dW[i] + 0.5 * (gBar[i] - g[i]) * (sq / sqrtDt);
      } else {
        double fPart = heun ? 0.5 * (f[i] + fBar[i]) * dt : f[i] * dt;
        inc = fPart + 0.5 * (g[i] + gBar[i]) * dW[i];
      }
      y[i] += inc;
    }
  }

  @Override
  public String toString() {
    return "Sdeint{" + method + ", " + (stratonovich ? "stratonovich" : "ito") + ", "
        + (vector ? "vector" : "scalar") + " Wiener, dt=" + dt + ", seed=" + seed + "}";
  }
}
