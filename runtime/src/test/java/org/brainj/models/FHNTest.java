package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FitzHugh-Nagumo (manual 2.1.3, 4.1) with a = 0.7, b = 0.8, tau = 12.5: the phase-plane facts of
 * manual 4.1 and {@code reference/fhn_fixed_point.json} (SciPy + mpmath, independent of BrainJ).
 */
class FHNTest {
  private static final double A = 0.7;
  private static final double B = 0.8;
  private static final double TAU = 12.5;

  /** Upward crossings of V = 0 after {@code from}, by linear interpolation within the step. */
  private static List<Double> upCrossings(FHNGroup g, double dt, double duration, double from,
      double[] bounds) {
    List<Double> out = new ArrayList<>();
    double[] before = {g.V().get(0)};
    ModelTestSupport.run(g, null, 0, dt, (int) Math.round(duration / dt), k -> {
      double v = g.V().get(0);
      double t = k * dt;
      if (before[0] < 0 && v >= 0 && t >= from) {
        out.add(t + dt * (-before[0]) / (v - before[0]));
      }
      if (t >= from) {
        bounds[0] = Math.min(bounds[0], v);
        bounds[1] = Math.max(bounds[1], v);
        bounds[2] = Math.max(bounds[2], Math.abs(g.w().get(0)));
      }
      before[0] = v;
    });
    return out;
  }

  private static double meanPeriod(List<Double> crossings) {
    return (crossings.get(crossings.size() - 1) - crossings.get(0)) / (crossings.size() - 1);
  }

  /**
   * Reference period of the limit cycle at Iext = 0.8, independent of the processor: classical RK4
   * written out here, dt = 1e-3 (its error in the period is below 1e-9, and the interpolation of
   * the crossings at this dt below 1e-7).
   */
  private static double referencePeriod(double iext) {
    double dt = 1e-3;
    double v = -2.8;
    double w = -1.8;
    List<Double> crossings = new ArrayList<>();
    for (int k = 0; k < 400_000; k++) {
      double[] k1 = rhs(v, w, iext);
      double[] k2 = rhs(v + dt / 2 * k1[0], w + dt / 2 * k1[1], iext);
      double[] k3 = rhs(v + dt / 2 * k2[0], w + dt / 2 * k2[1], iext);
      double[] k4 = rhs(v + dt * k3[0], w + dt * k3[1], iext);
      double vn = v + dt / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
      w += dt / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
      if (v < 0 && vn >= 0 && k * dt >= 100) {
        crossings.add(k * dt + dt * (-v) / (vn - v));
      }
      v = vn;
    }
    return meanPeriod(crossings);
  }

  private static double[] rhs(double v, double w, double iext) {
    return new double[] {v - v * v * v / 3 - w + iext, (v + A - B * w) / TAU};
  }

  @Test
  void iext08FixedPointIsTheReferenceOneAndTheModelIsAtRestThere() {
    String json = ModelTestSupport.text("fhn_fixed_point.json");
    int at = json.indexOf("\"fixed_point_mp40\"");
    double v = ModelTestSupport.jsonNumber(json.substring(at), "V");
    double w = ModelTestSupport.jsonNumber(json.substring(at), "w");
    // manual 4.1 prints V=-0.27290095899729705, w=0.5338738012533786
    assertEquals(-0.27290095899729705, v, 1e-15);
    assertEquals(0.5338738012533786, w, 1e-15);
    FHNGroup g = FHNGroup.builder(1).Iext(0.8).V(v).w(w).build();
    ModelTestSupport.run(g, null, 0, 0.01, 1, null);
    // one step from the fixed point moves by dt times the derivative, which vanishes there
    assertEquals(v, g.V().get(0), 1e-16);
    assertEquals(w, g.w().get(0), 1e-16);
  }

  @Test
  void iext08FixedPointIsAnUnstableNodeWithTheReferenceEigenvalue() {
    String json = ModelTestSupport.text("fhn_fixed_point.json");
    double v = ModelTestSupport.jsonNumber(json.substring(json.indexOf("fixed_point_mp40")), "V");
    double w = ModelTestSupport.jsonNumber(json.substring(json.indexOf("fixed_point_mp40")), "w");
    int e = json.indexOf("\"eigenvalues\"");
    double lambda1 = Double.parseDouble(
        json.substring(json.indexOf("[", json.indexOf("[", e) + 1) + 1, json.indexOf(",", e)).trim());
    assertEquals(0.8367058351759371, lambda1, 1e-15);
    // a 1e-9 kick grows as e^{lambda1 t} along the unstable direction (the other eigenvalue,
    // 0.0248, is 34 times slower); Euler's discrete rate is ln(1 + lambda dt) / dt = 0.8332
    double dt = 0.01;
    FHNGroup g = FHNGroup.builder(1).Iext(0.8).V(v + 1e-9).w(w).build();
    double[] dist = new double[1001];
    ModelTestSupport.run(g, null, 0, dt, 1000, k ->
        dist[k + 1] = Math.hypot(g.V().get(0) - v, g.w().get(0) - w));
    double rate = Math.log(dist[1000] / dist[500]) / 5.0;
    System.out.printf("FHN growth rate near the unstable node: %.4f (eigenvalue %.4f)%n", rate,
        lambda1);
    assertEquals(Math.log(1 + lambda1 * dt) / dt, rate, 0.01);
    // V moves away monotonically (a node, not a focus): no oscillation in the first 10 time units
    for (int k = 2; k <= 1000; k++) {
      assertTrue(dist[k] > dist[k - 1]);
    }
  }

