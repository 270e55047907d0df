package org.brainj.processor.emit;

import java.util.List;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
import org.brainj.processor.ir.Expr.Conditional;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.Dt;
import org.brainj.processor.ir.Expr.Time;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;

/**
 * Finds the first construct of a step body that a target (SIMD lanes, an OpenCL kernel) cannot
 * express, and says why. The walk is shared; each target states its rules through the hooks.
 * Sub-expressions of literals, {@code t} and {@code dt} only are always fine: every target writes
 * them as plain scalar code.
 */
public abstract class TargetCheck {

  /** Why {@code body} cannot run on the target, or null if it can. */
  public final String refusal(List<Stmt> body) {
    for (Stmt s : body) {
      String r = refusal(s);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /** Why a per-element value of type {@code t} ({@code what}) is refused, or null. */
  protected abstract String typeReason(Type t, String what);

  /** Why the generated adaptive sub-step loops are refused. */
  protected abstract String loopReason();

  /** Why the generated run-time failure checks are refused. */
  protected abstract String failReason();

  /** Why this assignment's operator is refused, or null (its types are checked anyway). */
  protected String assignReason(Stmt.Assign a) {
    return null;
  }

  /** Whether {@code e} is fine as a whole, without looking inside it. */
  protected boolean accepts(Expr e) {
    return false;
  }

  /** Why the node {@code e} itself is refused, or null; its operands are checked after. */
  protected String nodeReason(Expr e) {
    return null;
  }

  private String refusal(Stmt s) {
    if (s instanceof Stmt.Declare d) {
      String r = typeReason(d.local().type(), "local '" + d.local().hint() + "'");
      return r != null ? r : d.init() == null ? null : expr(d.init());
    }
    if (s instanceof Stmt.Assign a) {
      String r = typeReason(a.target().type(), "assignment target");
      if (r == null) {
        r = assignReason(a);
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
      return loopReason();
    }
    if (s instanceof Stmt.Fail) {
      return failReason();
    }
    return "statement " + s.getClass().getSimpleName() + " is not supported";
  }

  /** Checks a per-element expression. */
  protected final String expr(Expr e) {
    if (constant(e) || accepts(e)) {
      return null;
    }
    String r = typeReason(e.type(), "expression of type " + e.type().javaName());
    if (r == null) {
      r = nodeReason(e);
    }
    if (r != null) {
      return r;
    }
    if (e instanceof Unary u) {
      return expr(u.operand());
    }
    if (e instanceof Binary b) {
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
      for (Expr a : c.args()) {
        String x = expr(a);
        if (x != null) {
          return x;
        }
      }
      return null;
    }
    if (e instanceof Cast c) {
      return expr(c.operand());
    }
    return null;
  }

  /** True for expressions of literals, {@code t} and {@code dt} only. */
  public static boolean constant(Expr e) {
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
      return c.args().stream().allMatch(TargetCheck::constant);
    }
    if (e instanceof Cast c) {
      return constant(c.operand());
    }
    return false;
  }
}
