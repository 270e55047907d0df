package org.brainj.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.brainj.processor.Harness.Group;
import org.brainj.processor.Harness.Loaded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid models compile, and so does their generated group, without a single warning under
 * {@code -Xlint:all}; each group is then built and every step run once.
 */
class ValidModelsTest {

  static final String NESTED = """
      package m;
      import org.brainj.annotations.*;
      public class Outer {
        /** A model declared inside another class. */
        @NeuGroup
        public static class Inner {
          @Var double V = 1;
          @Derivative double dV() { return -V; }
        }
      }
      """;

  static final String FLOATS = """
      package m;
      import org.brainj.annotations.*;
      import static org.brainj.annotations.Dsl.*;
      @NeuGroup
      public class Floats {
        @Param float tau = 2f;
        @Var float v = 1f, u;
        @Input float drive;
        @Derivative(method = Methods.RK2) double dv(double t, double dt) { return -v / tau + drive + 0 * t * dt; }
        @Derivative(method = Methods.HEUN3) double du() { return v - u; }
        @Update void update() { Dsl.integrateEach(v, u); }
      }
      """;

  static final String HELPERS = """
      package m;
      import org.brainj.annotations.*;
      import static org.brainj.annotations.Dsl.*;
      @NeuGroup
      public class Helpers {
        @Param double k = 3;
        @Var double x = 2, y, z;
        @Var boolean pos;
        static double twice(double v) { v = v * 2; return v; }
        static double square(double v) { double s = v * v; return s; }
        static double sumSq(double p, double q) { return square(p) + square(q); }
        static boolean positive(double v) { return v > 0; }
        static int floorInt(double v) { var f = (int) Math.floor(v); return f; }
        @Update
        void update() {
          y = twice(x) + Helpers.twice(k);
          z = sumSq(x, y - k) + square(square(2)) + floorInt(-x / 3);
          pos = positive(z - 1000);
          double w;
          if (pos) { w = 1; } else { w = -1; }
          this.z += w + x;
        }
      }
      """;

  static final String DOCUMENTED = """
      package m;
      import org.brainj.annotations.*;
      import static org.brainj.annotations.Dsl.*;
      /** A documented model: its $ signs and {@code tags} survive. */
      @NeuGroup(groupName = "Documented")
      public class Doc {
        /** membrane time constant (ms) */
        @Param double tau = 10;
        @Param("threshold ($)") double th = 1;
        /** voltage */
        @Var double V;
        @Var("recovery") double w;
        @Spike boolean fired;
        @Update @Every(when = "sometimes")
        void update(double dt) {
          double noise = randn() * Math.sqrt(dt);
          V += noise / tau;
          fired = V > th;
          w = rand();
        }
        boolean sometimes(double t) {
          double u = rand();
          boolean early = t < 5;
          return early || u < 0.5;
        }
      }
      """;

  static final String TWO_MODELS_A = """
      package m;
      import org.brainj.annotations.*;
      @NeuGroup public class A { @Var double x; @Update void step() { x += 1; } }
      """;

  static final String TWO_MODELS_B = """
      package m;
      import org.brainj.annotations.*;
      @NeuGroup public class B { @Var double x; @Update void step() { x -= 1; } }
      """;

  static final String DEFAULT_PACKAGE = """
      import org.brainj.annotations.*;
      @NeuGroup public class Plain { @Var double x = 1; @Derivative double dx() { return x; } }
      """;

