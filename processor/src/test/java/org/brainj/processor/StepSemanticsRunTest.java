package org.brainj.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.brainj.processor.Harness.compileAndLoad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import org.brainj.processor.Harness.Group;
import org.brainj.processor.Harness.Loaded;
import org.junit.jupiter.api.Test;

/**
 * Generated step functions do what the model's Java says, neuron by neuron: each test runs a
 * generated group and compares with the same statements executed here.
 */
class StepSemanticsRunTest {

  private static Loaded load(String qualifiedName, String source) {
    return compileAndLoad(JavaFileObjects.forSourceString(qualifiedName, source));
  }

  // ------------------------------------------------------------------ LIF

  static final String LIF = """
      package m;
      import org.brainj.annotations.*;
      import static org.brainj.annotations.Dsl.*;
      @NeuGroup
      public class LIF {
        @Param double vRest = -65, vTh = -50, vReset = -65, tau = 10, tauRef = 2;
        @Var double V = vReset, tLast = -1e7;
        @Spike boolean spike;
        @Input double input;

        @Derivative(method = Methods.RK4)
        double dV() { return (-(V - vRest) + input) / tau; }

        @Update
        void update(double t) {
          spike = false;
          if (t - tLast > tauRef) {
            integrate(V);
            if (V >= vTh) { V = vReset; spike = true; tLast = t; }
          }
        }
      }
      """;

