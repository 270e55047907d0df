package org.brainj.processor.transform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.BinaryOp;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.LocalRef;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.Expr.UnaryOp;
import org.brainj.processor.ir.Local;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Stmt.Assign;
import org.brainj.processor.ir.Stmt.Block;
import org.brainj.processor.ir.Stmt.Declare;
import org.brainj.processor.ir.Stmt.If;
import org.brainj.processor.ir.Stmt.LocalTarget;
import org.brainj.processor.ir.Type;

/**
 * Tidies one derivative from the {@link Differentiator} (a Jacobian entry, exponential Euler's
 * linear part) for reading and running: the differentiator
 * declares a derivative local next to every local of the body ({@code double dalpha_dm = 0.0;}
 * where {@code alpha} does not depend on {@code m}) and keeps every local of the body. Here
 * derivative locals that are the constant 0 are substituted (and {@code 0 * x}, {@code x + 0},
 * {@code x - 0}, {@code 0 - x}, {@code 0 / x} folded, as the differentiator itself does for
 * structural zeros), then locals that nothing reads are dropped, until nothing changes.
 *
 * <p>Folds only keep an operand whose type is the operation's (so {@code 0.0 + k} with an
 * {@code int k} is left alone, keeping Java's promotion).
 */
public final class JacobianSimplifier {
  private JacobianSimplifier() {}

  private static final Const ZERO = Const.ofDouble(0);

  /**
   * The simplified derivative; {@code alsoRead} are expressions evaluated after the body besides
   * the derivative (the drift itself), whose locals must be kept.
   */
  public static Differentiator.Result simplify(Differentiator.Result r, Expr... alsoRead) {
    Set<Local> assigned = Collections.newSetFromMap(new IdentityHashMap<>());
    collectAssigned(r.body(), assigned);
    Set<Local> zeros = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Stmt> body = propagate(r.body(), assigned, zeros);
    Expr result = fold(r.derivative(), zeros);
    while (true) {
      Set<Local> read = Collections.newSetFromMap(new IdentityHashMap<>());
      reads(body, read);
      reads(result, read);
      for (Expr e : alsoRead) {
        reads(e, read);
      }
      List<Stmt> pruned = prune(body, read);
      if (pruned.equals(body)) {
        return new Differentiator.Result(body, result);
      }
      body = pruned;
    }
  }

  // ------------------------------------------------------------------ zero propagation

