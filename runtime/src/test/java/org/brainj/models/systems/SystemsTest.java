package org.brainj.models.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brainj.models.FHNGroup;
import org.brainj.models.HHGroup;
import org.brainj.runtime.group.Clock;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.ode.Odeint;
import org.brainj.runtime.ode.Trajectory;
import org.brainj.runtime.ode.VectorField;
import org.junit.jupiter.api.Test;

/**
 * The built-in systems of manual 2.1 against independent references
 * ({@code reference/*.json, *.csv}: SciPy and mpmath) and against the neuron groups and the
 * lambdas that state the same equations.
 */
class SystemsTest {
  // ------------------------------------------------------------------ FitzHugh-Nagumo

  @Test
  void fhnJacobianAtTheReferenceFixedPointIsTheReferenceJacobian() {
    String json = text("fhn_fixed_point.json");
    String mp = json.substring(json.indexOf("\"fixed_point_mp40\""));
    double v = number(mp, "V");
    double w = number(mp, "w");
    FHNSystem fhn = FHNSystem.create().Iext(0.8);
    double[] x = {v, w};
    double[] f = fhn.derivative(x, 0);
    assertEquals(0, f[0], 1e-15);
    assertEquals(0, f[1], 1e-15);
    double[][] expected = matrix(json, "jacobian", 2);
    double[][] jac = fhn.jacobian(x, 0);
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        assertEquals(expected[i][j], jac[i][j], 1e-12, "J[" + i + "][" + j + "]");
      }
    }
    // eigenvalues from trace and determinant: the reference's unstable node
    double tr = jac[0][0] + jac[1][1];
    double det = jac[0][0] * jac[1][1] - jac[0][1] * jac[1][0];
    double disc = Math.sqrt(tr * tr / 4 - det);
    double[][] ev = matrix(json, "eigenvalues", 2);
    assertEquals(ev[0][0], tr / 2 + disc, 1e-12);
    assertEquals(ev[1][0], tr / 2 - disc, 1e-12);
    assertEquals(number(json, "trace"), tr, 1e-12);
    assertEquals(number(json, "det"), det, 1e-12);
  }

  @Test
  void fhnDefaultsAreTheManuals() {
    FHNSystem fhn = FHNSystem.create();
    assertEquals(List.of("V", "w"), fhn.names());
    assertEquals(List.of("a", "b", "tau", "Iext"), fhn.parameterNames());
    assertEquals(1.0, fhn.parameter("Iext"));
    assertEquals(0.7, fhn.a());
    assertEquals(0, FHNSystem.V);
    assertEquals(1, FHNSystem.w);
    assertEquals(2, fhn.dimension());
    assertEquals("FHNSystem{a=0.7, b=0.8, tau=12.5, Iext=1.0}", fhn.toString());
    // manual 2.1.3: V, w = 0, 0, Iext = 1, dt = 0.01 for 100: it oscillates
    Trajectory tr = fhn.trajectory(fhn.initialState(), 0, 100, 0.01);
    double[] vs = tr.of("V");
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (int k = tr.size() / 2; k < tr.size(); k++) {
      max = Math.max(max, vs[k]);
      min = Math.min(min, vs[k]);
    }
    assertTrue(max > 1.5 && min < -1.5, "relaxation oscillation, V in [" + min + ", " + max + "]");
  }

  /** The neuron model FHN with no input steps the same bits as the system (x + 0.0 == x). */
  @Test
  void fhnSystemStepsTheNeuronGroupsBits() {
    FHNGroup g = FHNGroup.builder(1).Iext(0.8).build();
    FHNSystem fhn = FHNSystem.create().Iext(0.8);
    double[] x = {g.V().get(0), g.w().get(0)};
    run(g, 0.01, 5000, k -> {
      fhn.step(x, k * 0.01, 0.01);
      assertEquals(Double.doubleToRawLongBits(g.V().get(0)), Double.doubleToRawLongBits(x[0]));
      assertEquals(Double.doubleToRawLongBits(g.w().get(0)), Double.doubleToRawLongBits(x[1]));
    });
  }

  /**
   * The manual's lambdas (2.1.3, 2.1.4), written with the models' expressions, integrated by
   * {@link Odeint} with the models' methods: the generated systems' bits (Odeint's Runge-Kutta
   * arithmetic is the processor's expansion).
   */
  @Test
  void odeintOnTheManualsLambdasGivesTheGeneratedBits() {
    double a = 0.7;
    double b = 0.8;
    double tau = 12.5;
    double iext = 1;
    Odeint fhnOde = Odeint.of((t, y, dy) -> {
      dy[0] = y[0] - y[0] * y[0] * y[0] / 3 - y[1] + iext;
      dy[1] = (y[0] + a - b * y[1]) / tau;
    }).method("euler").dt(0.01);
    FHNSystem fhn = FHNSystem.create();
    double[] viaOdeint = fhn.initialState();
    double[] generated = fhn.initialState();
    for (int k = 0; k < 10_000; k++) {
      fhnOde.step(viaOdeint, k * 0.01);
      fhn.step(generated, k * 0.01, 0.01);
    }
    assertBits(generated, viaOdeint, "FHN euler");

    Odeint hhOde = Odeint.of((t, y, dy) -> {
      double v = y[0];
      double m = y[1];
      double h = y[2];
      double n = y[3];
      double iNa = 120.0 * m * m * m * h * (v - 50.0);
      double iK = 36.0 * n * n * n * n * (v - -77.0);
      double iLeak = 0.03 * (v - -54.387);
      dy[0] = (-iNa - iK - iLeak + 10.0) / 1.0;
      double alphaM = 0.1 * (v + 40) / (1 - Math.exp(-(v + 40) / 10));
      double betaM = 4.0 * Math.exp(-(v + 65) / 18);
      dy[1] = alphaM * (1 - m) - betaM * m;
      double alphaH = 0.07 * Math.exp(-(v + 65) / 20);
      double betaH = 1 / (1 + Math.exp(-(v + 35) / 10));
      dy[2] = alphaH * (1 - h) - betaH * h;
      double alphaN = 0.01 * (v + 55) / (1 - Math.exp(-(v + 55) / 10));
      double betaN = 0.125 * Math.exp(-(v + 65) / 80);
      dy[3] = alphaN * (1 - n) - betaN * n;
    }).method("rk4").dt(0.01);
    HHSystem hh = HHSystem.create();
    double[] hhOdeint = {0, 0, 0, 0}; // the manual's start
    double[] hhGenerated = {0, 0, 0, 0};
    for (int k = 0; k < 10_000; k++) {
      hhOde.step(hhOdeint, k * 0.01);
      hh.step(hhGenerated, k * 0.01, 0.01);
    }
    assertBits(hhGenerated, hhOdeint, "HH rk4");
  }

  private static void assertBits(double[] expected, double[] actual, String what) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
          what + " variable " + i + ": " + expected[i] + " vs " + actual[i]);
    }
  }

  @Test
  void finiteDifferenceJacobianAgreesWithTheExactOne() {
    FHNSystem fhn = FHNSystem.create();
    VectorField lambda = VectorField.of((t, y, dy) -> fhn.derivative(y, t, dy), "V", "w");
    double[] x = {1.3, -0.4};
    double[][] exact = fhn.jacobian(x, 0);
    double[][] fd = lambda.jacobian(x, 0);
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        assertEquals(exact[i][j], fd[i][j], 1e-9);
      }
    }
  }

  // ------------------------------------------------------------------ Hodgkin-Huxley

  /** With Iext = 10 and a constant input of 10, the HH group and the system step the same bits. */
  @Test
  void hhSystemStepsTheNeuronGroupsBits() {
    HHGroup g = HHGroup.builder(1).m(0.05).build();
    HHSystem hh = HHSystem.create();
    double[] x = hh.initialState();
    assertEquals(-65, x[HHSystem.V]);
    assertEquals(0.05, x[HHSystem.m]);
    run(g, 0.01, 3000, k -> {
      hh.step(x, k * 0.01, 0.01);
      assertEquals(Double.doubleToRawLongBits(g.V().get(0)), Double.doubleToRawLongBits(x[0]),
          "step " + k);
      assertEquals(Double.doubleToRawLongBits(g.n().get(0)), Double.doubleToRawLongBits(x[3]));
    }, 10.0);
  }

  /**
   * Manual 2.1.4 from the reference state, rk4 at dt = 0.01 for 100 ms, against SciPy's DOP853
   * (rtol 1e-10): the 7 spike times (upward crossings of 20 mV, interpolated linearly within the
   * step) and the state every 0.1 ms. Measured: spike times within 7.8e-5 ms, V within
   * 1.3e-4 mV, the gates within 4e-7 (rk4's global error at this dt; the worst points are on the
   * upstroke, where V changes by about 100 mV/ms); accepted: ten times that.
   */
  @Test
  void hhSpikeTimesAndTraceMatchTheReference() {
    HHSystem hh = HHSystem.create();
    Trajectory tr = hh.trajectory(hh.initialState(), 0, 100, 0.01);
    double[] t = tr.times();
    double[] v = tr.of("V");
    List<Double> spikes = new ArrayList<>();
    for (int k = 1; k < v.length; k++) {
      if (v[k - 1] < 20 && v[k] >= 20) {
        spikes.add(t[k - 1] + (t[k] - t[k - 1]) * (20 - v[k - 1]) / (v[k] - v[k - 1]));
      }
    }
    List<double[]> ref = csv("hh_single_neuron_I10_spikes.csv");
    assertEquals(ref.size(), spikes.size(), "spikes " + spikes);
    double worstSpike = 0;
    for (int i = 0; i < ref.size(); i++) {
      worstSpike = Math.max(worstSpike, Math.abs(ref.get(i)[1] - spikes.get(i)));
    }
    double worstV = 0;
    double worstGate = 0;
    for (double[] row : csv("hh_single_neuron_I10_trace_0.1ms.csv")) {
      int k = (int) Math.round(row[0] / 0.01);
      worstV = Math.max(worstV, Math.abs(tr.values()[k][0] - row[1]));
      for (int g = 1; g <= 3; g++) {
        worstGate = Math.max(worstGate, Math.abs(tr.values()[k][g] - row[g + 1]));
      }
    }
    System.out.printf("HHSystem rk4 dt=0.01 vs DOP853: spike times %.2e ms, V %.2e mV,"
        + " gates %.2e%n", worstSpike, worstV, worstGate);
    assertTrue(worstSpike < 7.8e-4, "spike times off by " + worstSpike);
    assertTrue(worstV < 1.3e-3, "V off by " + worstV);
    assertTrue(worstGate < 4e-6, "gates off by " + worstGate);
  }

  @Test
  void hhJacobianMatchesFiniteDifferencesAlongASpike() {
    HHSystem hh = HHSystem.create();
    VectorField fd = VectorField.of((t, y, dy) -> hh.derivative(y, t, dy), "V", "m", "h", "n");
    Trajectory tr = hh.trajectory(hh.initialState(), 0, 20, 0.01, 50);
    for (double[] x : tr.values()) {
      double[][] exact = hh.jacobian(x, 0);
      double[][] approx = fd.jacobian(x, 0);
      for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 4; j++) {
          assertEquals(approx[i][j], exact[i][j], 1e-6 * Math.max(1, Math.abs(exact[i][j])),
              "J[" + i + "][" + j + "] at V = " + x[0]);
        }
      }
    }
  }

  // ------------------------------------------------------------------ Hindmarsh-Rose

  /**
   * The fast subsystem's equilibria for frozen z (reference CSV, I = 0.5): dx and dy vanish there,
   * and the upper 2x2 block of the system's Jacobian has the reference eigenvalues.
   */
  @Test
  void hindmarshRoseFastSubsystemEquilibriaAndEigenvalues() {
    HindmarshRoseSystem hr = HindmarshRoseSystem.create();
    assertEquals(0.5, hr.Isyn());
    int rows = 0;
    for (double[] row : csv("hr_fast_subsystem_equilibria.csv")) {
      double[] x = {row[3], row[4], row[0]};
      double[] f = hr.derivative(x, 0);
      assertEquals(0, f[0], 1e-12 * Math.max(1, Math.abs(row[0])), "dx at z = " + row[0]);
      assertEquals(0, f[1], 1e-12, "dy at z = " + row[0]);
      double[][] j = hr.jacobian(x, 0);
      double tr = j[0][0] + j[1][1];
      double det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
      double disc = tr * tr / 4 - det;
      double re1;
      double im1;
      double re2;
      double im2;
      if (disc >= 0) {
        re1 = tr / 2 - Math.sqrt(disc);
        re2 = tr / 2 + Math.sqrt(disc);
        im1 = 0;
        im2 = 0;
      } else {
        re1 = tr / 2;
        re2 = tr / 2;
        im1 = -Math.sqrt(-disc);
        im2 = Math.sqrt(-disc);
      }
      double[] expected = {row[5], row[6], row[7], row[8]};
      double[] got = {re1, im1, re2, im2};
      // the reference lists each pair in some order: compare as sets
      boolean same = close(expected, got) || close(expected, new double[] {re2, im2, re1, im1});
      assertTrue(same, "eigenvalues at z = " + row[0] + ": " + java.util.Arrays.toString(got)
          + " vs " + java.util.Arrays.toString(expected));
      assertEquals(0.0, j[0][2] + 1, 0, "dx/dz = -1");
      rows++;
    }
    assertTrue(rows >= 101, rows + " rows");
  }

  private static boolean close(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      if (Math.abs(a[i] - b[i]) > 1e-9 * Math.max(1, Math.abs(a[i]))) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ support

  interface AfterStep {
    void after(int k);
  }

  private static void run(NeuronGroup g, double dt, int steps, AfterStep after) {
    run(g, dt, steps, after, 0);
  }

  private static void run(NeuronGroup g, double dt, int steps, AfterStep after, double input) {
    Clock clock = new Clock(dt);
    for (int k = 0; k < steps; k++) {
      clock.set(k * dt, k);
      if (input != 0) {
        g.var("input").fill(input);
      }
      g.executeStep(0, clock);
      after.after(k);
    }
  }

  static String text(String resource) {
    try (InputStream in = SystemsTest.class.getResourceAsStream("/reference/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource reference/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<double[]> csv(String resource) {
    List<double[]> rows = new ArrayList<>();
    String[] lines = text(resource).split("\r?\n");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split(",");
      double[] row = new double[cells.length];
      for (int c = 0; c < cells.length; c++) {
        try {
          row[c] = Double.parseDouble(cells[c]);
        } catch (NumberFormatException e) {
          row[c] = Double.NaN; // text columns
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /** The first {@code "key": number} or {@code "key": "number"} in {@code json}. */
  static double number(String json, String key) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"?([-+0-9.eE]+)")
        .matcher(json);
    if (!m.find()) {
      throw new IllegalArgumentException("no number '" + key + "'");
    }
    return Double.parseDouble(m.group(1));
  }

  /** The n x n array of arrays under {@code "key"}. */
  static double[][] matrix(String json, String key, int n) {
    int at = json.indexOf("\"" + key + "\"");
    Matcher m = Pattern.compile("[-+]?[0-9][0-9.eE+-]*").matcher(json.substring(at + key.length()
        + 2));
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (!m.find()) {
          throw new IllegalArgumentException("short matrix '" + key + "'");
        }
        out[i][j] = Double.parseDouble(m.group());
      }
    }
    return out;
  }
}
