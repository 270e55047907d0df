package org.brainj.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.brainj.processor.Harness.Group;
import org.brainj.processor.Harness.Loaded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Floating-point arithmetic is not associative: the generated code must group every expression
 * exactly as the model does. Each output is compared bit for bit with the same Java expression
 * evaluated here, on inputs chosen so that a different grouping gives a different result.
 */
class EvaluationOrderRunTest {
  static final String SOURCE = """
      package m;
      import org.brainj.annotations.*;
      @NeuGroup
      public class Order {
        @Param double a = 1, b = 1, c = 1;
        @Param int p = 1, q = 1, r = 1;
        @Param float f = 1, g = 1, h = 1;
        @Var double x;
        @Var double r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16;
        @Var double r17, r18, r19, r20, r21, r22, r23, r24;
        @Var int i1, i2, i3, i4;
        @Var float f1, f2, f3;
        @Var boolean b1, b2, b3;
        @Update
        void update() {
          r1 = a - (b - c);
          r2 = a - b - c;
          r3 = a / (b * c);
          r4 = a / b * c;
          r5 = (a + b) + c;
          r6 = a + (b + c);
          r7 = -(-x);
          r8 = -(a - b);
          r9 = a - -b;
          r10 = a * (b / c);
          r11 = a % (b % c);
          r12 = (a + b) * (c - a) / (b + c);
          r13 = a > b ? (b > c ? a - b : b - c) : (a > c ? c - a : a + (b + c));
          r14 = a > b ? a : b > c ? b : c;
          r15 = (a > b ? a : b) > c ? a * b : (c + a) - b;
          r16 = -(a > b ? a : -b) + -(-(c));
          r17 = (double) (float) (a + b) - (float) c;
          r18 = (double) (int) (a * 1e3) / (b - c);
          r19 = Math.pow(a - b, 2) - Math.max(a, b - c) * -Math.min(-a, c);
          r20 = a - (b + (c - (a + (b - c))));
          r21 = 1 - (1 - a) * (1 - b) - c;
          r22 = a * b * c - a * (b * c);
          r23 = x - x * (a / b) / c;
          r24 = (a + b + c) / 3 - (a + (b + c)) / 3;
          i1 = p - (q - r);
          i2 = p / (q / r * 2 + 1) * r % 7;
          i3 = -(p % q) - -r;
          i4 = (p + q) / 2 + p * (q - r) / 3;
          f1 = f - (g - h);
          f2 = (f + g) + h + f * (g / h);
          f3 = (float) (a + f) + g;
          b1 = (a < b) == (b < c);
          b2 = !(a < b) && (b < c || c < a) || !(x > 0);
          b3 = a < b != b < c == (c < a);
        }
      }
      """;

  static final int N = 400;
  static double[] a = new double[N];
  static double[] b = new double[N];
  static double[] c = new double[N];
  static double[] x = new double[N];
  static double[] p = new double[N];
  static double[] q = new double[N];
  static double[] r = new double[N];
  static double[] f = new double[N];
  static double[] g = new double[N];
  static double[] h = new double[N];
  static Group group;

  @BeforeAll
  static void run() {
    Random rnd = new Random(2024);
    for (int i = 0; i < N; i++) {
      // magnitudes from 1e-8 to 1e8, signs mixed, some cancelling triples
      a[i] = value(rnd);
      b[i] = i % 5 == 0 ? -a[i] * (1 + 1e-12) : value(rnd);
      c[i] = i % 7 == 0 ? a[i] * 1e-17 : value(rnd);
      x[i] = value(rnd);
      p[i] = rnd.nextInt(2001) - 1000;
      q[i] = nonZero(rnd.nextInt(41) - 20);
      r[i] = nonZero(rnd.nextInt(41) - 20);
      f[i] = (float) value(rnd);
      g[i] = (float) value(rnd);
      h[i] = (float) value(rnd);
    }
    Loaded l = Harness.compileAndLoad(JavaFileObjects.forSourceString("m.Order", SOURCE));
    group = l.builder("m.OrderGroup", N).set("a", a).set("b", b).set("c", c).set("x", x)
        .set("p", p).set("q", q).set("r", r).set("f", f).set("g", g).set("h", h).build();
    group.executeStep(0, 0, 0, 0.1);
  }

  private static double value(Random rnd) {
    return (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, rnd.nextDouble() * 16 - 8)
        * (1 + rnd.nextDouble());
  }

  private static double nonZero(int v) {
    return v == 0 ? 3 : v;
  }