  private static List<Stmt> propagate(List<Stmt> in, Set<Local> assigned, Set<Local> zeros) {
    List<Stmt> out = new ArrayList<>(in.size());
    for (Stmt s : in) {
      if (s instanceof Declare d) {
        Expr init = d.init() == null ? null : fold(d.init(), zeros);
        if (init != null && isZero(init) && !assigned.contains(d.local())
            && d.local().type() == Type.DOUBLE) {
          zeros.add(d.local());
          continue;
        }
        out.add(new Declare(d.local(), init, d.origin()));
      } else if (s instanceof Assign a) {
        out.add(new Assign(a.target(), a.op(), fold(a.value(), zeros), a.origin()));
      } else if (s instanceof If i) {
        out.add(new If(fold(i.condition(), zeros), propagate(i.then(), assigned, zeros),
            propagate(i.otherwise(), assigned, zeros), i.origin()));
      } else if (s instanceof Block b) {
        out.add(new Block(propagate(b.body(), assigned, zeros), b.comment(), b.origin()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static void collectAssigned(List<Stmt> body, Set<Local> out) {
    for (Stmt s : body) {
      if (s instanceof Assign a && a.target() instanceof LocalTarget lt) {
        out.add(lt.local());
      } else if (s instanceof If i) {
        collectAssigned(i.then(), out);
        collectAssigned(i.otherwise(), out);
      } else if (s instanceof Block b) {
        collectAssigned(b.body(), out);
      }
    }
  }

  /** {@code e} with the zero locals replaced by 0 and the zero arithmetic folded, bottom up. */
  public static Expr fold(Expr e, Set<Local> zeros) {
    if (e instanceof LocalRef l && zeros.contains(l.local())) {
      return ZERO;
    }
    if (e instanceof Unary u) {
      Expr x = fold(u.operand(), zeros);
      if (u.op() == UnaryOp.NEG && isZero(x) && u.type() == Type.DOUBLE) {
        return ZERO;
      }
      return new Unary(u.op(), x, u.type());
    }
    if (e instanceof Binary b) {
      Expr l = fold(b.left(), zeros);
      Expr r = fold(b.right(), zeros);
      if (b.type() == Type.DOUBLE) {
        switch (b.op()) {
          case ADD -> {
            if (isZero(l) && r.type() == Type.DOUBLE) {
              return r;
            }
            if (isZero(r) && l.type() == Type.DOUBLE) {
              return l;
            }
          }
          case SUB -> {
            if (isZero(r) && l.type() == Type.DOUBLE) {
              return l;
            }
            if (isZero(l) && r.type() == Type.DOUBLE) {
              return r instanceof Unary u && u.op() == UnaryOp.NEG ? u.operand()
                  : new Unary(UnaryOp.NEG, r, Type.DOUBLE);
            }
          }
          case MUL -> {
            if (isZero(l) || isZero(r)) {
              return ZERO;
            }
          }
          case DIV -> {
            if (isZero(l)) {
              return ZERO;
            }
          }
          default -> {
            // comparisons and logic are left as they are
          }
        }
      }
      return new Binary(b.op(), l, r, b.type());
    }
    if (e instanceof Expr.Conditional c) {
      Expr t = fold(c.ifTrue(), zeros);
      Expr f = fold(c.ifFalse(), zeros);
      if (isZero(t) && isZero(f) && c.type() == Type.DOUBLE) {
        return ZERO;
      }
      return new Expr.Conditional(fold(c.condition(), zeros), t, f, c.type());
    }
    if (e instanceof Expr.Call c) {
      return new Expr.Call(c.fn(), c.args().stream().map(a -> fold(a, zeros)).toList(),
          c.type());
    }
    if (e instanceof Expr.Cast c) {
      return new Expr.Cast(c.type(), fold(c.operand(), zeros));
    }
    return e;
  }

  private static boolean isZero(Expr e) {
    return e instanceof Const c && (c.type() == Type.DOUBLE || c.type() == Type.FLOAT)
        && c.asDouble() == 0;
  }

  // ------------------------------------------------------------------ dead locals

  private static List<Stmt> prune(List<Stmt> in, Set<Local> read) {
    List<Stmt> out = new ArrayList<>(in.size());
    for (Stmt s : in) {
      if (s instanceof Declare d) {
        if (read.contains(d.local())) {
          out.add(s);
        }
      } else if (s instanceof Assign a) {
        if (!(a.target() instanceof LocalTarget lt) || read.contains(lt.local())) {
          out.add(s);
        }
      } else if (s instanceof If i) {
        List<Stmt> then = prune(i.then(), read);
        List<Stmt> other = prune(i.otherwise(), read);
        if (!then.isEmpty() || !other.isEmpty()) {
          out.add(then.equals(i.then()) && other.equals(i.otherwise()) ? s
              : new If(i.condition(), then, other, i.origin()));
        }
      } else if (s instanceof Block b) {
        List<Stmt> inner = prune(b.body(), read);
        if (!inner.isEmpty()) {
          out.add(inner.equals(b.body()) ? s : new Block(inner, b.comment(), b.origin()));
        }
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static void reads(List<Stmt> body, Set<Local> out) {
    for (Stmt s : body) {
      if (s instanceof Declare d) {
        if (d.init() != null) {
          reads(d.init(), out);
        }
      } else if (s instanceof Assign a) {
        reads(a.value(), out);
        if (a.op() != Stmt.AssignOp.SET && a.target() instanceof LocalTarget lt) {
          out.add(lt.local()); // x += y reads x, but only matters if x is read elsewhere
        }
      } else if (s instanceof If i) {
        reads(i.condition(), out);
        reads(i.then(), out);
        reads(i.otherwise(), out);
      } else if (s instanceof Block b) {
        reads(b.body(), out);
      }
    }
  }

  private static void reads(Expr e, Set<Local> out) {
    if (e instanceof LocalRef l) {
      out.add(l.local());
    } else if (e instanceof Unary u) {
      reads(u.operand(), out);
    } else if (e instanceof Binary b) {
      reads(b.left(), out);
      reads(b.right(), out);
    } else if (e instanceof Expr.Conditional c) {
      reads(c.condition(), out);
      reads(c.ifTrue(), out);
      reads(c.ifFalse(), out);
    } else if (e instanceof Expr.Call c) {
      c.args().forEach(a -> reads(a, out));
    } else if (e instanceof Expr.Cast c) {
      reads(c.operand(), out);
    }
  }
}
