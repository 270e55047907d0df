package org.brainj.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.brainj.processor.Harness.Group;
import org.brainj.processor.Harness.Loaded;
import org.brainj.processor.integrate.Tableaux;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @OdeSystem}: the generated {@code <Model>System} steps the same bits as the neuron group
 * generated from the same equations, for every method; its {@code derivative} is the model's
 * formula, its {@code jacobian} the derivative of it; the runtime's {@code Odeint} on the
 * generated vector field agrees with the generated step; and the rules of a system are compile
 * errors on their line.
 */
class OdeSystemTest {
  /** Every method keyword the processor knows, in fixed-step use. */
  static List<String> methods() {
    List<String> out = new ArrayList<>(Tableaux.all().keySet());
    out.add("exp_euler");
    return out;
  }

  /**
   * Three coupled equations with what the expansion must get right: a local, an inlined helper,
   * the time (stage nodes c_i), an int parameter, a division by an int literal.
   */
  private static String model(String annotation, String name, String method) {
    return String.join("\n",
        "package m;",
        "import org.brainj.annotations.*;",
        annotation,
        "public class " + name + " {",
        "  @Param double a = 0.7, b = 0.8, tau = 12.5, Iext = 0.5;",
        "  @Param int k = 2;",
        "  @Var double V = -1.0, w = 0.5 * a, u = 0.1;",
        "  static double sq(double x) { return x * x; }",
        "  @Derivative(method = \"" + method + "\")",
        "  double dV(double t) {",
        "    double cubic = V * sq(V) / 3;",
        "    return V - cubic - w + Iext * Math.sin(0.3 * t) + 0.1 * u;",
        "  }",
        "  @Derivative(method = \"" + method + "\")",
        "  double dw() { return (V + a - b * w) / tau; }",
        "  @Derivative(method = \"" + method + "\")",
        "  double du() { double g = 1 / (1 + Math.exp(-k * V)); return (g - u) / 5.0; }",
        "}");
  }

  /** The model's equations written out by hand, for {@link #derivativeIsTheModelsFormula}. */
  private static double[] formula(double[] y, double t) {
    double a = 0.7;
    double b = 0.8;
    double tau = 12.5;
    double iext = 0.5;
    int k = 2;
    double v = y[0];
    double w = y[1];
    double u = y[2];
    double cubic = v * (v * v) / 3;
    double g = 1 / (1 + Math.exp(-k * v));
    return new double[] {v - cubic - w + iext * Math.sin(0.3 * t) + 0.1 * u,
        (v + a - b * w) / tau, (g - u) / 5.0};
  }

  private static Loaded loaded;

  /** Sn / Gn: the system and the group of the n-th method, all in one compilation. */
  @BeforeAll
  static void compileAll() {
    List<JavaFileObject> sources = new ArrayList<>();
    List<String> ms = methods();
    for (int i = 0; i < ms.size(); i++) {
      sources.add(JavaFileObjects.forSourceString("m.S" + i,
          model("@OdeSystem", "S" + i, ms.get(i))));
      sources.add(JavaFileObjects.forSourceString("m.G" + i,
          model("@NeuGroup", "G" + i, ms.get(i))));
    }
    Compilation c = Harness.compile(sources.toArray(JavaFileObject[]::new));
    assertThat(c).succeededWithoutWarnings();
    loaded = Harness.load(c);
  }

  private static Object system(int i) {
    return Harness.callOn(loaded.type("m.S" + i + "System"), null, "create");
  }

