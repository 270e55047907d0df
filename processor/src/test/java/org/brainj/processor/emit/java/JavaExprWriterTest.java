package org.brainj.processor.emit.java;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.BinaryOp;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
import org.brainj.processor.ir.Expr.Conditional;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.ParamRef;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.Expr.UnaryOp;
import org.brainj.processor.ir.MathFn;
import org.brainj.processor.ir.Type;
import org.junit.jupiter.api.Test;

/**
 * The expression writer drops parentheses Java does not need. Property: for random expression
 * trees, its output evaluates bit for bit like a fully parenthesized rendering of the same tree.
 */
class JavaExprWriterTest {
  private static final List<String> NAMES = List.of("a", "b", "c", "d");
  private static final int EXPRESSIONS = 250;
  private static final int INPUTS = 300;

  private static String write(Expr e) {
    return new JavaExprWriter(new Names(Set.of()), "i").write(e);
  }

  /** Every subexpression in parentheses: the evaluation order is the tree's, unambiguously. */
  static String full(Expr e) {
    if (e instanceof Const c) {
      return "(" + JavaExprWriter.literal(c) + ")";
    }
    if (e instanceof ParamRef p) {
      return p.name();
    }
    if (e instanceof Unary u) {
      return "(" + u.op().symbol + full(u.operand()) + ")";
    }
    if (e instanceof Binary b) {
      return "(" + full(b.left()) + " " + b.op().symbol + " " + full(b.right()) + ")";
    }
    if (e instanceof Conditional c) {
      return "(" + full(c.condition()) + " ? " + full(c.ifTrue()) + " : " + full(c.ifFalse())
          + ")";
    }
    if (e instanceof Call c) {
      return "Math." + c.fn().javaName + "("
          + c.args().stream().map(JavaExprWriterTest::full).collect(Collectors.joining(", "))
          + ")";
    }
    if (e instanceof Cast c) {
      return "((" + c.type().javaName() + ") " + full(c.operand()) + ")";
    }
    throw new IllegalArgumentException(e.toString());
  }

  // ------------------------------------------------------------------ random trees

