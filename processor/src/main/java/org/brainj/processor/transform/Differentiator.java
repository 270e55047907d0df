package org.brainj.processor.transform;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.BinaryOp;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
import org.brainj.processor.ir.Expr.Conditional;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.LocalRef;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.Expr.UnaryOp;
import org.brainj.processor.ir.Expr.VarRef;
import org.brainj.processor.ir.Local;
import org.brainj.processor.ir.MathFn;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Stmt.Assign;
import org.brainj.processor.ir.Stmt.AssignOp;
import org.brainj.processor.ir.Stmt.Block;
import org.brainj.processor.ir.Stmt.Declare;
import org.brainj.processor.ir.Stmt.If;
import org.brainj.processor.ir.Stmt.LocalTarget;
import org.brainj.processor.ir.Type;

/**
 * Symbolic differentiation on the IR, forward mode: for a body (locals, assignments, ifs) and a
 * result expression, produces statements that compute the body and, alongside each real local
 * {@code L}, its derivative {@code dL}, and the expression of {@code d result / d x} for one state
 * variable {@code x}. Other state variables, parameters, {@code t} and {@code dt} are constants.
 * Used for the linear part of exponential Euler (and, later, Jacobians for analysis).
 *
 * <p>Piecewise functions ({@code ?:}, {@code if}, {@code min}, {@code max}, {@code abs}) are
 * differentiated branch by branch, which is the derivative wherever it exists.
 */
public final class Differentiator {
  private final String variable;
  private final Map<Local, Local> derivativeOf = new IdentityHashMap<>();

  private Differentiator(String variable) {
    this.variable = variable;
  }

  /** Statements and the derivative expression of a body's result with respect to one variable. */
  public record Result(List<Stmt> body, Expr derivative) {}

  /**
   * Differentiates {@code body; return result;} with respect to state variable {@code x}. The
   * returned statements replace {@code body} (they compute the same locals plus derivative
   * locals).
   */
  public static Result differentiate(List<Stmt> body, Expr result, String x) {
    Differentiator d = new Differentiator(x);
    List<Stmt> out = d.stmts(body);
    return new Result(out, d.d(result));
  }

  /** The derivative of a single expression without locals. */
  public static Expr differentiate(Expr e, String x) {
    return new Differentiator(x).d(e);
  }