  @Test
  void stepIsBitForBitTheGroupsStepForEveryMethod() {
    List<String> ms = methods();
    double dt = 0.05;
    for (int i = 0; i < ms.size(); i++) {
      Object sys = system(i);
      double[] state = (double[]) Harness.call(sys, "initialState");
      assertArrayEquals(new double[] {-1.0, 0.35, 0.1}, state, 0);
      Group g = loaded.group("m.G" + i + "Group", 1);
      for (int k = 0; k < 400; k++) {
        double t = k * dt;
        g.executeStep(0, t, k, dt);
        Harness.call(sys, "step", state, t, dt);
        String at = ms.get(i) + " step " + k;
        assertEquals(Double.doubleToRawLongBits(g.get("V")[0]),
            Double.doubleToRawLongBits(state[0]), at + " V");
        assertEquals(Double.doubleToRawLongBits(g.get("w")[0]),
            Double.doubleToRawLongBits(state[1]), at + " w");
        assertEquals(Double.doubleToRawLongBits(g.get("u")[0]),
            Double.doubleToRawLongBits(state[2]), at + " u");
      }
      assertTrue(Math.abs(state[0] + 1.0) > 0.1, ms.get(i) + ": the state moved");
    }
  }

  @Test
  void derivativeIsTheModelsFormula() {
    Object sys = system(0);
    Random rnd = new Random(1);
    for (int r = 0; r < 100; r++) {
      double[] y = {rnd.nextGaussian() * 2, rnd.nextGaussian(), rnd.nextDouble()};
      double t = rnd.nextDouble() * 50;
      double[] out = new double[3];
      Harness.call(sys, "derivative", y, t, out);
      assertArrayEquals(formula(y, t), out, 0, "at " + java.util.Arrays.toString(y));
    }
  }

  @Test
  void jacobianMatchesCentralDifferences() {
    Object sys = system(0);
    Random rnd = new Random(2);
    for (int r = 0; r < 100; r++) {
      double[] y = {rnd.nextGaussian() * 2, rnd.nextGaussian(), rnd.nextDouble()};
      double t = rnd.nextDouble() * 50;
      double[][] jac = new double[3][3];
      Harness.call(sys, "jacobian", y, t, jac);
      for (int j = 0; j < 3; j++) {
        double h = 1e-6 * Math.max(1, Math.abs(y[j]));
        double[] plus = y.clone();
        double[] minus = y.clone();
        plus[j] += h;
        minus[j] -= h;
        double[] fp = formula(plus, t);
        double[] fm = formula(minus, t);
        for (int i = 0; i < 3; i++) {
          double fd = (fp[i] - fm[i]) / (plus[j] - minus[j]);
          assertEquals(fd, jac[i][j], 1e-7 * Math.max(1, Math.abs(fd)),
              "d f" + i + " / d x" + j + " at " + java.util.Arrays.toString(y));
        }
      }
      // entries the equations do not depend on are exactly 0
      assertEquals(0.0, jac[1][2]);
      assertEquals(0.0, jac[2][1]);
    }
  }

