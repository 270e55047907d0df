package org.brainj.processor;

import static org.brainj.processor.Harness.compileAndLoad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.brainj.processor.Harness.Group;
import org.brainj.processor.Harness.Loaded;
import org.brainj.processor.integrate.ButcherTableau;
import org.brainj.processor.integrate.Tableaux;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated integrators compute what their Butcher tableau says: one model with one variable per
 * method (integrated by the default step), checked bitwise against a reference Runge-Kutta step
 * written here, against the hand-written Euler and RK4 formulas, and for their order of
 * convergence.
 */
class IntegrationRunTest {
  static final double A = 0.7;
  static final double TAU = 3;
  static final List<String> METHODS = new ArrayList<>(Tableaux.all().keySet());
  static Loaded allMethods;

  /** dx/dt = a cos(t) - x / tau, the same for every method. */
  static double f(double x, double t) {
    return A * Math.cos(t) - x / TAU;
  }

  @BeforeAll
  static void compileAllMethods() {
    StringBuilder src = new StringBuilder();
    src.append("package m;\n")
        .append("import org.brainj.annotations.*;\n")
        .append("@NeuGroup\n")
        .append("public class AllMethods {\n")
        .append("  @Param double a = ").append(A).append(", tau = ").append(TAU).append(";\n");
    for (int k = 0; k < METHODS.size(); k++) {
      src.append("  @Var double x").append(k).append(" = 1;\n");
    }
    for (int k = 0; k < METHODS.size(); k++) {
      src.append("  @Derivative(of = \"x").append(k).append("\", method = \"")
          .append(METHODS.get(k)).append("\")\n")
          .append("  double slope").append(k).append("(double t) { return a * Math.cos(t) - x")
          .append(k).append(" / tau; }\n");
    }
    src.append("}\n");
    allMethods = compileAndLoad(JavaFileObjects.forSourceString("m.AllMethods", src.toString()));
  }

  /** One step of an explicit RK method, with the arithmetic the expander is meant to emit. */
  static double referenceStep(ButcherTableau tab, DoubleBinaryOperator f, double x, double t,
      double dt) {
    int s = tab.stages();
    double[] k = new double[s];
    for (int i = 0; i < s; i++) {
      double xi = x;
      Double inc = null;
      for (int j = 0; j < i; j++) {
        double w = tab.a()[i][j];
        if (w != 0) {
          inc = inc == null ? w * k[j] : inc + w * k[j];
        }
      }
      if (inc != null) {
        xi = x + dt * inc;
      }
      double ti = tab.c()[i] == 0 ? t : t + tab.c()[i] * dt;
      k[i] = f.applyAsDouble(xi, ti);
    }
    Double sum = null;
    for (int i = 0; i < s; i++) {
      double w = tab.b()[i];
      if (w != 0) {
        sum = sum == null ? w * k[i] : sum + w * k[i];
      }
    }
    return x + dt * sum;
  }

  @Test
  void everyMethodMatchesItsTableauBitwise() {
    Group g = allMethods.group("m.AllMethodsGroup", 3);
    double[] x0 = {1.0, -0.37, 12.5};
    for (int k = 0; k < METHODS.size(); k++) {
      g.setVar("x" + k, x0);
    }
    double t = 0.3;
    double dt = 0.1;
    for (int step = 0; step < 3; step++) {
      g.executeStep(0, t, step, dt);
      for (int k = 0; k < METHODS.size(); k++) {
        ButcherTableau tab = Tableaux.byName(METHODS.get(k));
        double[] got = g.get("x" + k);
        for (int i = 0; i < x0.length; i++) {
          double want = referenceStep(tab, IntegrationRunTest::f, x0[i], t, dt);
          assertEquals(want, got[i], 0.0, tab.name() + ", neuron " + i + ", step " + step);
        }
      }
      x0 = g.get("x0").clone(); // all variables advance from the same values next step
      for (int k = 1; k < METHODS.size(); k++) {
        g.setVar("x" + k, x0);
      }
      t += dt;
    }
  }

  @Test
  void everyMethodConvergesWithItsOrder() {
    // exact solution of dx/dt = a cos t - x / tau, x(0) = 1
    double r = 1 / TAU;
    double tEnd = 2;
    double exact = Math.exp(-r * tEnd)
        + A * (r * Math.cos(tEnd) + Math.sin(tEnd) - r * Math.exp(-r * tEnd)) / (r * r + 1);
    double[] errors1 = errorsAt(tEnd, 20, exact);
    double[] errors2 = errorsAt(tEnd, 40, exact);
    for (int k = 0; k < METHODS.size(); k++) {
      ButcherTableau tab = Tableaux.byName(METHODS.get(k));
      double observed = Math.log(errors1[k] / errors2[k]) / Math.log(2);
      assertEquals(tab.order(), observed, 0.25, tab.name() + ": observed order " + observed
          + " (errors " + errors1[k] + ", " + errors2[k] + ")");
    }
  }