  @Test
  void lifWithRefractorinessSpikesAndInputsMatchesAHandWrittenSimulation() {
    Loaded l = load("m.LIF", LIF);
    double[] tau = {10, 5, 20, 10};
    double[] vReset = {-65, -70, -60, -65};
    double[] current = {20, 30, 25, 5}; // the last one stays below threshold
    Group g = l.builder("m.LIFGroup", 4).set("tau", tau).set("vReset", vReset).build();
    assertArrayEquals(vReset, g.get("V"), "V starts at the per-neuron vReset");
    double dt = 0.1;
    double[] v = vReset.clone();
    double[] tLast = {-1e7, -1e7, -1e7, -1e7};
    int[] spikeCounts = new int[4];
    for (int step = 0; step < 1000; step++) {
      double t = step * dt;
      g.setVar("input", current);
      g.executeStep(0, t, step, dt);
      List<Integer> spiking = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        boolean spike = false;
        if (t - tLast[i] > 2) {
          double in = current[i];
          double k1 = (-(v[i] - -65) + in) / tau[i];
          double k2 = (-((v[i] + dt * (0.5 * k1)) - -65) + in) / tau[i];
          double k3 = (-((v[i] + dt * (0.5 * k2)) - -65) + in) / tau[i];
          double k4 = (-((v[i] + dt * k3) - -65) + in) / tau[i];
          v[i] += dt * ((1.0 / 6) * k1 + (1.0 / 3) * k2 + (1.0 / 3) * k3 + (1.0 / 6) * k4);
          if (v[i] >= -50) {
            v[i] = vReset[i];
            spike = true;
            tLast[i] = t;
          }
        }
        if (spike) {
          spiking.add(i);
          spikeCounts[i]++;
        }
        assertEquals(spike ? 1.0 : 0.0, g.get("spike")[i], "spike " + i + " at step " + step);
      }
      assertArrayEquals(v, g.get("V"), "V at step " + step);
      assertArrayEquals(tLast, g.get("tLast"), "tLast at step " + step);
      assertArrayEquals(new double[4], g.get("input"), "inputs are cleared after the step");
      assertEquals(spiking.size(), g.spikeCount());
      for (int k = 0; k < spiking.size(); k++) {
        assertEquals(spiking.get(k), g.spikeIndices()[k]);
      }
    }
    assertTrue(spikeCounts[0] > 3 && spikeCounts[1] > 3 && spikeCounts[2] > 3);
    assertEquals(0, spikeCounts[3]);
  }

  @Test
  void parametersCanBeChangedOnTheGroupBetweenSteps() {
    Loaded l = load("m.LIF", LIF);
    Group g = l.group("m.LIFGroup", 2);
    g.setParam("vTh", new double[] {-64.999, 100}); // per neuron, through the typed accessor
    g.setVar("input", new double[] {1, 1});
    g.executeStep(0, 0, 0, 0.1);
    assertArrayEquals(new double[] {1, 0}, g.get("spike"));
    assertArrayEquals(new double[] {0, -1e7}, g.get("tLast"));
  }

  // ------------------------------------------------------------------ control flow

  static final String BRANCHES = """
      package m;
      import org.brainj.annotations.*;
      @NeuGroup
      public class Branches {
        @Param double big = 10;
        @Var double x, y, z;
        @Var int branch;
        @Update
        void update() {
          if (x < 0) {
            if (x < -big) branch = -2;
            else branch = -1;
          } else if (x == 0) {
            branch = 0;
          } else if (x <= 1) {
            branch = 1;
          } else {
            branch = x > big ? 3 : 2;
          }
          y = x > 0 ? (x > 5 ? x * 2 : x / 2) : -x;
          z = x < -big ? -1 : x < 0 ? -0.5 : x == 0 ? 0 : x <= big ? 0.5 : 1;
        }
      }
      """;

  @Test
  void ifElseIfElseAndTernariesPickTheBranchPerNeuron() {
    Loaded l = load("m.Branches", BRANCHES);
    double[] x = {-20, -10, -1, -0.0, 0, 0.5, 1, 7, 10, 20, Double.NaN};
    Group g = l.builder("m.BranchesGroup", x.length).set("x", x).build();
    g.executeStep(0, 0, 0, 0.1);
    double[] branch = g.get("branch");
    double[] y = g.get("y");
    double[] z = g.get("z");
    for (int i = 0; i < x.length; i++) {
      double xi = x[i];
      int b;
      if (xi < 0) {
        b = xi < -10 ? -2 : -1;
      } else if (xi == 0) {
        b = 0;
      } else if (xi <= 1) {
        b = 1;
      } else {
        b = xi > 10 ? 3 : 2;
      }
      assertEquals(b, branch[i], 0.0, "branch for x = " + xi);
      double yi = xi > 0 ? (xi > 5 ? xi * 2 : xi / 2) : -xi;
      assertEquals(Double.doubleToRawLongBits(yi), Double.doubleToRawLongBits(y[i]),
          "y for x = " + xi);
      double zi = xi < -10 ? -1 : xi < 0 ? -0.5 : xi == 0 ? 0 : xi <= 10 ? 0.5 : 1;
      assertEquals(zi, z[i], 0.0, "z for x = " + xi);
    }
  }

  static final String SHADOW = """
      package m;
      import org.brainj.annotations.*;
      import static org.brainj.annotations.Dsl.*;
      @NeuGroup
      public class Shadow {
        @Param double tau = 4;
        @Var double V = 1, w;
        @Derivative double dw() { double V = this.V * 2; return V - w; }
        @Update
        void update() {
          double tau = this.tau * 2;
          double V = this.V + 1;
          this.V = V / tau;
          {
            double w = 3;
            V = w;
          }
          integrate(w);
          this.w += V;
        }
      }
      """;

  @Test
  void localsShadowFieldsAndThisSelectsTheField() {
    Loaded l = load("m.Shadow", SHADOW);
    Group g = l.builder("m.ShadowGroup", 2).set("tau", new double[] {4, 0.5})
        .set("V", new double[] {1, -3}).set("w", new double[] {0.25, 2}).build();
    g.executeStep(0, 0, 0, 0.1);
    double[] tau = {4, 0.5};
    double[] v0 = {1, -3};
    double[] w0 = {0.25, 2};
    for (int i = 0; i < 2; i++) {
      double v = (v0[i] + 1) / (tau[i] * 2);
      assertEquals(v, g.get("V")[i], 0.0, "this.V = V / tau with locals V and tau");
      double w = w0[i] + 0.1 * (v * 2 - w0[i]); // the derivative reads the updated V
      assertEquals(w + 3, g.get("w")[i], 0.0, "this.w += V, V being the local set to 3");
    }
  }

  // ------------------------------------------------------------------ types and operators

  static final String TYPES = """
      package m;
      import org.brainj.annotations.*;
      @NeuGroup
      public class Types {
        @Param int k = 4;
        @Param float fp = 0.25f;
        @Var double x;
        @Var int count = 3;
        @Var float f = 1.5f;
        @Var boolean flag = true, other;
        @Update
        void update(double t, double dt) {
          count++; count += k; count -= 1; count *= 2; count /= 3; count %= 7;
          --count; ++count; count--;
          count += 0.6 * k;
          f *= 2; f += fp; f -= 0.5f; f++; f /= 3;
          x += dt; x *= 1.5; x /= 2; x -= 0.25; x %= 0.7; x++; --x;
          int trunc = (int) (x * 3.7);
          double half = (double) trunc / 2;
          float narrow = (float) half;
          f += narrow;
          int q = count / 2 + count % 3 - -k;
          count = q;
          flag = !flag && count > 0 || t > 100;
          other = flag == (x > 0) != (f < 2);
        }
      }
      """;

  @Test
  void intFloatAndBooleanVariablesFollowJavaSemantics() {
    Loaded l = load("m.Types", TYPES);
    double[] x0 = {-2.3, 0, 0.45, 3.9};
    Group g = l.builder("m.TypesGroup", 4).set("x", x0).set("k", new double[] {4, -3, 7, 0})
        .build();
    int[] ks = {4, -3, 7, 0};
    assertThat(g.array("count")).isInstanceOf(int[].class);
    assertThat(g.array("f")).isInstanceOf(float[].class);
    assertThat(g.array("flag")).isInstanceOf(boolean[].class);
    double dt = 0.1;
    double[] x = x0.clone();
    int[] count = {3, 3, 3, 3};
    float[] f = {1.5f, 1.5f, 1.5f, 1.5f};
    boolean[] flag = {true, true, true, true};
    boolean[] other = new boolean[4];
    for (int step = 0; step < 5; step++) {
      double t = step * 40;
      g.executeStep(0, t, step, dt);
      for (int i = 0; i < 4; i++) {
        int k = ks[i];
        float fp = 0.25f;
        count[i]++; count[i] += k; count[i] -= 1; count[i] *= 2; count[i] /= 3; count[i] %= 7;
        --count[i]; ++count[i]; count[i]--;
        count[i] += 0.6 * k;
        f[i] *= 2; f[i] += fp; f[i] -= 0.5f; f[i]++; f[i] /= 3;
        x[i] += dt; x[i] *= 1.5; x[i] /= 2; x[i] -= 0.25; x[i] %= 0.7; x[i]++; --x[i];
        int trunc = (int) (x[i] * 3.7);
        double half = (double) trunc / 2;
        float narrow = (float) half;
        f[i] += narrow;
        int q = count[i] / 2 + count[i] % 3 - -k;
        count[i] = q;
        flag[i] = !flag[i] && count[i] > 0 || t > 100;
        other[i] = flag[i] == (x[i] > 0) != (f[i] < 2);
      }
      assertArrayEquals(x, g.get("x"), "x at step " + step);
      assertArrayEquals(count, (int[]) g.array("count"), "count at step " + step);
      assertArrayEquals(f, (float[]) g.array("f"), "f at step " + step);
      assertArrayEquals(flag, (boolean[]) g.array("flag"), "flag at step " + step);
      assertArrayEquals(other, (boolean[]) g.array("other"), "other at step " + step);
    }
  }

  static final String MATHS = """
      package m;
      import org.brainj.annotations.*;
      import static java.lang.Math.*;
      @NeuGroup
      public class Maths {
        static final double GAIN = 2.5;
        static final int SHIFT = 3;
        static final float HALF = 0.5f;
        static final boolean ON = true;
        @Param double a = GAIN * 2, b = Math.sqrt(2) + Maths.SHIFT;
        @Var double x, y, z = a * GAIN, u, w;
        @Var int j = SHIFT;
        @Var float h = HALF;
        @Update
        void update() {
          y = exp(-abs(x)) + Math.log1p(abs(x)) + pow(abs(x), 1.5) + sqrt(abs(x)) + cbrt(x);
          z = max(x, a) - min(x, -b) + floor(x) + ceil(x) + rint(x) + signum(x) + hypot(x, a);
          u = sin(x) + cos(x) + tan(x) + atan(x) + atan2(x, b) + sinh(x / 4) + cosh(x / 4)
              + tanh(x) + asin(x / 10) + acos(x / 10) + Math.log(abs(x) + 1) + log10(a) + expm1(x / 4);
          w = Math.PI * x + Math.E + GAIN * Maths.SHIFT + (ON ? HALF : 0);
          j = max(SHIFT, (int) x) + abs(-j) + Math.min(1, 2);
          h = abs(h - 1f) + max(HALF, 0.25f);
        }
      }
      """;

  @Test
  void mathFunctionsConstantsAndParameterDefaultsMatchJava() {
    Loaded l = load("m.Maths", MATHS);
    double[] xs = {-7.25, -0.5, 0, 0.125, 3, 9.5};
    Group g = l.builder("m.MathsGroup", xs.length).set("x", xs).build();
    double a = 2.5 * 2;
    double b = Math.sqrt(2) + 3;
    assertArrayEquals(new double[] {a * 2.5, a * 2.5, a * 2.5, a * 2.5, a * 2.5, a * 2.5},
        g.get("z"), "z = a * GAIN");
    g.executeStep(0, 0, 0, 0.1);
    for (int k = 0; k < xs.length; k++) {
      double x = xs[k];
      double y = Math.exp(-Math.abs(x)) + Math.log1p(Math.abs(x)) + Math.pow(Math.abs(x), 1.5)
          + Math.sqrt(Math.abs(x)) + Math.cbrt(x);
      double z = Math.max(x, a) - Math.min(x, -b) + Math.floor(x) + Math.ceil(x) + Math.rint(x)
          + Math.signum(x) + Math.hypot(x, a);
      double u = Math.sin(x) + Math.cos(x) + Math.tan(x) + Math.atan(x) + Math.atan2(x, b)
          + Math.sinh(x / 4) + Math.cosh(x / 4) + Math.tanh(x) + Math.asin(x / 10)
          + Math.acos(x / 10) + Math.log(Math.abs(x) + 1) + Math.log10(a) + Math.expm1(x / 4);
      double w = Math.PI * x + Math.E + 2.5 * 3 + 0.5f;
      int i = Math.max(3, (int) x) + Math.abs(-3) + Math.min(1, 2);
      float h = Math.abs(0.5f - 1f) + Math.max(0.5f, 0.25f);
      assertEquals(y, g.get("y")[k], 0.0, "y(" + x + ")");
      assertEquals(z, g.get("z")[k], 0.0, "z(" + x + ")");
      assertEquals(u, g.get("u")[k], 0.0, "u(" + x + ")");
      assertEquals(w, g.get("w")[k], 0.0, "w(" + x + ")");
      assertEquals(i, ((int[]) g.array("j"))[k], "j(" + x + ")");
      assertEquals(h, ((float[]) g.array("h"))[k], "h(" + x + ")");
    }
  }

  @Test
  void parameterDefaultsAreFoldedAndVariableInitializersReadParameters() {
    Loaded l = load("m.Maths", MATHS);
    Group g = l.builder("m.MathsGroup", 3).set("a", new double[] {1, 2, 3}).build();
    Object model = g.model();
    @SuppressWarnings("unchecked")
    List<Object> params = (List<Object>) Harness.call(model, "params");
    assertEquals("a", Harness.call(params.get(0), "name"));
    assertEquals(5.0, Harness.call(params.get(0), "defaultValue"));
    assertEquals("b", Harness.call(params.get(1), "name"));
    assertEquals(Math.sqrt(2) + 3, Harness.call(params.get(1), "defaultValue"));
    assertArrayEquals(new double[] {2.5, 5, 7.5}, g.get("z"), "z = a * GAIN per neuron");
    assertArrayEquals(new int[] {3, 3, 3}, (int[]) g.array("j"));
    assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f}, (float[]) g.array("h"));
    // reset() recomputes initial values from the current parameters
    g.setParam("a", 4.0);
    g.setVar("z", 0);
    g.reset();
    assertArrayEquals(new double[] {10, 10, 10}, g.get("z"));
  }

  static final String FOLDING = """
      package m;
      import org.brainj.annotations.*;
      import static java.lang.Math.*;
      @NeuGroup
      public class Folding {
        @Param int wrap = 2147483647 + 1, prod = 65536 * 65536 + 5, quot = -7 / 2, rem = -7 % 3;
        @Param int neg = -(-2147483647 - 1);
        @Param float fsum = 0.1f + 0.7f, fquot = 1f / 3;
        @Param double mixed = 1 / 2 + 1.0 / 4, pi = PI / 2, e = E;
        @Param double n = 3;
        @Var double x = n * 2;
        @Update void update() { x += n; }
      }
      """;

  @Test
  void parameterDefaultsFollowJavaIntAndFloatArithmetic() {
    // regression: defaults were folded in double arithmetic (2147483647 + 1 gave 2^31)
    Loaded l = load("m.Folding", FOLDING);
    Group g = l.group("m.FoldingGroup", 1);
    @SuppressWarnings("unchecked")
    List<Object> params = (List<Object>) Harness.call(g.model(), "params");
    List<Double> defaults = new ArrayList<>();
    for (Object p : params) {
      defaults.add((Double) Harness.call(p, "defaultValue"));
    }
    List<Double> java = List.of((double) (2147483647 + 1), (double) (65536 * 65536 + 5),
        (double) (-7 / 2), (double) (-7 % 3), (double) -(-2147483647 - 1),
        (double) (0.1f + 0.7f), (double) (1f / 3), 1 / 2 + 1.0 / 4, Math.PI / 2, Math.E, 3.0);
    assertEquals(java, defaults);
  }

  @Test
  void aParameterNamedNCanBeReadByAVariableInitializer() {
    // regression: initDefaults looped with 'for (int i = 0, n = size(); ...)', so a parameter n
    // read by an initializer did not compile
    Loaded l = load("m.Folding", FOLDING);
    Group g = l.builder("m.FoldingGroup", 3).set("n", new double[] {1, 2, 3}).build();
    assertArrayEquals(new double[] {2, 4, 6}, g.get("x"));
    g.executeStep(0, 0, 0, 0.1);
    assertArrayEquals(new double[] {3, 6, 9}, g.get("x"));
  }

  static final String QUALIFIERS = """
      package m;
      import org.brainj.annotations.*;
      import static org.brainj.annotations.Dsl.*;
      import static java.lang.Math.*;
      @NeuGroup
      public class Qualifiers {
        static final double NAN = Double.NaN;
        @Var double x, y;
        @Update
        void update() {
          double Math = 2;
          double org = 3;
          double Double = 0.5;
          x = exp(Math) + org + Double + 0 * rand();
          y = x > 100 ? NAN : Double;
        }
      }
      """;

  @Test
  void localsNamedLikeClassesThatGeneratedCodeQualifiesWith() {
    // generated code writes Math.exp(..), Double.NaN and org.brainj...CounterRng: locals of
    // those names are renamed, not left to hide them
    Loaded l = load("m.Qualifiers", QUALIFIERS);
    Group g = l.group("m.QualifiersGroup", 2);
    g.executeStep(0, 0, 0, 0.1);
    assertArrayEquals(new double[] {Math.exp(2) + 3 + 0.5, Math.exp(2) + 3 + 0.5}, g.get("x"));
    assertArrayEquals(new double[] {0.5, 0.5}, g.get("y"));
  }

  static final String CONDITIONAL_HELPER = """
      package m;
      import org.brainj.annotations.*;
      @NeuGroup
      public class Guarded {
        @Var int k;
        @Var double x;
        static int perHundred(int a) { int q = 100 / a; return q; }
        @Update void update() { x = k != 0 ? perHundred(k) : -1; }
      }
      """;

  @Test
  void aHelperInTheUntakenBranchOfATernaryIsNotEvaluated() {
    Loaded l = load("m.Guarded", CONDITIONAL_HELPER);
    Group g = l.builder("m.GuardedGroup", 2).set("k", new double[] {0, 4}).build();
    g.executeStep(0, 0, 0, 0.1);
    assertArrayEquals(new double[] {-1, 25}, g.get("x"));
  }

  static final String SHORT_CIRCUIT_HELPER = """
      package m;
      import org.brainj.annotations.*;
      @NeuGroup
      public class ShortCircuit {
        @Var int k;
        @Var boolean both, either;
        static boolean big(int a) { int q = 100 / a; return q < 50; }
        @Update void update() { both = k != 0 && big(k); either = k == 0 || big(k); }
      }
      """;

  @Test
  void helpersOnTheRightOfAndOrRunOnlyWhenJavaEvaluatesThem() {
    Loaded l = load("m.ShortCircuit", SHORT_CIRCUIT_HELPER);
    Group g = l.builder("m.ShortCircuitGroup", 3).set("k", new double[] {0, 4, 1}).build();
    g.executeStep(0, 0, 0, 0.1);
    assertArrayEquals(new double[] {0, 1, 0}, g.get("both"));
    assertArrayEquals(new double[] {1, 1, 0}, g.get("either"));
  }

  // ------------------------------------------------------------------ @Every and rand()

  static final String EVERY = """
      package m;
      import org.brainj.annotations.*;
      import static org.brainj.annotations.Dsl.*;
      @NeuGroup
      public class Every1 {
        @Var int fast, slow, lucky, late;
        @Var double lastSlow = -1, u, z;
        @Update void fast() { fast++; u = rand(); z = randn(); }
        @Update @Every(period = 1.0) void slow(double t) { slow++; lastSlow = t; }
        @Update @Every(when = "coin") void lucky() { lucky++; }
        @Update @Every(when = "afterwards") void late() { late++; }
        boolean coin() { return rand() < 0.3; }
        boolean afterwards(double t, double dt) { double end = 2 - dt / 2; return t > end; }
      }
      """;

  @Test
  void everyPeriodRunsOnceAPeriodAndEveryWhenFollowsItsCondition() {
    Loaded l = load("m.Every1", EVERY);
    Group g = l.builder("m.Every1Group", 3).seed(42).build();
    assertEquals(List.of("fast", "slow", "lucky", "late"), g.stepNames());
    double dt = 0.1;
    List<Integer> slowRuns = new ArrayList<>();
    List<Integer> lateRuns = new ArrayList<>();
    int luckyRuns = 0;
    int steps = 1500;
    double[] sumZ = new double[3];
    for (int step = 0; step < steps; step++) {
      double t = step * dt;
      double slowBefore = g.get("slow")[0];
      double lateBefore = g.get("late")[0];
      double luckyBefore = g.get("lucky")[0];
      for (int id = 0; id < 4; id++) {
        g.executeStep(id, t, step, dt);
      }
      if (g.get("slow")[0] != slowBefore) {
        slowRuns.add(step);
        assertEquals(t, g.get("lastSlow")[0], 0.0);
      }
      if (g.get("late")[0] != lateBefore) {
        lateRuns.add(step);
      }
      if (g.get("lucky")[0] != luckyBefore) {
        luckyRuns++;
      }
      double[] u = g.get("u");
      double[] z = g.get("z");
      for (int i = 0; i < 3; i++) {
        assertTrue(u[i] >= 0 && u[i] < 1, "rand() in [0, 1)");
        sumZ[i] += z[i];
      }
      assertTrue(u[0] != u[1] && u[1] != u[2], "each neuron draws its own numbers");
      // the condition is evaluated once for the whole group: all neurons agree
      double[] lucky = g.get("lucky");
      assertTrue(lucky[0] == lucky[1] && lucky[1] == lucky[2]);
    }
    List<Integer> expectedSlow = new ArrayList<>();
    for (int s = 0; s < steps; s += 10) {
      expectedSlow.add(s);
    }
    assertEquals(expectedSlow, slowRuns, "@Every(period = 1.0) at dt = 0.1");
    assertEquals(steps, (int) g.get("fast")[2]);
    assertEquals(0, lateRuns.get(0) - 20, "the condition reads t and dt: first run at t = 2");
    assertEquals(steps - 20, lateRuns.size());
    assertTrue(luckyRuns > 0.25 * steps && luckyRuns < 0.35 * steps,
        "rand() < 0.3 held on " + luckyRuns + " of " + steps + " steps");
    for (int i = 0; i < 3; i++) {
      assertEquals(0, sumZ[i] / steps, 0.1, "randn() has mean 0");
    }

    // the same seed reproduces every draw; another seed does not
    Group same = l.builder("m.Every1Group", 3).seed(42).build();
    Group other = l.builder("m.Every1Group", 3).seed(43).build();
    for (int step = 0; step < steps; step++) {
      for (int id = 0; id < 4; id++) {
        same.executeStep(id, step * dt, step, dt);
        other.executeStep(id, step * dt, step, dt);
      }
    }
    assertArrayEquals(g.get("u"), same.get("u"));
    assertArrayEquals(g.get("lucky"), same.get("lucky"));
    assertFalse(g.get("u")[0] == other.get("u")[0]);
    assertFalse(g.get("lucky")[0] == other.get("lucky")[0]);
  }

  // ------------------------------------------------------------------ schedules

  static final String SCHEDULED = """
      package m;
      import org.brainj.annotations.*;
      @NeuGroup(groupName = "Pipeline", schedule = {"reset", "input", "monitor", "measure"})
      public class Scheduled {
        @Var double a = 1, b;
        @Update void measure() { b = a * 10; }
        @Update void reset() { a = a + 1; }
      }
      """;

  @Test
  void customScheduleAndGroupNameReachTheModelInfo() {
    Loaded l = load("m.Scheduled", SCHEDULED);
    Group g = l.group("m.Pipeline", 1);
    assertEquals(List.of("measure", "reset"), g.stepNames(), "step ids: declaration order");
    assertEquals(List.of("reset", "input", "monitor", "measure"), g.schedule());
    assertEquals(List.of("reset", "input", "monitor", "measure"),
        Harness.call(g.model(), "schedule"));
    g.executeStep(1, 0, 0, 0.1); // reset
    g.executeStep(0, 0, 0, 0.1); // measure
    assertEquals(20.0, g.get("b")[0], 0.0);
  }

  @Test
  void defaultScheduleAndModelInfoDescribeTheModel() {
    Loaded l = load("m.LIF", LIF);
    Group g = l.group("m.LIFGroup", 1);
    Object model = g.model();
    assertEquals("LIF", Harness.call(model, "name"));
    assertEquals("m.LIF", Harness.call(model, "sourceClass"));
    assertEquals(List.of("input", "update", "monitor"), Harness.call(model, "schedule"));
    @SuppressWarnings("unchecked")
    List<Object> vars = (List<Object>) Harness.call(model, "vars");
    List<String> described = new ArrayList<>();
    for (Object v : vars) {
      described.add(Harness.call(v, "name") + ":" + Harness.call(v, "type") + ":"
          + Harness.call(v, "role"));
    }
    assertEquals(List.of("V:DOUBLE:STATE", "tLast:DOUBLE:STATE", "spike:BOOLEAN:SPIKE",
        "input:DOUBLE:INPUT"), described);
    @SuppressWarnings("unchecked")
    List<Object> steps = (List<Object>) Harness.call(model, "steps");
    assertEquals(1, steps.size());
    assertEquals(0.0, Harness.call(steps.get(0), "period"));
    assertEquals(false, Harness.call(steps.get(0), "hasCondition"));

    Loaded e = load("m.Every1", EVERY);
    @SuppressWarnings("unchecked")
    List<Object> everySteps = (List<Object>) Harness.call(
        e.group("m.Every1Group", 1).model(), "steps");
    assertEquals(1.0, Harness.call(everySteps.get(1), "period"));
    assertEquals(true, Harness.call(everySteps.get(2), "hasCondition"));
    assertEquals(List.of("input", "fast", "slow", "lucky", "late", "monitor"),
        e.group("m.Every1Group", 1).schedule());
  }
}
