package org.brainj.processor.transform;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
import org.brainj.processor.ir.Expr.Conditional;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.Dt;
import org.brainj.processor.ir.Expr.LocalRef;
import org.brainj.processor.ir.Expr.ParamRef;
import org.brainj.processor.ir.Expr.Random;
import org.brainj.processor.ir.Expr.Time;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.Expr.VarRef;
import org.brainj.processor.ir.Local;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;

/**
 * The single-precision version of step code: every {@code double} becomes {@code float}
 * (variables, parameters, locals, literals, casts, arithmetic and {@code Math} calls), and the
 * values that stay double by nature ({@code t}, {@code dt}, random draws) are rounded to float
 * where they are read. {@code int}, {@code boolean} and {@code float} code is unchanged.
 *
 * <p>Run it on expanded code (after {@code IntegratorExpander}), so the integrators' own
 * coefficients are demoted too. A {@link Call} of type {@code float} means the function's float
 * version: {@code (float) Math.exp(x)} in Java, {@code FloatVector}'s {@code EXP} lanes, OpenCL's
 * {@code exp(float)}.
 */
public final class FloatDemotion {
  private final Map<Local, Local> locals = new IdentityHashMap<>();

  /** {@code float} for {@code double}, every other type as it is. */
  public static Type type(Type t) {
    return t == Type.DOUBLE ? Type.FLOAT : t;
  }

  /** Demotes a body; a fresh instance per body keeps its locals apart. */
  public static List<Stmt> of(List<Stmt> body) {
    return new FloatDemotion().stmts(body);
  }

  /** Demotes one expression (an initial value, say). */
  public static Expr of(Expr e) {
    return new FloatDemotion().expr(e);
  }

  public Expr expr(Expr e) {
    if (e instanceof Const c) {
      return c.type() == Type.DOUBLE ? new Const(Type.FLOAT, (float) c.asDouble()) : c;
    }
    if (e instanceof ParamRef p) {
      return new ParamRef(p.name(), type(p.type()));
    }
    if (e instanceof VarRef v) {
      return new VarRef(v.name(), type(v.type()));
    }
    if (e instanceof LocalRef l) {
      return new LocalRef(local(l.local()));
    }
    if (e instanceof Time || e instanceof Dt || e instanceof Random) {
      return new Cast(Type.FLOAT, e);
    }
    if (e instanceof Unary u) {
      return new Unary(u.op(), expr(u.operand()), type(u.type()));
    }
    if (e instanceof Binary b) {
      return new Binary(b.op(), expr(b.left()), expr(b.right()), type(b.type()));
    }
    if (e instanceof Conditional c) {
      return new Conditional(expr(c.condition()), expr(c.ifTrue()), expr(c.ifFalse()),
          type(c.type()));
    }
    if (e instanceof Call c) {
      return new Call(c.fn(), c.args().stream().map(this::expr).toList(), type(c.type()));
    }
    if (e instanceof Cast c) {
      // (double) f of a float f demotes to nothing: javac would call (float) f redundant
      Expr operand = expr(c.operand());
      Type to = type(c.type());
      return operand.type() == to ? operand : new Cast(to, operand);
    }
    throw new IllegalStateException("unknown expression " + e);
  }

  private Local local(Local l) {
    if (l.type() != Type.DOUBLE) {
      return l;
    }
    return locals.computeIfAbsent(l, x -> new Local(x.hint(), Type.FLOAT));
  }

  public List<Stmt> stmts(List<Stmt> in) {
    List<Stmt> out = new ArrayList<>(in.size());
    for (Stmt s : in) {
      out.add(stmt(s));
    }
    return out;
  }

  private Stmt stmt(Stmt s) {
    if (s instanceof Stmt.Declare d) {
      return new Stmt.Declare(local(d.local()), d.init() == null ? null : expr(d.init()),
          d.origin());
    }
    if (s instanceof Stmt.Assign a) {
      Stmt.Target target = a.target() instanceof Stmt.LocalTarget lt
          ? new Stmt.LocalTarget(local(lt.local()))
          : new Stmt.VarTarget(((Stmt.VarTarget) a.target()).name(), type(a.target().type()));
      return new Stmt.Assign(target, a.op(), expr(a.value()), a.origin());
    }
    if (s instanceof Stmt.If i) {
      return new Stmt.If(expr(i.condition()), stmts(i.then()), stmts(i.otherwise()), i.origin());
    }
    if (s instanceof Stmt.Block b) {
      return new Stmt.Block(stmts(b.body()), b.comment(), b.origin());
    }
    if (s instanceof Stmt.While w) {
      return new Stmt.While(expr(w.condition()), stmts(w.body()), w.origin());
    }
    if (s instanceof Stmt.Fail f) {
      return new Stmt.Fail(f.message(), f.details().stream()
          .map(d -> new Stmt.Detail(d.label(), expr(d.value()))).toList(), f.origin());
    }
    throw new IllegalStateException("demote expanded code only, not " + s);
  }
}