  private static double[] errorsAt(double tEnd, int steps, double exact) {
    Group g = allMethods.group("m.AllMethodsGroup", 1);
    double dt = tEnd / steps;
    for (int s = 0; s < steps; s++) {
      g.executeStep(0, s * dt, s, dt);
    }
    double[] err = new double[METHODS.size()];
    for (int k = 0; k < METHODS.size(); k++) {
      err[k] = Math.abs(g.get("x" + k)[0] - exact);
    }
    return err;
  }

  @Test
  void defaultStepIsOneUpdateThatIntegratesEveryVariable() {
    Group g = allMethods.group("m.AllMethodsGroup", 1);
    assertEquals(List.of("update"), g.stepNames());
    assertEquals(List.of("input", "update", "monitor"), g.schedule());
    g.executeStep(0, 0, 0, 0.1);
    for (int k = 0; k < METHODS.size(); k++) {
      assertTrue(g.get("x" + k)[0] != 1.0, METHODS.get(k) + " did not advance");
    }
  }

  // ------------------------------------------------------------------ hand-written formulas

  static final String DECAY = """
      package m;
      import org.brainj.annotations.*;
      import static org.brainj.annotations.Dsl.*;
      @NeuGroup
      public class Decay {
        @Param double tau = 10;
        @Var double u = 1, w = 1;
        @Derivative(method = Methods.EULER) double du() { return -u / tau; }
        @Derivative(method = Methods.RK4) double dw() { return -w / tau; }
        @Update void update() { integrateEach(u, w); }
      }
      """;

  @Test
  void oneEulerAndOneRk4StepEqualTheFormulas() {
    Loaded l = compileAndLoad(JavaFileObjects.forSourceString("m.Decay", DECAY));
    double[] tau = {10, 2.5, 0.7};
    double[] v0 = {-65, 1.25, 3e-3};
    Group g = l.builder("m.DecayGroup", 3).set("tau", tau).set("u", v0).set("w", v0).build();
    double dt = 0.1;
    g.executeStep(0, 0, 0, dt);
    double[] u = g.get("u");
    double[] w = g.get("w");
    for (int i = 0; i < 3; i++) {
      double v = v0[i];
      double ta = tau[i];
      assertEquals(v + dt * (-v / ta), u[i], 0.0, "Euler, neuron " + i);
      double k1 = -v / ta;
      double k2 = -(v + dt * (0.5 * k1)) / ta;
      double k3 = -(v + dt * (0.5 * k2)) / ta;
      double k4 = -(v + dt * k3) / ta;
      double rk4 = v + dt * ((1.0 / 6) * k1 + (1.0 / 3) * k2 + (1.0 / 3) * k3 + (1.0 / 6) * k4);
      assertEquals(rk4, w[i], 0.0, "RK4, neuron " + i);
      double exact = v * Math.exp(-dt / ta);
      assertEquals(exact, w[i], Math.abs(v) * Math.pow(dt / ta, 5) / 60, "RK4 vs exact");
    }
  }

  // ------------------------------------------------------------------ joint vs each

  static final String ROTATION = """
      package m;
      import org.brainj.annotations.*;
      import static org.brainj.annotations.Dsl.*;
      @NeuGroup
      public class Rotation {
        @Var double x = 1, y = 0, p = 1, q = 0;
        @Derivative(method = Methods.MIDPOINT) double dx() { return -y; }
        @Derivative(method = Methods.MIDPOINT) double dy() { return x; }
        @Derivative(method = Methods.MIDPOINT) double dp() { return -q; }
        @Derivative(method = Methods.MIDPOINT) double dq() { return p; }
        @Update void update() {
          integrate(x, y);
          integrateEach(p, q);
        }
      }
      """;

  @Test
  void integrateIsJointAndIntegrateEachIsNot() {
    Loaded l = compileAndLoad(JavaFileObjects.forSourceString("m.Rotation", ROTATION));
    Group g = l.group("m.RotationGroup", 1);
    double dt = 0.25;
    g.executeStep(0, 0, 0, dt);
    // jointly: the midpoint stage of x uses the midpoint stage of y
    double x = 1;
    double y = 0;
    double xm = x + dt * (0.5 * -y);
    double ym = y + dt * (0.5 * x);
    assertEquals(x + dt * -ym, g.get("x")[0], 0.0);
    assertEquals(y + dt * xm, g.get("y")[0], 0.0);
    // each on its own: the other variable stays at its value from before the call
    assertEquals(x + dt * -y, g.get("p")[0], 0.0);
    assertEquals(y + dt * x, g.get("q")[0], 0.0);
    assertTrue(g.get("x")[0] != g.get("p")[0]);
  }

  // ------------------------------------------------------------------ Hodgkin-Huxley