  private static final BinaryOp[] ARITH = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL,
      BinaryOp.DIV, BinaryOp.REM};
  private static final BinaryOp[] COMPARE = {BinaryOp.LT, BinaryOp.LE, BinaryOp.GT, BinaryOp.GE,
      BinaryOp.EQ, BinaryOp.NE};
  private static final MathFn[] FNS = {MathFn.EXP, MathFn.SQRT, MathFn.ABS, MathFn.MAX,
      MathFn.MIN, MathFn.POW, MathFn.ATAN2, MathFn.HYPOT, MathFn.FLOOR};
  private static final double[] CONSTANTS = {1, 2, 0.5, -1, -2.5, 0.0, -0.0, 3e-7, -1e10,
      0.1};

  static Expr number(Random r, int depth) {
    int k = depth <= 0 ? r.nextInt(2) : r.nextInt(12);
    switch (k) {
      case 0:
        return new ParamRef(NAMES.get(r.nextInt(NAMES.size())), Type.DOUBLE);
      case 1:
        return Const.ofDouble(CONSTANTS[r.nextInt(CONSTANTS.length)]);
      case 2:
        return new Unary(UnaryOp.NEG, number(r, depth - 1), Type.DOUBLE);
      case 3:
        return new Conditional(bool(r, depth - 1), number(r, depth - 1), number(r, depth - 1),
            Type.DOUBLE);
      case 4: {
        MathFn fn = FNS[r.nextInt(FNS.length)];
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < fn.arity; i++) {
          args.add(number(r, depth - 1));
        }
        return new Call(fn, args, Type.DOUBLE);
      }
      case 5: {
        // through float or int and back: the operand stays a double expression
        Type via = r.nextBoolean() ? Type.FLOAT : Type.INT;
        return new Cast(Type.DOUBLE, new Cast(via, number(r, depth - 1)));
      }
      default:
        return new Binary(ARITH[r.nextInt(ARITH.length)], number(r, depth - 1),
            number(r, depth - 1), Type.DOUBLE);
    }
  }

  static Expr bool(Random r, int depth) {
    int k = depth <= 0 ? 0 : r.nextInt(5);
    switch (k) {
      case 0:
      case 1:
        return new Binary(COMPARE[r.nextInt(COMPARE.length)], number(r, depth - 1),
            number(r, depth - 1), Type.BOOLEAN);
      case 2:
        return new Unary(UnaryOp.NOT, bool(r, depth - 1), Type.BOOLEAN);
      case 3:
        return new Binary(r.nextBoolean() ? BinaryOp.AND : BinaryOp.OR, bool(r, depth - 1),
            bool(r, depth - 1), Type.BOOLEAN);
      default:
        return new Binary(r.nextBoolean() ? BinaryOp.EQ : BinaryOp.NE, bool(r, depth - 1),
            bool(r, depth - 1), Type.BOOLEAN);
    }
  }

  @Test
  void minimalParenthesesEvaluateLikeFullParentheses() throws Exception {
    Random r = new Random(7);
    List<Expr> exprs = new ArrayList<>();
    StringBuilder src = new StringBuilder("package gen;\npublic final class Exprs {\n"
        + "  public static void eval(double a, double b, double c, double d, double[] out) {\n");
    for (int k = 0; k < EXPRESSIONS; k++) {
      Expr e = number(r, 2 + r.nextInt(4));
      exprs.add(e);
      src.append("    out[").append(2 * k).append("] = ").append(write(e)).append(";\n");
      src.append("    out[").append(2 * k + 1).append("] = ").append(full(e)).append(";\n");
    }
    src.append("  }\n}\n");
    Compilation c = Compiler.javac().compile(
        JavaFileObjects.forSourceString("gen.Exprs", src.toString()));
    assertThat(c).succeeded();
    Class<?> type = load(c, "gen.Exprs");
    Method eval = type.getMethod("eval", double.class, double.class, double.class,
        double.class, double[].class);

    double[] out = new double[2 * EXPRESSIONS];
    for (int n = 0; n < INPUTS; n++) {
      double a = value(r);
      double b = n % 4 == 0 ? -a : value(r); // cancellation
      double cc = value(r);
      double d = n % 9 == 0 ? 0.0 : value(r);
      eval.invoke(null, a, b, cc, d, out);
      for (int k = 0; k < EXPRESSIONS; k++) {
        if (Double.doubleToLongBits(out[2 * k + 1]) != Double.doubleToLongBits(out[2 * k])) {
          throw new AssertionError("for a=" + a + ", b=" + b + ", c=" + cc + ", d=" + d
              + "\n  " + write(exprs.get(k)) + " = " + out[2 * k]
              + "\n  " + full(exprs.get(k)) + " = " + out[2 * k + 1]);
        }
      }
    }
  }

  private static double value(Random r) {
    return (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextDouble() * 12 - 6)
        * (1 + r.nextDouble());
  }

  private static Class<?> load(Compilation c, String name) throws Exception {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject f : c.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        String path = f.toUri().getPath();
        String binary = path.substring(path.indexOf("/CLASS_OUTPUT/") + 14)
            .replace(".class", "").replace('/', '.');
        try (InputStream in = f.openInputStream()) {
          classes.put(binary, in.readAllBytes());
        }
      }
    }
    ClassLoader loader = new ClassLoader(JavaExprWriterTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String n) throws ClassNotFoundException {
        byte[] bytes = classes.get(n);
        if (bytes == null) {
          throw new ClassNotFoundException(n);
        }
        return defineClass(n, bytes, 0, bytes.length);
      }
    };
    return loader.loadClass(name);
  }

  // ------------------------------------------------------------------ exact text

  private static Expr v(String n) {
    return new ParamRef(n, Type.DOUBLE);
  }

  private static Expr bin(BinaryOp op, Expr l, Expr r) {
    return new Binary(op, l, r, op.isComparison() || op.isLogical() ? Type.BOOLEAN : Type.DOUBLE);
  }

  @Test
  void writesTheParenthesesJavaNeedsAndNoOthers() {
    Expr a = v("a");
    Expr b = v("b");
    Expr c = v("c");
    assertEquals("a - (b - c)", write(bin(BinaryOp.SUB, a, bin(BinaryOp.SUB, b, c))));
    assertEquals("a - b - c", write(bin(BinaryOp.SUB, bin(BinaryOp.SUB, a, b), c)));
    assertEquals("a + (b + c)", write(bin(BinaryOp.ADD, a, bin(BinaryOp.ADD, b, c))));
    assertEquals("a / (b * c)", write(bin(BinaryOp.DIV, a, bin(BinaryOp.MUL, b, c))));
    assertEquals("a * b / c", write(bin(BinaryOp.DIV, bin(BinaryOp.MUL, a, b), c)));
    assertEquals("(a + b) * c", write(bin(BinaryOp.MUL, bin(BinaryOp.ADD, a, b), c)));
    assertEquals("a + b * c", write(bin(BinaryOp.ADD, a, bin(BinaryOp.MUL, b, c))));
    assertEquals("-(-a)", write(new Unary(UnaryOp.NEG, new Unary(UnaryOp.NEG, a, Type.DOUBLE),
        Type.DOUBLE)));
    assertEquals("-(a - b)", write(new Unary(UnaryOp.NEG, bin(BinaryOp.SUB, a, b),
        Type.DOUBLE)));
    assertEquals("a - -1.0", write(bin(BinaryOp.SUB, a, Const.ofDouble(-1))));
    assertEquals("(double) (float) (a + b)", write(new Cast(Type.DOUBLE,
        new Cast(Type.FLOAT, bin(BinaryOp.ADD, a, b)))));
    Expr gt = bin(BinaryOp.GT, a, b);
    Expr inner = new Conditional(bin(BinaryOp.GT, b, c), b, c, Type.DOUBLE);
    assertEquals("a > b ? a : b > c ? b : c",
        write(new Conditional(gt, a, inner, Type.DOUBLE)));
    assertEquals("a > b ? (b > c ? b : c) : a",
        write(new Conditional(gt, inner, a, Type.DOUBLE)));
    assertEquals("(a > b ? a : b) > c",
        write(bin(BinaryOp.GT, new Conditional(gt, a, b, Type.DOUBLE), c)));
    assertEquals("!(a > b) && (a < c || b < c)", write(bin(BinaryOp.AND,
        new Unary(UnaryOp.NOT, gt, Type.BOOLEAN),
        bin(BinaryOp.OR, bin(BinaryOp.LT, a, c), bin(BinaryOp.LT, b, c)))));
    assertEquals("Double.NaN", write(Const.ofDouble(Double.NaN)));
    assertEquals("Double.NEGATIVE_INFINITY", write(Const.ofDouble(Double.NEGATIVE_INFINITY)));
    assertEquals("1.0E-300", write(Const.ofDouble(1e-300)));
    assertEquals("0.1f", write(new Const(Type.FLOAT, 0.1f)));
  }
}
