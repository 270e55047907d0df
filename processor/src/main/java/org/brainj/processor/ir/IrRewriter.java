package org.brainj.processor.ir;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
import org.brainj.processor.ir.Expr.Conditional;
import org.brainj.processor.ir.Expr.LocalRef;
import org.brainj.processor.ir.Expr.Time;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.Expr.VarRef;
import org.brainj.processor.ir.Stmt.Assign;
import org.brainj.processor.ir.Stmt.Block;
import org.brainj.processor.ir.Stmt.Declare;
import org.brainj.processor.ir.Stmt.If;
import org.brainj.processor.ir.Stmt.Integrate;
import org.brainj.processor.ir.Stmt.LocalTarget;

/**
 * Copies IR while substituting state variables and time, giving every declared local a fresh
 * identity (so a body inlined twice declares distinct locals). Used by integrator expansion and
 * helper inlining.
 */
public final class IrRewriter {
  private final Function<VarRef, Expr> vars;
  private final Expr time;
  private final Map<Local, Expr> locals = new IdentityHashMap<>();

  /**
   * @param vars replacement for a state variable read, or null to keep it
   * @param time replacement for {@code t}, or null to keep it
   */
  public IrRewriter(Function<VarRef, Expr> vars, Expr time) {
    this.vars = vars;
    this.time = time;
  }

  /** Substitutes reads of {@code local} (typically a helper's parameter) by {@code value}. */
  public IrRewriter bind(Local local, Expr value) {
    locals.put(local, value);
    return this;
  }

  public Expr expr(Expr e) {
    if (e instanceof VarRef v) {
      Expr r = vars == null ? null : vars.apply(v);
      return r == null ? v : r;
    }
    if (e instanceof Time && time != null) {
      return time;
    }
    if (e instanceof LocalRef l) {
      Expr r = locals.get(l.local());
      return r == null ? l : r;
    }
    if (e instanceof Unary u) {
      return new Unary(u.op(), expr(u.operand()), u.type());
    }
    if (e instanceof Binary b) {
      return new Binary(b.op(), expr(b.left()), expr(b.right()), b.type());
    }
    if (e instanceof Conditional c) {
      return new Conditional(expr(c.condition()), expr(c.ifTrue()), expr(c.ifFalse()), c.type());
    }
    if (e instanceof Call c) {
      return new Call(c.fn(), c.args().stream().map(this::expr).toList(), c.type());
    }
    if (e instanceof Cast c) {
      return new Cast(c.type(), expr(c.operand()));
    }
    return e; // constants, parameters, dt, random draws
  }

  public List<Stmt> stmts(List<Stmt> in) {
    List<Stmt> out = new ArrayList<>(in.size());
    for (Stmt s : in) {
      out.add(stmt(s));
    }
    return out;
  }

  public Stmt stmt(Stmt s) {
    if (s instanceof Declare d) {
      Local fresh = new Local(d.local().hint(), d.local().type());
      Expr init = d.init() == null ? null : expr(d.init());
      locals.put(d.local(), new LocalRef(fresh));
      return new Declare(fresh, init, d.origin());
    }
    if (s instanceof Assign a) {
      Stmt.Target target = a.target();
      if (target instanceof LocalTarget lt) {
        Expr mapped = locals.get(lt.local());
        if (mapped instanceof LocalRef ref) {
          target = new LocalTarget(ref.local());
        } else if (mapped != null) {
          throw new IllegalStateException("assignment to a bound parameter " + lt.local());
        }
      }
      return new Assign(target, a.op(), expr(a.value()), a.origin());
    }
    if (s instanceof If i) {
      return new If(expr(i.condition()), stmts(i.then()), stmts(i.otherwise()), i.origin());
    }
    if (s instanceof Block b) {
      return new Block(stmts(b.body()), b.comment(), b.origin());
    }
    if (s instanceof Stmt.While w) {
      return new Stmt.While(expr(w.condition()), stmts(w.body()), w.origin());
    }
    if (s instanceof Stmt.Fail f) {
      return new Stmt.Fail(f.message(), f.details().stream()
          .map(d -> new Stmt.Detail(d.label(), expr(d.value()))).toList(), f.origin());
    }
    if (s instanceof Integrate) {
      throw new IllegalStateException("integrate inside an inlined body");
    }
    throw new IllegalStateException("unknown statement " + s);
  }
}
