package org.brainj.models.systems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.runtime.ode.Sdeint;
import org.brainj.runtime.ode.Trajectory;
import org.brainj.runtime.random.CounterRng;
import org.junit.jupiter.api.Test;

/**
 * The noisy Lorenz system of manual 2.2.3 as a generated SDE system, against the manual's
 * lambdas with {@link Sdeint} (the same arithmetic, so the same bits) and against Sdeint's
 * other methods' properties.
 */
class NoisyLorenzTest {
  static final double SIGMA = 10;
  static final double BETA = 8.0 / 3;
  static final double RHO = 28;
  static final double P = 0.1;

  /** The manual's lorenz_f and lorenz_g. */
  static Sdeint manual() {
    return Sdeint.of((t, y, dy) -> {
      dy[0] = SIGMA * (y[1] - y[0]);
      dy[1] = y[0] * (RHO - y[2]) - y[1];
      dy[2] = y[0] * y[1] - BETA * y[2];
    }, (t, y, g) -> {
      g[0] = P * y[0];
      g[1] = P * y[1];
      g[2] = P * y[2];
    }).dt(0.005);
  }

  @Test
  void theGeneratedSystemIsTheManualsLambdaWithSdeintBitForBit() {
    NoisyLorenzSystem sys = NoisyLorenzSystem.create().seed(3);
    assertArrayEquals(new double[] {1, 1, 1}, sys.initialState(), 0);
    Trajectory a = sys.trajectory(sys.initialState(), 0, 20, 0.005);
    Sdeint lambda = manual().seed(3).streamName("NoisyLorenz");
    Trajectory b = lambda.trajectory(new double[] {1, 1, 1}, 0, 20);
    assertEquals(4001, a.size());
    for (int k = 0; k < a.size(); k++) {
      assertArrayEquals(a.values()[k], b.values()[k], 0.0, "step " + k);
    }
    assertEquals(NoisyLorenzSystem.STREAM_BASE, CounterRng.streamOf("NoisyLorenz"));
    // on the attractor, both wings visited
    double[] x = a.of("x");
    double lo = 0;
    double hi = 0;
    for (double v : x) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    assertTrue(lo < -10 && hi > 10, "x in [" + lo + ", " + hi + "]");
  }

  @Test
  void theNoiseIsTheSeedsAndZeroNoiseIsTheLorenzOde() {
    NoisyLorenzSystem sys = NoisyLorenzSystem.create();
    double[] a = sys.seed(1).initialState();
    double[] b = a.clone();
    sys.integrate(a, 0, 1, 0.005);
    assertEquals(200, sys.stepCount());
    sys.seed(1).integrate(b, 0, 1, 0.005);
    assertArrayEquals(a, b, 0.0, "the same seed, the same path");
    double[] c = sys.initialState();
    sys.seed(2).integrate(c, 0, 1, 0.005);
    assertTrue(a[0] != c[0], "another seed, another path");
    // p = 0: forward Euler on the Lorenz ODE, whatever the seed
    NoisyLorenzSystem quiet = NoisyLorenzSystem.create().p(0);
    double[] d = quiet.initialState();
    quiet.seed(9).integrate(d, 0, 1, 0.005);
    double[] e = {1, 1, 1};
    for (int k = 0; k < 200; k++) {
      double[] f = quiet.derivative(e, 0);
      for (int i = 0; i < 3; i++) {
        e[i] += f[i] * 0.005 + 0.0;
      }
    }
    assertArrayEquals(e, d, 1e-12);
    double[] g = new double[3];
    sys.diffusion(new double[] {2, 3, 4}, 0, g);
    assertArrayEquals(new double[] {0.2, 0.30000000000000004, 0.4}, g, 0);
  }

  @Test
  void sdeintMilsteinIsFirstOrderOnGbmAndChecksItsArguments() {
    // dX = mu X dt + s X dW (Ito): X_T = exp((mu - s^2/2) T + s W_T); W_T from a second
    // variable with g = 1, f = 0 (advanced by exactly dW); scalar noise shares dW
    double mu = 1;
    double s = 0.8;
    double[] err = new double[2];
    int[] steps = {16, 64};
    int paths = 2000;
    for (int r = 0; r < 2; r++) {
      double sum = 0;
      for (int path = 0; path < paths; path++) {
        Sdeint m = Sdeint.of((t, y, dy) -> {
          dy[0] = mu * y[0];
          dy[1] = 0;
        }, (t, y, g) -> {
          g[0] = s * y[0];
          g[1] = 1;
        }).method("milstein").seed(path);
        double[] y = {1, 0};
        m.integrate(y, 0, 1, 1.0 / steps[r]);
        sum += Math.abs(y[0] - Math.exp(mu - s * s / 2 + s * y[1]));
      }
      err[r] = sum / paths;
    }
    double order = Math.log(err[0] / err[1]) / Math.log(4);
    assertEquals(1.0, order, 0.15, "errors " + err[0] + ", " + err[1]);
    assertThrows(IllegalArgumentException.class, () -> manual().method("rk4"));
    assertThrows(IllegalArgumentException.class, () -> manual().method("heun"));
    assertThrows(IllegalArgumentException.class, () -> manual().integral("ito2"));
  }
}