  @Test
  void doubleExpressionsAreGroupedAsWritten() {
    double[][] got = new double[25][];
    for (int k = 1; k <= 24; k++) {
      got[k] = group.get("r" + k);
    }
    int differsByGrouping = 0;
    for (int i = 0; i < N; i++) {
      double a = EvaluationOrderRunTest.a[i];
      double b = EvaluationOrderRunTest.b[i];
      double c = EvaluationOrderRunTest.c[i];
      double x = EvaluationOrderRunTest.x[i];
      double[] want = {
        0,
        a - (b - c),
        a - b - c,
        a / (b * c),
        a / b * c,
        (a + b) + c,
        a + (b + c),
        -(-x),
        -(a - b),
        a - -b,
        a * (b / c),
        a % (b % c),
        (a + b) * (c - a) / (b + c),
        a > b ? (b > c ? a - b : b - c) : (a > c ? c - a : a + (b + c)),
        a > b ? a : b > c ? b : c,
        (a > b ? a : b) > c ? a * b : (c + a) - b,
        -(a > b ? a : -b) + -(-(c)),
        (double) (float) (a + b) - (float) c,
        (double) (int) (a * 1e3) / (b - c),
        Math.pow(a - b, 2) - Math.max(a, b - c) * -Math.min(-a, c),
        a - (b + (c - (a + (b - c)))),
        1 - (1 - a) * (1 - b) - c,
        a * b * c - a * (b * c),
        x - x * (a / b) / c,
        (a + b + c) / 3 - (a + (b + c)) / 3,
      };
      for (int k = 1; k <= 24; k++) {
        assertEquals(Double.doubleToRawLongBits(want[k]), Double.doubleToRawLongBits(got[k][i]),
            "r" + k + " for a=" + a + ", b=" + b + ", c=" + c + ", x=" + x + ": want "
                + want[k] + ", got " + got[k][i]);
      }
      if (want[5] != want[6]) {
        differsByGrouping++;
      }
    }
    // the inputs do tell the groupings apart
    assertThat(differsByGrouping).isGreaterThan(N / 10);
  }

  @Test
  void intFloatAndBooleanExpressionsAreGroupedAsWritten() {
    int[] i1 = (int[]) group.array("i1");
    int[] i2 = (int[]) group.array("i2");
    int[] i3 = (int[]) group.array("i3");
    int[] i4 = (int[]) group.array("i4");
    float[] f1 = (float[]) group.array("f1");
    float[] f2 = (float[]) group.array("f2");
    float[] f3 = (float[]) group.array("f3");
    boolean[] b1 = (boolean[]) group.array("b1");
    boolean[] b2 = (boolean[]) group.array("b2");
    boolean[] b3 = (boolean[]) group.array("b3");
    for (int i = 0; i < N; i++) {
      int p = (int) EvaluationOrderRunTest.p[i];
      int q = (int) EvaluationOrderRunTest.q[i];
      int r = (int) EvaluationOrderRunTest.r[i];
      float f = (float) EvaluationOrderRunTest.f[i];
      float g = (float) EvaluationOrderRunTest.g[i];
      float h = (float) EvaluationOrderRunTest.h[i];
      double a = EvaluationOrderRunTest.a[i];
      double b = EvaluationOrderRunTest.b[i];
      double c = EvaluationOrderRunTest.c[i];
      double x = EvaluationOrderRunTest.x[i];
      String at = " at neuron " + i;
      assertEquals(p - (q - r), i1[i], "i1" + at);
      assertEquals(p / (q / r * 2 + 1) * r % 7, i2[i], "i2" + at);
      assertEquals(-(p % q) - -r, i3[i], "i3" + at);
      assertEquals((p + q) / 2 + p * (q - r) / 3, i4[i], "i4" + at);
      assertEquals(Float.floatToRawIntBits(f - (g - h)), Float.floatToRawIntBits(f1[i]),
          "f1" + at);
      assertEquals(Float.floatToRawIntBits((f + g) + h + f * (g / h)),
          Float.floatToRawIntBits(f2[i]), "f2" + at);
      assertEquals(Float.floatToRawIntBits((float) (a + f) + g), Float.floatToRawIntBits(f3[i]),
          "f3" + at);
      assertEquals((a < b) == (b < c), b1[i], "b1" + at);
      assertEquals(!(a < b) && (b < c || c < a) || !(x > 0), b2[i], "b2" + at);
      assertEquals(a < b != b < c == (c < a), b3[i], "b3" + at);
    }
  }

  @Test
  void generatedSourceKeepsOnlyTheParenthesesThatMatter() {
    JavaFileObject f = JavaFileObjects.forSourceString("m.Order", SOURCE);
    Compilation c = Harness.compile(f);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("m.OrderGroup").contentsAsUtf8String()
        .contains("r1 = a - (b - c);");
    assertThat(c).generatedSourceFile("m.OrderGroup").contentsAsUtf8String()
        .contains("r2 = a - b - c;");
    assertThat(c).generatedSourceFile("m.OrderGroup").contentsAsUtf8String()
        .contains("r5 = a + b + c;");
    assertThat(c).generatedSourceFile("m.OrderGroup").contentsAsUtf8String()
        .contains("r6 = a + (b + c);");
    assertThat(c).generatedSourceFile("m.OrderGroup").contentsAsUtf8String()
        .contains("r7 = -(-x);");
    assertThat(c).generatedSourceFile("m.OrderGroup").contentsAsUtf8String()
        .contains("r14 = a > b ? a : b > c ? b : c;");
  }
}
