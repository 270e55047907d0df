package org.brainj.processor.extract;

import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.Unary;

/** Evaluates constant expressions (parameter defaults) with Java's double arithmetic. */
final class ConstantFolder {
  private ConstantFolder() {}

  /** The value, or null if the expression is not constant. */
  static Double fold(Expr e) {
    if (e instanceof Const c) {
      return c.type() == org.brainj.processor.ir.Type.BOOLEAN ? null : c.asDouble();
    }
    if (e instanceof Cast c) {
      Double v = fold(c.operand());
      if (v == null) {
        return null;
      }
      return switch (c.type()) {
        case INT -> (double) (int) (double) v;
        case FLOAT -> (double) (float) (double) v;
        default -> v;
      };
    }
    if (e instanceof Unary u && u.op() == Expr.UnaryOp.NEG) {
      Double v = fold(u.operand());
      if (v == null) {
        return null;
      }
      return u.type() == org.brainj.processor.ir.Type.INT ? (double) -(int) (double) v : -v;
    }
    if (e instanceof Binary b && !b.op().isComparison() && !b.op().isLogical()) {
      Double l = fold(b.left());
      Double r = fold(b.right());
      if (l == null || r == null) {
        return null;
      }
      // Java's arithmetic of the operation's type: int wraps around, float rounds to float
      if (b.type() == org.brainj.processor.ir.Type.INT) {
        int li = (int) (double) l;
        int ri = (int) (double) r;
        return switch (b.op()) {
          case ADD -> (double) (li + ri);
          case SUB -> (double) (li - ri);
          case MUL -> (double) (li * ri);
          case DIV -> ri == 0 ? null : (double) (li / ri); // Java: not a constant either
          case REM -> ri == 0 ? null : (double) (li % ri);
          default -> null;
        };
      }
      if (b.type() == org.brainj.processor.ir.Type.FLOAT) {
        float lf = (float) (double) l;
        float rf = (float) (double) r;
        return switch (b.op()) {
          case ADD -> (double) (lf + rf);
          case SUB -> (double) (lf - rf);
          case MUL -> (double) (lf * rf);
          case DIV -> (double) (lf / rf);
          case REM -> (double) (lf % rf);
          default -> null;
        };
      }
      return switch (b.op()) {
        case ADD -> l + r;
        case SUB -> l - r;
        case MUL -> l * r;
        case DIV -> l / r;
        case REM -> l % r;
        default -> null;
      };
    }
    if (e instanceof Call c) {
      double[] a = new double[c.args().size()];
      for (int i = 0; i < a.length; i++) {
        Double v = fold(c.args().get(i));
        if (v == null) {
          return null;
        }
        a[i] = v;
      }
      return switch (c.fn()) {
        case EXP -> Math.exp(a[0]);
        case EXPM1 -> Math.expm1(a[0]);
        case LOG -> Math.log(a[0]);
        case LOG10 -> Math.log10(a[0]);
        case LOG1P -> Math.log1p(a[0]);
        case POW -> Math.pow(a[0], a[1]);
        case SQRT -> Math.sqrt(a[0]);
        case CBRT -> Math.cbrt(a[0]);
        case ABS -> Math.abs(a[0]);
        case MIN -> Math.min(a[0], a[1]);
        case MAX -> Math.max(a[0], a[1]);
        case SIN -> Math.sin(a[0]);
        case COS -> Math.cos(a[0]);
        case TAN -> Math.tan(a[0]);
        case ASIN -> Math.asin(a[0]);
        case ACOS -> Math.acos(a[0]);
        case ATAN -> Math.atan(a[0]);
        case ATAN2 -> Math.atan2(a[0], a[1]);
        case SINH -> Math.sinh(a[0]);
        case COSH -> Math.cosh(a[0]);
        case TANH -> Math.tanh(a[0]);
        case FLOOR -> Math.floor(a[0]);
        case CEIL -> Math.ceil(a[0]);
        case RINT -> Math.rint(a[0]);
        case SIGNUM -> Math.signum(a[0]);
        case HYPOT -> Math.hypot(a[0], a[1]);
      };
    }
    return null;
  }
}