  /**
   * Iext = 0.8: a limit cycle around the unstable node. Its period, measured between upward
   * crossings of V = 0 after the transient: reference 36.518 (RK4 above). Forward Euler's error in
   * the period is first order: measured 0.0100 at dt = 0.01 and 0.0050 at dt = 0.005. Accepted:
   * error below 0.02 at dt = 0.01, a ratio between 1.6 and 2.4 when dt halves, cycle-to-cycle
   * spread below 1e-4 (a limit cycle, not a slow spiral; what remains is the linear interpolation
   * of the crossing, which lands at a different point of its step each cycle: measured 7e-6), and
   * the orbit bounded in |V|, |w| < 2.2.
   */
  @Test
  void iext08OscillatesOnALimitCycle() {
    double ref = referencePeriod(0.8);
    double[] err = new double[2];
    double[] dts = {0.01, 0.005};
    for (int i = 0; i < 2; i++) {
      double[] bounds = {Double.MAX_VALUE, -Double.MAX_VALUE, 0};
      FHNGroup g = FHNGroup.builder(1).Iext(0.8).build(); // from (-2.8, -1.8) as in manual 4.1
      List<Double> c = upCrossings(g, dts[i], 400, 100, bounds);
      assertTrue(c.size() >= 7, "crossings " + c);
      double period = meanPeriod(c);
      for (int j = 1; j < c.size(); j++) {
        assertEquals(period, c.get(j) - c.get(j - 1), 1e-4, "cycle " + j);
      }
      assertTrue(bounds[0] > -2.2 && bounds[1] < 2.2 && bounds[2] < 2.2, "bounded orbit");
      assertTrue(bounds[0] < -1.5 && bounds[1] > 1.5, "large excursions, V in ["
          + bounds[0] + ", " + bounds[1] + "]");
      err[i] = Math.abs(period - ref);
      System.out.printf("FHN Iext=0.8 dt=%.3f: period %.5f (reference %.5f), V in [%.3f, %.3f]%n",
          dts[i], period, ref, bounds[0], bounds[1]);
    }
    assertEquals(36.518, ref, 1e-3);
    assertTrue(err[0] < 0.02, "period error " + err[0]);
    assertEquals(2, err[0] / err[1], 0.4);
  }

  /**
   * Iext = 0: the fixed point, by hand. w = (V + a) / b from the w-nullcline; put into the
   * V-nullcline: V - V^3/3 - (V + a)/b = 0, i.e. V^3 + 3 (1/b - 1) V + 3 a / b = 0, here
   * V^3 + 0.75 V + 2.625 = 0, whose only real root (Cardano, discriminant > 0) is -1.19941.
   * The Jacobian there has trace 1 - V^2 - b/tau = -0.5026 and determinant
   * (1 - V^2)(-b/tau) + 1/tau = 0.1081 > trace^2 / 4: a stable focus, so V approaches it with
   * damped oscillations (angular frequency 0.212, period 29.6).
   */
  @Test
  void iext0SettlesAtTheStableFocus() {
    double p = 3 * (1 / B - 1);
    double q = 3 * A / B;
    double disc = Math.sqrt(q * q / 4 + p * p * p / 27);
    double vStar = Math.cbrt(-q / 2 + disc) + Math.cbrt(-q / 2 - disc);
    double wStar = (vStar + A) / B;
    double[] scan = ModelTestSupport.csv("fhn_fixed_points_scan.csv").get(0); // Iext = 0 row
    assertEquals(0, scan[0]);
    assertEquals(scan[1], vStar, 1e-12);
    assertEquals(scan[2], wStar, 1e-12);
    double trace = 1 - vStar * vStar - B / TAU;
    double det = (1 - vStar * vStar) * (-B / TAU) + 1 / TAU;
    assertTrue(trace < 0 && det > trace * trace / 4, "stable focus");

    FHNGroup g = FHNGroup.builder(1).build(); // Iext = 0 by default
    int[] signChanges = {0};
    double[] last = {g.V().get(0) - vStar};
    ModelTestSupport.run(g, null, 0, 0.01, 40_000, k -> {
      double d = g.V().get(0) - vStar;
      if (k * 0.01 > 20 && Math.signum(d) != Math.signum(last[0]) && d != 0) {
        signChanges[0]++;
      }
      last[0] = d;
    });
    assertEquals(vStar, g.V().get(0), 1e-9);
    assertEquals(wStar, g.w().get(0), 1e-9);
    assertTrue(signChanges[0] >= 4, "damped oscillation: " + signChanges[0] + " sign changes");
  }

  @Test
  void inputAddsToIextAndSpikesAreUpwardCrossingsOfVth() {
    // Iext param 0 plus an input of 0.8 every step is the same system as Iext = 0.8
    FHNGroup viaInput = FHNGroup.builder(1).build();
    FHNGroup viaParam = FHNGroup.builder(1).Iext(0.8).build();
    List<Integer> spikes = new ArrayList<>();
    ModelTestSupport.run(viaInput, viaInput.input(), 0.8, 0.01, 20_000, k -> {
      if (viaInput.spikeCount() > 0) {
        spikes.add(k);
      }
    });
    ModelTestSupport.run(viaParam, null, 0, 0.01, 20_000, null);
    assertEquals(viaParam.V().get(0), viaInput.V().get(0), 1e-12);
    // one spike per cycle (V peaks at 1.91, above vTh = 1.8), every 36.53 time units at dt = 0.01
    assertTrue(spikes.size() >= 5, "spikes " + spikes);
    for (int i = 2; i < spikes.size(); i++) {
      assertEquals(36.53, (spikes.get(i) - spikes.get(i - 1)) * 0.01, 0.02);
    }
  }
}
