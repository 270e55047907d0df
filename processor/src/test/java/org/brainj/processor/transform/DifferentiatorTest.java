package org.brainj.processor.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.BinaryOp;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Conditional;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.Expr.UnaryOp;
import org.brainj.processor.ir.Expr.VarRef;
import org.brainj.processor.ir.MathFn;
import org.brainj.processor.ir.Type;
import org.junit.jupiter.api.Test;

/** Symbolic derivatives of random expressions agree with finite differences. */
class DifferentiatorTest {
  private static final VarRef X = new VarRef("x", Type.DOUBLE);
  private static final VarRef Y = new VarRef("y", Type.DOUBLE);

  @Test
  void randomExpressionsMatchCentralDifferences() {
    Random rng = new Random(12345);
    int checked = 0;
    for (int trial = 0; trial < 3000; trial++) {
      Expr e = random(rng, 4);
      Expr dx = Differentiator.differentiate(e, "x");
      double x = 0.3 + rng.nextDouble();
      double y = 0.3 + rng.nextDouble();
      double h = 1e-6 * Math.max(1, Math.abs(x));
      double fp = eval(e, x + h, y);
      double fm = eval(e, x - h, y);
      double f0 = eval(e, x, y);
      double sym = eval(dx, x, y);
      if (!Double.isFinite(fp) || !Double.isFinite(fm) || !Double.isFinite(sym)
          || Math.abs(f0) > 1e6 || Math.abs(sym) > 1e6) {
        continue; // outside the domain or near a singularity: nothing to compare
      }
      double fd = (fp - fm) / (2 * h);
      // central differences: truncation ~h^2 f''' and rounding ~eps |f| / h
      double tol = 1e-5 * (1 + Math.abs(sym) + Math.abs(f0));
      assertEquals(fd, sym, tol, () -> "d/dx of " + e + " at x=" + x + ", y=" + y);
      checked++;
    }
    assertTrue(checked > 1500, "enough smooth cases were compared: " + checked);
  }

  @Test
  void knownDerivatives() {
    // d/dx [x^3 * exp(-x / 2)] = (3 x^2 - x^3 / 2) exp(-x / 2)
    Expr e = mul(call(MathFn.POW, X, Const.ofDouble(3)),
        call(MathFn.EXP, div(new Unary(UnaryOp.NEG, X, Type.DOUBLE), Const.ofDouble(2))));
    Expr d = Differentiator.differentiate(e, "x");
    double x = 1.7;
    assertEquals((3 * x * x - x * x * x / 2) * Math.exp(-x / 2), eval(d, x, 0), 1e-13);
    // other variables are constants
    assertEquals(0.0, eval(Differentiator.differentiate(mul(Y, Y), "x"), 1, 2));
  }

  // ------------------------------------------------------------------ random IR

  private static final List<MathFn> FNS = List.of(MathFn.EXP, MathFn.LOG, MathFn.SQRT,
      MathFn.SIN, MathFn.COS, MathFn.TANH, MathFn.ATAN, MathFn.SINH, MathFn.EXPM1, MathFn.LOG1P,
      MathFn.CBRT, MathFn.ABS);

  private static Expr random(Random rng, int depth) {
    if (depth == 0 || rng.nextInt(4) == 0) {
      return switch (rng.nextInt(3)) {
        case 0 -> X;
        case 1 -> Y;
        default -> Const.ofDouble(Math.round((rng.nextDouble() * 4 - 2) * 100) / 100.0);
      };
    }
    return switch (rng.nextInt(8)) {
      case 0 -> new Binary(BinaryOp.ADD, random(rng, depth - 1), random(rng, depth - 1), Type.DOUBLE);
      case 1 -> new Binary(BinaryOp.SUB, random(rng, depth - 1), random(rng, depth - 1), Type.DOUBLE);
      case 2 -> mul(random(rng, depth - 1), random(rng, depth - 1));
      case 3 -> div(random(rng, depth - 1), random(rng, depth - 1));
      case 4 -> call(MathFn.POW, call(MathFn.ABS, random(rng, depth - 1)),
          Const.ofDouble(1 + rng.nextInt(3)));
      case 5 -> new Unary(UnaryOp.NEG, random(rng, depth - 1), Type.DOUBLE);
      case 6 -> new Conditional(new Binary(BinaryOp.GT, X, Const.ofDouble(0.8), Type.BOOLEAN),
          random(rng, depth - 1), random(rng, depth - 1), Type.DOUBLE);
      default -> call(FNS.get(rng.nextInt(FNS.size())), random(rng, depth - 1));
    };
  }

  private static Expr mul(Expr a, Expr b) {
    return new Binary(BinaryOp.MUL, a, b, Type.DOUBLE);
  }

  private static Expr div(Expr a, Expr b) {
    return new Binary(BinaryOp.DIV, a, b, Type.DOUBLE);
  }

  private static Expr call(MathFn f, Expr... args) {
    return new Call(f, List.of(args), Type.DOUBLE);
  }

  /** A small IR interpreter for expressions of x and y. */
  static double eval(Expr e, double x, double y) {
    if (e instanceof Const c) {
      return c.asDouble();
    }
    if (e instanceof VarRef v) {
      return Map.of("x", x, "y", y).get(v.name());
    }
    if (e instanceof Unary u) {
      return -eval(u.operand(), x, y);
    }
    if (e instanceof Binary b) {
      double l = eval(b.left(), x, y);
      double r = eval(b.right(), x, y);
      return switch (b.op()) {
        case ADD -> l + r;
        case SUB -> l - r;
        case MUL -> l * r;
        case DIV -> l / r;
        case GT -> l > r ? 1 : 0;
        case GE -> l >= r ? 1 : 0;
        case LE -> l <= r ? 1 : 0;
        default -> throw new IllegalStateException(b.op().toString());
      };
    }
    if (e instanceof Conditional c) {
      return eval(c.condition(), x, y) != 0 ? eval(c.ifTrue(), x, y) : eval(c.ifFalse(), x, y);
    }
    if (e instanceof Call c) {
      double a = eval(c.args().get(0), x, y);
      double b = c.args().size() > 1 ? eval(c.args().get(1), x, y) : 0;
      return switch (c.fn()) {
        case EXP -> Math.exp(a);
        case LOG -> Math.log(a);
        case SQRT -> Math.sqrt(a);
        case SIN -> Math.sin(a);
        case COS -> Math.cos(a);
        case TANH -> Math.tanh(a);
        case ATAN -> Math.atan(a);
        case SINH -> Math.sinh(a);
        case COSH -> Math.cosh(a);
        case EXPM1 -> Math.expm1(a);
        case LOG1P -> Math.log1p(a);
        case CBRT -> Math.cbrt(a);
        case ABS -> Math.abs(a);
        case SIGNUM -> Math.signum(a);
        case POW -> Math.pow(a, b);
        default -> throw new IllegalStateException(c.fn().toString());
      };
    }
    throw new IllegalStateException(e.toString());
  }
}
