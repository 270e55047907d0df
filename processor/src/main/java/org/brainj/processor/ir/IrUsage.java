package org.brainj.processor.ir;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
import org.brainj.processor.ir.Expr.Conditional;
import org.brainj.processor.ir.Expr.ParamRef;
import org.brainj.processor.ir.Expr.Random;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.Expr.VarRef;
import org.brainj.processor.ir.Stmt.Assign;
import org.brainj.processor.ir.Stmt.Block;
import org.brainj.processor.ir.Stmt.Declare;
import org.brainj.processor.ir.Stmt.If;
import org.brainj.processor.ir.Stmt.VarTarget;

/** Which parameters and variables a piece of IR reads and writes, and its random call sites. */
public final class IrUsage {
  public final Set<String> paramsRead = new TreeSet<>();
  public final Set<String> varsRead = new TreeSet<>();
  public final Set<String> varsWritten = new TreeSet<>();
  public final Set<Integer> randomSites = new TreeSet<>();
  public boolean readsTime;

  public static IrUsage of(List<Stmt> body, Expr... exprs) {
    IrUsage u = new IrUsage();
    u.stmts(body);
    for (Expr e : exprs) {
      if (e != null) {
        u.expr(e);
      }
    }
    return u;
  }

  private void stmts(List<Stmt> body) {
    if (body == null) {
      return;
    }
    for (Stmt s : body) {
      if (s instanceof Declare d) {
        if (d.init() != null) {
          expr(d.init());
        }
      } else if (s instanceof Assign a) {
        if (a.target() instanceof VarTarget v) {
          varsWritten.add(v.name());
          if (a.op() != Stmt.AssignOp.SET) {
            varsRead.add(v.name());
          }
        }
        expr(a.value());
      } else if (s instanceof If i) {
        expr(i.condition());
        stmts(i.then());
        stmts(i.otherwise());
      } else if (s instanceof Block b) {
        stmts(b.body());
      } else if (s instanceof Stmt.While w) {
        expr(w.condition());
        stmts(w.body());
      } else if (s instanceof Stmt.Fail f) {
        f.details().forEach(d -> expr(d.value()));
      } else if (s instanceof Stmt.Integrate in) {
        in.systems().forEach(sys -> {
          varsRead.addAll(sys);
          varsWritten.addAll(sys);
        });
      }
    }
  }

  private void expr(Expr e) {
    if (e instanceof ParamRef p) {
      paramsRead.add(p.name());
    } else if (e instanceof VarRef v) {
      varsRead.add(v.name());
    } else if (e instanceof Expr.Time) {
      readsTime = true;
    } else if (e instanceof Random r) {
      randomSites.add(r.site());
    } else if (e instanceof Unary u) {
      expr(u.operand());
    } else if (e instanceof Binary b) {
      expr(b.left());
      expr(b.right());
    } else if (e instanceof Conditional c) {
      expr(c.condition());
      expr(c.ifTrue());
      expr(c.ifFalse());
    } else if (e instanceof Call c) {
      c.args().forEach(this::expr);
    } else if (e instanceof Cast c) {
      expr(c.operand());
    }
  }
}