  private List<Stmt> stmts(List<Stmt> body) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : body) {
      stmt(s, out);
    }
    return out;
  }

  private void stmt(Stmt s, List<Stmt> out) {
    if (s instanceof Declare d) {
      if (isReal(d.local().type())) {
        Local dl = new Local("d" + d.local().hint() + "_d" + variable, Type.DOUBLE);
        derivativeOf.put(d.local(), dl);
        out.add(new Declare(dl, d.init() == null ? null : d(d.init()), d.origin()));
      }
      out.add(d);
    } else if (s instanceof Assign a && a.target() instanceof LocalTarget lt
        && derivativeOf.containsKey(lt.local())) {
      // the derivative update reads the local's old value, so it goes first
      Local dl = derivativeOf.get(lt.local());
      Expr old = new LocalRef(lt.local());
      Expr dOld = new LocalRef(dl);
      Expr de = d(a.value());
      Expr v = a.value();
      Expr update = switch (a.op()) {
        case SET -> de;
        case ADD -> add(dOld, de);
        case SUB -> sub(dOld, de);
        case MUL -> add(mul(dOld, v), mul(old, de));
        case DIV -> div(sub(mul(dOld, v), mul(old, de)), mul(v, v));
        case REM -> dOld;
      };
      out.add(new Assign(new LocalTarget(dl), AssignOp.SET, update, a.origin()));
      out.add(a);
    } else if (s instanceof If i) {
      out.add(new If(i.condition(), stmts(i.then()), stmts(i.otherwise()), i.origin()));
    } else if (s instanceof Block b) {
      out.add(new Block(stmts(b.body()), b.comment(), b.origin()));
    } else {
      out.add(s);
    }
  }

  private static boolean isReal(Type t) {
    return t == Type.DOUBLE || t == Type.FLOAT;
  }

  /** d e / d variable. */
  Expr d(Expr e) {
    if (e instanceof VarRef v) {
      return v.name().equals(variable) ? ONE : ZERO;
    }
    if (e instanceof LocalRef l) {
      Local dl = derivativeOf.get(l.local());
      return dl == null ? ZERO : new LocalRef(dl);
    }
    if (e instanceof Unary u) {
      return u.op() == UnaryOp.NEG ? neg(d(u.operand())) : ZERO;
    }
    if (e instanceof Binary b) {
      Expr l = b.left();
      Expr r = b.right();
      return switch (b.op()) {
        case ADD -> add(d(l), d(r));
        case SUB -> sub(d(l), d(r));
        case MUL -> add(mul(d(l), r), mul(l, d(r)));
        case DIV -> {
          Expr dr = d(r);
          yield isZero(dr) ? div(d(l), r) : div(sub(mul(d(l), r), mul(l, dr)), mul(r, r));
        }
        default -> ZERO; // comparisons, logic, % (piecewise constant slope ignored)
      };
    }
    if (e instanceof Conditional c) {
      Expr a = d(c.ifTrue());
      Expr b = d(c.ifFalse());
      return isZero(a) && isZero(b) ? ZERO
          : new Conditional(c.condition(), a, b, Type.DOUBLE);
    }
    if (e instanceof Cast c) {
      return c.type() == Type.INT ? ZERO : d(c.operand());
    }
    if (e instanceof Call c) {
      return call(c);
    }
    return ZERO; // constants, parameters, t, dt, random draws
  }

  private Expr call(Call c) {
    Expr a = c.args().get(0);
    Expr da = d(a);
    Expr b = c.args().size() > 1 ? c.args().get(1) : null;
    Expr db = b == null ? ZERO : d(b);
    if (isZero(da) && isZero(db)) {
      return ZERO;
    }
    return switch (c.fn()) {
      case EXP -> mul(c, da);
      case EXPM1 -> mul(fn(MathFn.EXP, a), da);
      case LOG -> div(da, a);
      case LOG10 -> div(da, mul(a, Const.ofDouble(Math.log(10))));
      case LOG1P -> div(da, add(ONE, a));
      case SQRT -> div(da, mul(Const.ofDouble(2), c));
      case CBRT -> div(da, mul(Const.ofDouble(3), mul(c, c)));
      case POW -> {
        if (isZero(db)) {
          // d a^b = b a^(b-1) da for a constant exponent
          yield mul(mul(b, fn(MathFn.POW, a, sub(b, ONE))), da);
        }
        yield mul(c, add(mul(db, fn(MathFn.LOG, a)), div(mul(b, da), a)));
      }
      case SIN -> mul(fn(MathFn.COS, a), da);
      case COS -> neg(mul(fn(MathFn.SIN, a), da));
      case TAN -> div(da, mul(fn(MathFn.COS, a), fn(MathFn.COS, a)));
      case SINH -> mul(fn(MathFn.COSH, a), da);
      case COSH -> mul(fn(MathFn.SINH, a), da);
      case TANH -> mul(sub(ONE, mul(c, c)), da);
      case ASIN -> div(da, fn(MathFn.SQRT, sub(ONE, mul(a, a))));
      case ACOS -> neg(div(da, fn(MathFn.SQRT, sub(ONE, mul(a, a)))));
      case ATAN -> div(da, add(ONE, mul(a, a)));
      case ATAN2 -> div(sub(mul(b, da), mul(a, db)), add(mul(a, a), mul(b, b)));
      case HYPOT -> div(add(mul(a, da), mul(b, db)), c);
      case ABS -> mul(fn(MathFn.SIGNUM, a), da);
      case MIN -> new Conditional(new Binary(BinaryOp.LE, a, b, Type.BOOLEAN), da, db,
          Type.DOUBLE);
      case MAX -> new Conditional(new Binary(BinaryOp.GE, a, b, Type.BOOLEAN), da, db,
          Type.DOUBLE);
      case FLOOR, CEIL, RINT, SIGNUM -> ZERO;
    };
  }

  // ------------------------------------------------------------------ simplifying constructors

  private static final Const ZERO = Const.ofDouble(0);
  private static final Const ONE = Const.ofDouble(1);

  private static boolean isZero(Expr e) {
    return e instanceof Const c && c.type() != Type.BOOLEAN && c.asDouble() == 0;
  }

  private static boolean isOne(Expr e) {
    return e instanceof Const c && c.type() != Type.BOOLEAN && c.asDouble() == 1;
  }

  private static Expr fn(MathFn f, Expr... args) {
    return new Call(f, List.of(args), Type.DOUBLE);
  }

  static Expr add(Expr a, Expr b) {
    if (isZero(a)) {
      return b;
    }
    if (isZero(b)) {
      return a;
    }
    return new Binary(BinaryOp.ADD, a, b, Type.DOUBLE);
  }

  static Expr sub(Expr a, Expr b) {
    if (isZero(b)) {
      return a;
    }
    if (isZero(a)) {
      return neg(b);
    }
    return new Binary(BinaryOp.SUB, a, b, Type.DOUBLE);
  }

  static Expr mul(Expr a, Expr b) {
    if (isZero(a) || isZero(b)) {
      return ZERO;
    }
    if (isOne(a)) {
      return b;
    }
    if (isOne(b)) {
      return a;
    }
    return new Binary(BinaryOp.MUL, a, b, Type.DOUBLE);
  }

  static Expr div(Expr a, Expr b) {
    if (isZero(a)) {
      return ZERO;
    }
    if (isOne(b)) {
      return a;
    }
    return new Binary(BinaryOp.DIV, a, b, Type.DOUBLE);
  }

  static Expr neg(Expr a) {
    if (isZero(a)) {
      return ZERO;
    }
    if (a instanceof Unary u && u.op() == UnaryOp.NEG) {
      return u.operand();
    }
    return new Unary(UnaryOp.NEG, a, Type.DOUBLE);
  }
}