  static Stream<Arguments> models() {
    return Stream.of(
        Arguments.of("m.LIF", StepSemanticsRunTest.LIF),
        Arguments.of("m.HH", IntegrationRunTest.HH),
        Arguments.of("m.Decay", IntegrationRunTest.DECAY),
        Arguments.of("m.Rotation", IntegrationRunTest.ROTATION),
        Arguments.of("m.Branches", StepSemanticsRunTest.BRANCHES),
        Arguments.of("m.Shadow", StepSemanticsRunTest.SHADOW),
        Arguments.of("m.Types", StepSemanticsRunTest.TYPES),
        Arguments.of("m.Maths", StepSemanticsRunTest.MATHS),
        Arguments.of("m.Folding", StepSemanticsRunTest.FOLDING),
        Arguments.of("m.Qualifiers", StepSemanticsRunTest.QUALIFIERS),
        Arguments.of("m.Every1", StepSemanticsRunTest.EVERY),
        Arguments.of("m.Scheduled", StepSemanticsRunTest.SCHEDULED),
        Arguments.of("m.Order", EvaluationOrderRunTest.SOURCE),
        Arguments.of("m.Outer", NESTED),
        Arguments.of("m.Floats", FLOATS),
        Arguments.of("m.Helpers", HELPERS),
        Arguments.of("m.Doc", DOCUMENTED),
        Arguments.of("Plain", DEFAULT_PACKAGE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void compilesWithoutWarningsAndRuns(String className, String source) {
    JavaFileObject f = JavaFileObjects.forSourceString(className, source);
    Compilation c = Harness.compile(f);
    assertThat(c).succeeded();
    // the generated code is lint-clean; the model's own lines may warn (Types narrows in
    // compound assignments on purpose, which javac 20+ flags as lossy)
    List<String> generatedWarnings = c.warnings().stream()
        .filter(d -> d.getSource() == null || !d.getSource().toUri().equals(f.toUri()))
        .map(d -> d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
        .toList();
    assertEquals(List.of(), generatedWarnings);
    if (!source.contains("count += 0.6 * k")) {
      assertThat(c).succeededWithoutWarnings();
    }
    String group = groupOf(className, source);
    assertThat(c).generatedSourceFile(group).contentsAsUtf8String()
        .contains("@Generated(");
    Group g = Harness.load(c).group(group, 3);
    for (int step = 0; step < g.stepNames().size(); step++) {
      g.executeStep(step, 0, 0, 0.1);
    }
  }

  private static String groupOf(String className, String source) {
    String pkg = className.contains(".") ? className.substring(0, className.lastIndexOf('.') + 1)
        : "";
    if (source.contains("groupName = \"")) {
      int a = source.indexOf("groupName = \"") + 13;
      return pkg + source.substring(a, source.indexOf('"', a));
    }
    if (source.contains("class Inner")) {
      return pkg + "InnerGroup";
    }
    return className + "Group";
  }

  @Test
  void twoModelsInOneCompilation() {
    Compilation c = Harness.compile(JavaFileObjects.forSourceString("m.A", TWO_MODELS_A),
        JavaFileObjects.forSourceString("m.B", TWO_MODELS_B));
    assertThat(c).succeededWithoutWarnings();
    Loaded l = Harness.load(c);
    Group a = l.group("m.AGroup", 1);
    Group b = l.group("m.BGroup", 1);
    a.executeStep(0, 0, 0, 0.1);
    b.executeStep(0, 0, 0, 0.1);
    assertArrayEquals(new double[] {1}, a.get("x"));
    assertArrayEquals(new double[] {-1}, b.get("x"));
  }

  @Test
  void helpersAreInlinedWithJavaSemantics() {
    Loaded l = Harness.compileAndLoad(JavaFileObjects.forSourceString("m.Helpers", HELPERS));
    double[] xs = {2, -7.5, 40};
    Group g = l.builder("m.HelpersGroup", 3).set("x", xs).build();
    g.executeStep(0, 0, 0, 0.1);
    for (int i = 0; i < 3; i++) {
      double x = xs[i];
      double k = 3;
      double y = x * 2 + k * 2; // twice assigns its parameter: the argument is not changed
      double z = ((x * x) + ((y - k) * (y - k))) + ((2.0 * 2.0) * (2.0 * 2.0))
          + (int) Math.floor(-x / 3);
      boolean pos = z - 1000 > 0;
      z += (pos ? 1 : -1) + x;
      assertEquals(x, g.get("x")[i], 0.0);
      assertEquals(y, g.get("y")[i], 0.0);
      assertEquals(z, g.get("z")[i], 0.0);
      assertEquals(pos ? 1.0 : 0.0, g.get("pos")[i], 0.0);
    }
  }

  @Test
  void floatVariablesHaveFloatStageValuesAndDoubleSlopes() {
    // regression: stage values were doubles, so stage 1 evaluated a derivative in float
    // arithmetic and later stages in double (and the generated code had redundant casts)
    Compilation c = Harness.compile(JavaFileObjects.forSourceString("m.Floats", FLOATS));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("m.FloatsGroup").contentsAsUtf8String()
        .contains("float u_2 = (float) (u + dt * (0.3333333333333333 * du_k1));");
    assertThat(c).generatedSourceFile("m.FloatsGroup").contentsAsUtf8String()
        .contains("double du_k2 = (double) (v - u_2);");
    Loaded l = Harness.load(c);
    Group g = l.group("m.FloatsGroup", 1);
    g.setVar("drive", 0.5);
    g.executeStep(0, 0, 0, 0.1);
    // rk2 (beta = 2/3) for v, heun3 for u, each from the values before the call
    float v0 = 1f;
    float tau = 2f;
    double dt = 0.1;
    double k1 = -v0 / tau + 0.5f + 0 * 0.0 * dt;
    float v2 = (float) (v0 + dt * ((2.0 / 3) * k1));
    double k2 = -v2 / tau + 0.5f + 0 * (0.0 + (2.0 / 3) * dt) * dt;
    float v = v0;
    v += dt * (0.25 * k1 + 0.75 * k2);
    assertArrayEquals(new float[] {v}, (float[]) g.array("v"));
    double j1 = v0 - 0f;
    float u2 = (float) (0f + dt * ((1.0 / 3) * j1));
    double j2 = v0 - u2;
    float u3 = (float) (0f + dt * ((2.0 / 3) * j2));
    double j3 = v0 - u3;
    float u = 0f;
    u += dt * (0.25 * j1 + 0.75 * j3);
    assertArrayEquals(new float[] {u}, (float[]) g.array("u"));
    assertArrayEquals(new float[] {0f}, (float[]) g.array("drive"), "inputs are cleared");
  }

  @Test
  void documentationReachesTheModelInfo() {
    Loaded l = Harness.compileAndLoad(JavaFileObjects.forSourceString("m.Doc", DOCUMENTED));
    Group g = l.group("m.Documented", 1);
    @SuppressWarnings("unchecked")
    List<Object> params = (List<Object>) Harness.call(g.model(), "params");
    assertEquals("membrane time constant (ms)", Harness.call(params.get(0), "doc"));
    assertEquals("threshold ($)", Harness.call(params.get(1), "doc"));
    @SuppressWarnings("unchecked")
    List<Object> vars = (List<Object>) Harness.call(g.model(), "vars");
    assertEquals("voltage", Harness.call(vars.get(0), "doc"));
    assertEquals("recovery", Harness.call(vars.get(1), "doc"));
    assertEquals("fired", Harness.call(vars.get(2), "name"));
    assertEquals(true, g.invoke("hasSpikes"));
  }
}