  @Test
  void vectorFieldContract() throws ReflectiveOperationException {
    Object sys = system(0);
    assertEquals(3, Harness.call(sys, "dimension"));
    assertEquals(List.of("V", "w", "u"), Harness.call(sys, "names"));
    assertEquals(List.of("a", "b", "tau", "Iext", "k"), Harness.call(sys, "parameterNames"));
    assertEquals(0.7, Harness.call(sys, "parameter", "a"));
    Harness.call(sys, "setParameter", "a", 0.9);
    assertEquals(0.9, Harness.call(sys, "a"));
    // the initial value of w reads a
    assertEquals(0.45, ((double[]) Harness.call(sys, "initialState"))[1], 1e-15);
    Harness.call(sys, "setParameter", "k", 3.0);
    assertEquals(3, Harness.call(sys, "k"));
    IllegalArgumentException notInt = assertThrows(IllegalArgumentException.class,
        () -> Harness.call(sys, "setParameter", "k", 2.5));
    assertTrue(notInt.getMessage().contains("'k' is an int"), notInt.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> Harness.call(sys, "parameter", "nope"));
    assertEquals("S0System has no parameter 'nope'; parameters: [a, b, tau, Iext, k]",
        unknown.getMessage());
    Object copy = Harness.call(sys, "copy");
    assertEquals(0.9, Harness.call(copy, "a"));
    assertEquals(2, Harness.call(copy, "indexOf", "u"));
    assertEquals(2, sys.getClass().getField("u").getInt(null)); // the index constant
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> Harness.call(sys, "step", new double[2], 0.0, 0.1));
    assertEquals("S0System: state has length 2, expected 3 (V, w, u)", length.getMessage());
    assertTrue(Harness.call(sys, "toString").toString().startsWith("S0System{a=0.9, b=0.8"));
  }

  /**
   * The runtime's {@code Odeint} on the generated vector field: its Runge-Kutta arithmetic is the
   * processor's, so the states agree bit for bit; its exponential Euler takes the diagonal of the
   * Jacobian by central differences, so it agrees to about 1e-10.
   */
  @Test
  void odeintOnTheGeneratedVectorFieldAgreesWithTheGeneratedStep() throws Exception {
    List<String> ms = methods();
    Class<?> odeint = loaded.type("org.brainj.runtime.ode.Odeint");
    Class<?> rhs = loaded.type("org.brainj.runtime.ode.Odeint$Rhs");
    double dt = 0.05;
    for (int i = 0; i < ms.size(); i++) {
      Object sys = system(i);
      // (t, y, dydt) -> sys.derivative(y, t, dydt)
      Object f = Proxy.newProxyInstance(loaded.loader(), new Class<?>[] {rhs}, (p, m, args) -> {
        if (!m.getName().equals("derivative")) {
          throw new UnsupportedOperationException(m.getName());
        }
        Harness.call(sys, "derivative", args[1], args[0], args[2]);
        return null;
      });
      Object ode = Harness.call(odeint.getMethod("of", rhs).invoke(null, f), "method", ms.get(i));
      double[] generated = (double[]) Harness.call(sys, "initialState");
      double[] viaOdeint = generated.clone();
      for (int k = 0; k < 200; k++) {
        Harness.call(sys, "step", generated, k * dt, dt);
        Harness.call(ode, "step", viaOdeint, k * dt, dt);
      }
      if (ms.get(i).equals("exp_euler")) {
        for (int v = 0; v < 3; v++) {
          assertEquals(generated[v], viaOdeint[v], 1e-9 * Math.max(1, Math.abs(generated[v])),
              "exp_euler variable " + v);
        }
      } else {
        for (int v = 0; v < 3; v++) {
          assertEquals(Double.doubleToRawLongBits(generated[v]),
              Double.doubleToRawLongBits(viaOdeint[v]), ms.get(i) + " variable " + v);
        }
      }
    }
  }

  @Test
  void generatedSourceIsReadable() throws IOException {
    JavaFileObject src = loaded.compilation().generatedSourceFile("m.S0System").orElseThrow();
    String text = src.getCharContent(true).toString();
    assertTrue(text.contains("public final class S0System implements VectorField, Stepper"), text);
    assertTrue(text.contains("State layout: {@code state[0]} = {@code V}"), text);
    assertTrue(text.contains("// S0.java:11: double cubic = V * sq(V) / 3;"), text);
    assertTrue(text.contains("out[1][2] = 0.0;"), text);
    assertTrue(text.contains("// integrate V, w, u by euler jointly, 1 stage"), text);
    // the runtime is referred to by name only (imports of qualified names)
    assertTrue(text.contains("import org.brainj.runtime.ode.VectorField;"), text);
  }

  // ------------------------------------------------------------------ errors

  private static Compilation assertError(String fragment, String... lines) {
    int marked = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("//!")) {
        marked = i + 1;
      }
    }
    assertTrue(marked > 0, "a line marked //!");
    JavaFileObject f = JavaFileObjects.forSourceLines("m.E", lines);
    Compilation c = Harness.compile(f);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(fragment).inFile(f).onLine(marked);
    return c;
  }

  private static String[] system(String... members) {
    List<String> lines = new ArrayList<>(List.of(
        "package m;",
        "import org.brainj.annotations.*;",
        "import static org.brainj.annotations.Dsl.*;",
        "@OdeSystem",
        "public class E {",
        "  @Param double tau = 10;",
        "  @Var double x = 1;",
        "  @Derivative double dx() { return -x / tau; }"));
    lines.addAll(List.of(members));
    lines.add("}");
    return lines.toArray(String[]::new);
  }

  @Test
  void anUpdateStepIsAnError() {
    assertError("an @OdeSystem has no @Update steps: each step integrates every @Derivative"
            + " (jointly per method); for steps of your own, make the class a @NeuGroup",
        system("  @Update void update() { integrate(x); } //!"));
  }

  @Test
  void anUpdateStepIsReportedOnItsAnnotationsLine() {
    assertError("an @OdeSystem has no @Update steps",
        system("  @Update //!", "  void update() {", "    integrate(x);", "  }"));
  }

  @Test
  void spikesAndInputsAreErrors() {
    assertError("an @OdeSystem has no @Spike field", system("  @Spike boolean spike; //!"));
    assertError("an @OdeSystem has no @Input field", system("  @Input double input; //!"));
  }

  @Test
  void everyVariableNeedsADerivativeAndIsDouble() {
    assertError("state variable 'y' of an @OdeSystem has no @Derivative",
        system("  @Var double y = 2; //!"));
    assertError("state variables of an @OdeSystem are double",
        system("  @Var float y = 2; //!", "  @Derivative double dy() { return -y; }"));
  }

  @Test
  void derivativesMustNotReadDt() {
    assertError("the derivative of 'y' reads dt",
        system("  @Var double y;", "  @Derivative double dy(double dt) { return -y / dt; } //!"));
  }

  @Test
  void adaptiveIntegrationIsAnError() {
    assertError("adaptive integration is not available in an @OdeSystem",
        system("  @Var double y, hy;",
            "  @Derivative(method = \"rkf45\", adaptive = true, stepVar = \"hy\") //!",
            "  double dy() { return -y; }"));
  }

  @Test
  void reservedNamesAreErrors() {
    assertError("the name 'state' is reserved in generated systems",
        system("  @Param double state = 1; //!"));
    assertError("the name 'dimension' is reserved in generated systems",
        system("  @Var double dimension; //!", "  @Derivative double ddimension() { return 0; }"));
  }

  @Test
  void aSystemIsNotAlsoAGroup() {
    JavaFileObject f = JavaFileObjects.forSourceLines("m.E",
        "package m;",
        "import org.brainj.annotations.*;",
        "@OdeSystem @NeuGroup",
        "public class E {",
        "  @Var double x;",
        "  @Derivative double dx() { return -x; }",
        "}");
    Compilation c = Harness.compile(f);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("an @OdeSystem is a standalone system of equations; it"
        + " cannot also be a @NeuGroup or @SynGroup").inFile(f).onLine(4);
  }

  @Test
  void aSystemWithoutDerivativesIsAnError() {
    JavaFileObject f = JavaFileObjects.forSourceLines("m.E",
        "package m;",
        "import org.brainj.annotations.*;",
        "@OdeSystem",
        "public class E {",
        "  @Param double a = 1;",
        "}");
    Compilation c = Harness.compile(f);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("model E has nothing to run: declare @Derivative methods"
        + " (one per @Var)").inFile(f).onLine(4);
  }

  @Test
  void unknownMethodListsTheSupportedOnes() {
    assertError("unknown integration method 'rk5'; supported: euler, midpoint",
        system("  @Var double y;", "  @Derivative(method = \"rk5\") //!",
            "  double dy() { return -y; }"));
  }

  @Test
  void customNameAndNoParameters() {
    JavaFileObject f = JavaFileObjects.forSourceString("m.Decay", """
        package m;
        import org.brainj.annotations.*;
        @OdeSystem(name = "Decay1")
        public class Decay {
          @Var double x = 1;
          @Derivative(method = Methods.RK4) double dx(double x) { return -x; }
        }
        """);
    Loaded l = Harness.compileAndLoad(f);
    Object sys = Harness.callOn(l.type("m.Decay1"), null, "create");
    double[] y = (double[]) Harness.call(sys, "initialState");
    for (int k = 0; k < 100; k++) {
      Harness.call(sys, "step", y, k * 0.01, 0.01);
    }
    assertEquals(Math.exp(-1), y[0], 1e-10);
    assertEquals(List.of(), Harness.call(sys, "parameterNames"));
    assertThrows(IllegalArgumentException.class, () -> Harness.call(sys, "parameter", "x"));
  }
}