  static final String HH = """
      package m;
      import org.brainj.annotations.*;
      import static org.brainj.annotations.Dsl.*;
      import static java.lang.Math.exp;
      /** Hodgkin-Huxley with helpers for the rates. */
      @NeuGroup
      public class HH {
        @Param double ENa = 50, EK = -77, EL = -54.387, gNa = 120, gK = 36, gL = 0.03, C = 1;
        @Param double vTh = 20;
        @Var double V = -65, m = 0.05, h = 0.6, n = 0.32;
        @Spike boolean spike;
        @Input double input;

        static double alphaM(double V) { double x = V + 40; return 0.1 * x / (1 - exp(-x / 10)); }
        static double betaM(double V) { return 4.0 * exp(-(V + 65) / 18); }
        static double alphaH(double V) { return 0.07 * Math.exp(-(V + 65) / 20.); }
        static double betaH(double V) { return 1 / (1 + exp(-(V + 35) / 10)); }
        static double alphaN(double V) { double x = V + 55; x = x / 10; return 0.1 * x / (1 - exp(-x)); }
        static double betaN(double V) { return 0.125 * exp(-(V + 65) / 80); }
        static double gate(double a, double b, double g) { return a * (1 - g) - b * g; }

        @Derivative(method = Methods.RK4) double dm() { return gate(alphaM(V), betaM(V), m); }
        @Derivative(method = Methods.RK4) double dh(double h, double V) { return gate(alphaH(V), betaH(V), h); }
        @Derivative(method = Methods.RK4) double dn() { return gate(alphaN(V), betaN(V), n); }
        @Derivative(method = Methods.RK4)
        double dV() {
          double INa = gNa * m * m * m * h * (V - ENa);
          double IK = gK * n * n * n * n * (V - EK);
          double IL = gL * (V - EL);
          return (-INa - IK - IL + input) / C;
        }

        @Update
        void update() {
          double before = V;
          integrate(V, m, h, n);
          spike = before < vTh && V >= vTh;
        }
      }
      """;

  /** The HH right-hand side, written like the model. */
  static double[] hh(double[] s, double input) {
    double v = s[0];
    double m = s[1];
    double h = s[2];
    double n = s[3];
    double am;
    {
      double x = v + 40;
      am = 0.1 * x / (1 - Math.exp(-x / 10));
    }
    double bm = 4.0 * Math.exp(-(v + 65) / 18);
    double ah = 0.07 * Math.exp(-(v + 65) / 20.);
    double bh = 1 / (1 + Math.exp(-(v + 35) / 10));
    double an;
    {
      double x = v + 55;
      x = x / 10;
      an = 0.1 * x / (1 - Math.exp(-x));
    }
    double bn = 0.125 * Math.exp(-(v + 65) / 80);
    double iNa = 120.0 * m * m * m * h * (v - 50.0);
    double iK = 36.0 * n * n * n * n * (v - -77.0);
    double iL = 0.03 * (v - -54.387);
    return new double[] {
      (-iNa - iK - iL + input) / 1.0,
      am * (1 - m) - bm * m,
      ah * (1 - h) - bh * h,
      an * (1 - n) - bn * n
    };
  }

  @Test
  void hodgkinHuxleyIsAJointRk4StepWithInlinedHelpers() {
    Loaded l = compileAndLoad(JavaFileObjects.forSourceString("m.HH", HH));
    Group g = l.group("m.HHGroup", 2);
    double[][] state = {{-65, 0.05, 0.6, 0.32}, {-65, 0.05, 0.6, 0.32}};
    double[] current = {0, 10};
    double dt = 0.01;
    int spikes1 = 0;
    for (int step = 0; step < 2000; step++) {
      g.setVar("input", current);
      g.executeStep(0, step * dt, step, dt);
      assertEquals(0.0, g.get("input")[1], 0.0, "inputs are cleared after the last step");
      for (int i = 0; i < 2; i++) {
        double before = state[i][0];
        state[i] = rk4(state[i], current[i], dt);
        boolean spike = before < 20 && state[i][0] >= 20;
        assertEquals(spike ? 1.0 : 0.0, g.get("spike")[i], "spike of neuron " + i + " at "
            + step);
        if (spike && i == 1) {
          spikes1++;
        }
      }
      String[] names = {"V", "m", "h", "n"};
      for (int v = 0; v < 4; v++) {
        double[] got = g.get(names[v]);
        for (int i = 0; i < 2; i++) {
          assertEquals(state[i][v], got[i], 0.0, names[v] + " of neuron " + i + " at step "
              + step);
        }
      }
    }
    assertTrue(spikes1 >= 1, "a driven HH neuron spikes within 20 ms");
  }

  private static double[] rk4(double[] s, double input, double dt) {
    double[] k1 = hh(s, input);
    double[] s2 = new double[4];
    for (int v = 0; v < 4; v++) {
      s2[v] = s[v] + dt * (0.5 * k1[v]);
    }
    double[] k2 = hh(s2, input);
    double[] s3 = new double[4];
    for (int v = 0; v < 4; v++) {
      s3[v] = s[v] + dt * (0.5 * k2[v]);
    }
    double[] k3 = hh(s3, input);
    double[] s4 = new double[4];
    for (int v = 0; v < 4; v++) {
      s4[v] = s[v] + dt * k3[v];
    }
    double[] k4 = hh(s4, input);
    double[] out = new double[4];
    for (int v = 0; v < 4; v++) {
      out[v] = s[v] + dt * ((1.0 / 6) * k1[v] + (1.0 / 3) * k2[v] + (1.0 / 3) * k3[v]
          + (1.0 / 6) * k4[v]);
    }
    return out;
  }
}
