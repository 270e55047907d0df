package org.brainj.processor;

import static org.brainj.processor.Harness.compileAndLoad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import org.brainj.processor.Harness.Group;
import org.brainj.processor.Harness.Loaded;
import org.junit.jupiter.api.Test;

/** Exponential Euler from symbolic derivatives, compiled and run (manual 11.3). */
class ExponentialEulerTest {

  static final String LINEAR = """
      package m;
      import org.brainj.annotations.*;
      @NeuGroup
      public class Leaky {
        @Param double tau = 10, vRest = -65, R = 2;
        @Var double V = -70;
        @Input double input;
        @Derivative(method = Methods.EXP_EULER)
        double dV() { double drive = R * input; return (-(V - vRest) + drive) / tau; }
      }
      """;

  @Test
  void exactOnALinearEquationAtAnyStep() {
    Loaded l = compileAndLoad(JavaFileObjects.forSourceString("m.Leaky", LINEAR));
    for (double dt : new double[] {0.1, 1.0, 5.0}) {
      Group g = l.builder("m.LeakyGroup", 1).build();
      double vInf = -65 + 2 * 3.0;
      for (int k = 0; k < 20; k++) {
        g.setVar("input", 3.0);
        g.executeStep(0, k * dt, k, dt);
        double t = (k + 1) * dt;
        double exact = vInf + (-70 - vInf) * Math.exp(-t / 10);
        assertEquals(exact, g.get("V")[0], 1e-12 * Math.abs(exact),
            "dt " + dt + " step " + k);
      }
    }
  }

  static final String HH = """
      package m;
      import static org.brainj.annotations.Dsl.integrate;
      import org.brainj.annotations.*;
      @NeuGroup
      public class HHx {
        @Param double ENa = 50, EK = -77, EL = -54.387, C = 1, gNa = 120, gK = 36, gL = 0.03;
        @Var double V = -65, m = 0.05, h = 0.6, n = 0.32;
        @Input double input;
        static double am(double V) { return 0.1 * (V + 40) / (1 - Math.exp(-(V + 40) / 10)); }
        @Derivative(method = "%1$s") double dm() { return am(V) * (1 - m) - 4.0 * Math.exp(-(V + 65) / 18) * m; }
        @Derivative(method = "%1$s") double dh() { return 0.07 * Math.exp(-(V + 65) / 20) * (1 - h) - 1 / (1 + Math.exp(-(V + 35) / 10)) * h; }
        @Derivative(method = "%1$s") double dn() { return 0.01 * (V + 55) / (1 - Math.exp(-(V + 55) / 10)) * (1 - n) - 0.125 * Math.exp(-(V + 65) / 80) * n; }
        @Derivative(method = "%1$s") double dV() {
          double iNa = gNa * Math.pow(m, 3) * h * (V - ENa);
          double iK = gK * Math.pow(n, 4) * (V - EK);
          return (-iNa - iK - gL * (V - EL) + input) / C;
        }
        @Update void update() { integrate(V, m, h, n); }
      }
      """;

  private static double maxAbsV(String method, double dt, double duration) {
    Loaded l = compileAndLoad(JavaFileObjects.forSourceString("m.HHx", HH.formatted(method)));
    Group g = l.builder("m.HHxGroup", 1).build();
    double max = 0;
    int steps = (int) Math.round(duration / dt);
    for (int k = 0; k < steps; k++) {
      g.setVar("input", 10.0);
      g.executeStep(0, k * dt, k, dt);
      double v = g.get("V")[0];
      if (!Double.isFinite(v)) {
        return Double.POSITIVE_INFINITY;
      }
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }

  @Test
  void hhAtALargeStepStaysFiniteWithExponentialEulerWhereEulerAndRk4BlowUp() {
    // manual 11.3: at dt = 0.2 the HH model diverges with Euler and RK4 but not with
    // exponential Euler
    assertTrue(maxAbsV("exp_euler", 0.2, 100) < 150, "exponential Euler stays physiological");
    assertTrue(maxAbsV("euler", 0.2, 100) > 1e3, "Euler diverges");
    assertTrue(maxAbsV("rk4", 0.2, 100) > 1e3, "RK4 diverges");
  }

  @Test
  void firstOrderConvergenceOnHh() {
    // exponential Euler is first order: halving dt halves the error of V at T
    double[] dts = {0.04, 0.02, 0.01};
    double[] v = new double[dts.length];
    Loaded l = compileAndLoad(JavaFileObjects.forSourceString("m.HHx", HH.formatted("exp_euler")));
    Loaded ref = compileAndLoad(JavaFileObjects.forSourceString("m.HHx", HH.formatted("rk4")));
    double reference = finalV(ref, 0.0005, 6.0);
    for (int k = 0; k < dts.length; k++) {
      v[k] = finalV(l, dts[k], 6.0);
    }
    double e1 = Math.abs(v[0] - reference);
    double e2 = Math.abs(v[1] - reference);
    double e3 = Math.abs(v[2] - reference);
    double order1 = Math.log(e1 / e2) / Math.log(2);
    double order2 = Math.log(e2 / e3) / Math.log(2);
    // first order, with a band for the pre-asymptotic regime of a spiking trajectory
    assertEquals(1.0, order1, 0.3, "order between dt 0.04 and 0.02: errors " + e1 + ", " + e2);
    assertEquals(1.0, order2, 0.3, "order between dt 0.02 and 0.01: errors " + e2 + ", " + e3);
  }

  private static double finalV(Loaded l, double dt, double duration) {
    Group g = l.builder("m.HHxGroup", 1).build();
    int steps = (int) Math.round(duration / dt);
    for (int k = 0; k < steps; k++) {
      g.setVar("input", 10.0);
      g.executeStep(0, k * dt, k, dt);
    }
    return g.get("V")[0];
  }
}
