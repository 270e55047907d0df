package org.brainj.processor.emit.vector;

import java.util.List;
import org.brainj.processor.emit.TargetCheck;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.BinaryOp;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
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

  /** Why {@code body} cannot be vectorized in double lanes, or null if it can. */
  static String refusal(List<Stmt> body) {
    return refusal(body, LaneType.DOUBLE);
  }

  /** Why {@code body} (demoted, for float lanes) cannot be vectorized, or null if it can. */
  static String refusal(List<Stmt> body, LaneType lanes) {
    return (lanes == LaneType.FLOAT ? FLOAT_CHECK : DOUBLE_CHECK).refusal(body);
  }

  private static final TargetCheck DOUBLE_CHECK = new Check(LaneType.DOUBLE);
  private static final TargetCheck FLOAT_CHECK = new Check(LaneType.FLOAT);

  private static final class Check extends TargetCheck {
    private final LaneType lanes;

    Check(LaneType lanes) {
      this.lanes = lanes;
    }

    @Override
    protected String typeReason(Type t, String what) {
      return t == lanes.type || t == Type.BOOLEAN ? null
          : what + " is " + t.javaName() + " (only " + lanes.primitive()
              + " and boolean lanes are vectorized)";
    }

    @Override
    protected String loopReason() {
      return "adaptive sub-stepping loops are not vectorized";
    }

    @Override
    protected String failReason() {
      return "run-time failure checks are not vectorized";
    }

    @Override
    protected String assignReason(Stmt.Assign a) {
      return a.op() == Stmt.AssignOp.REM ? "'%=' has no lane-wise form" : null;
    }

    @Override
    protected boolean accepts(Expr e) {
      // a cast that changes nothing, or (float lanes) a random draw rounded to float
      return e instanceof Cast c && (c.operand().type() == lanes.type
          || lanes == LaneType.FLOAT && c.operand() instanceof Expr.Random);
    }

    @Override
    protected String nodeReason(Expr e) {
      if (e instanceof Binary b && b.op() == BinaryOp.REM) {
        return "'%' has no lane-wise form";
      }
      if (e instanceof Call c && c.fn().arity == 1 && unaryOperator(c.fn()) == null) {
        return "Math." + c.fn().javaName + " has no lane-wise operator";
      }
      if (e instanceof Call c && c.fn() == MathFn.SIGNUM) {
        return "Math.signum has no lane-wise operator";
      }
      if (e instanceof Cast c) {
        return "cast from " + c.operand().type().javaName() + " of a per-neuron value";
      }
      return null;
    }
  }
}
