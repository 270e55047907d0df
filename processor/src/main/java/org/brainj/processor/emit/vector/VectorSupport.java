package org.brainj.processor.emit.vector;

import java.util.List;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.BinaryOp;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
import org.brainj.processor.ir.Expr.Conditional;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.Dt;
import org.brainj.processor.ir.Expr.Time;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.MathFn;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;

/**
 * Decides whether a step body maps onto one-neuron-per-lane Vector API code, and says why not
 * when it does not. A group whose step is refused keeps running that step with its plain-Java
 * loop on the vector backend; nothing changes in its results.
 *
 * <p>Supported: {@code double} and {@code boolean} variables, locals and parameters;
 * {@code + - * /}, comparisons, {@code && || !}, ternaries, {@code if}/{@code else} (as masks),
 * the {@code Math} functions that have a lane-wise operator, random draws. Not (yet): integer or
 * float arithmetic on per-neuron values, {@code %}, {@code floor}/{@code ceil}/{@code rint}/
 * {@code signum}, and the loops of adaptive integrators.
 */
final class VectorSupport {
  private VectorSupport() {}

  /** The {@code VectorOperators} name of a one-argument {@code Math} function, or null. */
  static String unaryOperator(MathFn fn) {
    return switch (fn) {
      case EXP -> "EXP";
      case EXPM1 -> "EXPM1";
      case LOG -> "LOG";
      case LOG10 -> "LOG10";
      case LOG1P -> "LOG1P";
      case SQRT -> "SQRT";
      case CBRT -> "CBRT";
      case ABS -> "ABS";
      case SIN -> "SIN";
      case COS -> "COS";
      case TAN -> "TAN";
      case ASIN -> "ASIN";
      case ACOS -> "ACOS";
      case ATAN -> "ATAN";
      case SINH -> "SINH";
      case COSH -> "COSH";
      case TANH -> "TANH";
      default -> null;
    };
  }

  /** Why {@code body} cannot be vectorized, or null if it can. */
  static String refusal(List<Stmt> body) {
    for (Stmt s : body) {
      String r = refusal(s);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private static String refusal(Stmt s) {
    if (s instanceof Stmt.Declare d) {
      String r = lane(d.local().type(), "local '" + d.local().hint() + "'");
      return r != null ? r : d.init() == null ? null : expr(d.init());
    }
    if (s instanceof Stmt.Assign a) {
      String r = lane(a.target().type(), "assignment target");
      if (r == null && a.op() == Stmt.AssignOp.REM) {
        r = "'%=' has no lane-wise form";
      }
      return r != null ? r : expr(a.value());
    }
    if (s instanceof Stmt.If i) {
      String r = expr(i.condition());
      if (r == null) {
        r = refusal(i.then());
      }
      return r != null ? r : refusal(i.otherwise());
    }
    if (s instanceof Stmt.Block b) {
      return refusal(b.body());
    }
    if (s instanceof Stmt.While) {
      return "adaptive sub-stepping loops are not vectorized";
    }
    if (s instanceof Stmt.Fail) {
      return "run-time failure checks are not vectorized";
    }
    return "statement " + s.getClass().getSimpleName() + " is not vectorized";
  }

  private static String lane(Type t, String what) {
    return t == Type.DOUBLE || t == Type.BOOLEAN ? null
        : what + " is " + t.javaName() + " (only double and boolean lanes are vectorized)";
  }

  /** Checks a per-neuron expression; constant sub-expressions are plain Java and always fine. */
  private static String expr(Expr e) {
    if (constant(e)) {
      return null;
    }
    String r = lane(e.type(), "expression of type " + e.type().javaName());
    if (r != null) {
      return r;
    }
    if (e instanceof Unary u) {
      return expr(u.operand());
    }
    if (e instanceof Binary b) {
      if (b.op() == BinaryOp.REM) {
        return "'%' has no lane-wise form";
      }
      if (b.op().isComparison() || b.op().isLogical()) {
        // the operands may be int or float constants mixed with doubles
        String l = constant(b.left()) ? null : expr(b.left());
        return l != null ? l : constant(b.right()) ? null : expr(b.right());
      }
      String l = expr(b.left());
      return l != null ? l : expr(b.right());
    }
    if (e instanceof Conditional c) {
      String x = expr(c.condition());
      if (x == null) {
        x = expr(c.ifTrue());
      }
      return x != null ? x : expr(c.ifFalse());
    }
    if (e instanceof Call c) {
      if (c.fn().arity == 1 && unaryOperator(c.fn()) == null) {
        return "Math." + c.fn().javaName + " has no lane-wise operator";
      }
      if (c.fn() == MathFn.SIGNUM) {
        return "Math.signum has no lane-wise operator";
      }
      for (Expr a : c.args()) {
        String x = expr(a);
        if (x != null) {
          return x;
        }
      }
      return null;
    }
    if (e instanceof Cast c) {
      return c.operand().type() == Type.DOUBLE ? null
          : "cast from " + c.operand().type().javaName() + " of a per-neuron value";
    }
    return null;
  }

  /** True for expressions of literals, t and dt only: written as scalar Java. */
  private static boolean constant(Expr e) {
    if (e instanceof Const || e instanceof Time || e instanceof Dt) {
      return true;
    }
    if (e instanceof Unary u) {
      return constant(u.operand());
    }
    if (e instanceof Binary b) {
      return constant(b.left()) && constant(b.right());
    }
    if (e instanceof Conditional c) {
      return constant(c.condition()) && constant(c.ifTrue()) && constant(c.ifFalse());
    }
    if (e instanceof Call c) {
      return c.args().stream().allMatch(VectorSupport::constant);
    }
    if (e instanceof Cast c) {
      return constant(c.operand());
    }
    return false;
  }
}
