package org.brainj.processor.emit.java;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import java.util.List;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Stmt.Assign;
import org.brainj.processor.ir.Stmt.Block;
import org.brainj.processor.ir.Stmt.Declare;
import org.brainj.processor.ir.Stmt.If;
import org.brainj.processor.ir.Stmt.LocalTarget;
import org.brainj.processor.ir.Stmt.VarTarget;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Type;

/** Writes statements into a method, with a comment pointing back to each model line. */
public final class StmtWriter {
  private final MethodSpec.Builder m;
  private final JavaExprWriter w;
  private final Names names;
  private String lastOrigin = "";
  private boolean quiet;

  public StmtWriter(MethodSpec.Builder m, JavaExprWriter w, Names names) {
    this.m = m;
    this.w = w;
    this.names = names;
  }

  public void write(List<Stmt> body) {
    for (Stmt s : body) {
      stmt(s);
    }
  }

  private void origin(Stmt s) {
    if (quiet) {
      return;
    }
    String o = s.origin().describe();
    if (!o.isEmpty() && !o.equals(lastOrigin)) {
      m.addComment("$L", o);
      lastOrigin = o;
    }
  }

  private void stmt(Stmt s) {
    if (s instanceof Block b) {
      origin(s);
      if (b.comment() != null && !b.comment().isEmpty()) {
        m.addComment("$L", b.comment());
      }
      // the block's comment says where its statements come from; no comment per statement
      boolean saved = quiet;
      quiet = true;
      write(b.body());
      quiet = saved;
      return;
    }
    origin(s);
    if (s instanceof Declare d) {
      String name = names.of(d.local());
      if (d.init() == null) {
        m.addStatement("$L $L", d.local().type().javaName(), name);
      } else {
        m.addStatement("$L $L = $L", d.local().type().javaName(), name, w.write(d.init()));
      }
    } else if (s instanceof Assign a) {
      String target = a.target() instanceof VarTarget v ? v.name()
          : names.of(((LocalTarget) a.target()).local());
      Type type = a.target().type();
      Type wide = Type.promote(type, a.value().type());
      if (a.op() != Stmt.AssignOp.SET && wide != type) {
        // x op= y narrows implicitly (JLS 15.26.2); written out as x = (T) (x op y), the
        // same arithmetic, so javac's lossy-conversions lint has nothing to say
        Expr self = a.target() instanceof VarTarget v ? new Expr.VarRef(v.name(), type)
            : new Expr.LocalRef(((LocalTarget) a.target()).local());
        Expr.BinaryOp op = switch (a.op()) {
          case ADD -> Expr.BinaryOp.ADD;
          case SUB -> Expr.BinaryOp.SUB;
          case MUL -> Expr.BinaryOp.MUL;
          case DIV -> Expr.BinaryOp.DIV;
          default -> Expr.BinaryOp.REM;
        };
        m.addStatement("$L = $L", target,
            w.write(new Expr.Cast(type, new Expr.Binary(op, self, a.value(), wide))));
      } else {
        m.addStatement("$L $L $L", target, a.op().symbol, w.write(a.value()));
      }
    } else if (s instanceof If i) {
      m.beginControlFlow("if ($L)", w.write(i.condition()));
      write(i.then());
      List<Stmt> other = i.otherwise();
      while (other.size() == 1 && other.get(0) instanceof If elseIf) {
        lastOrigin = "";
        m.nextControlFlow("else if ($L)", w.write(elseIf.condition()));
        write(elseIf.then());
        other = elseIf.otherwise();
      }
      if (!other.isEmpty()) {
        m.nextControlFlow("else");
        write(other);
      }
      m.endControlFlow();
    } else if (s instanceof Stmt.While wl) {
      m.beginControlFlow("while ($L)", w.write(wl.condition()));
      write(wl.body());
      m.endControlFlow();
    } else if (s instanceof Stmt.Fail f) {
      StringBuilder msg = new StringBuilder(CodeBlock.of("$S", f.message()).toString());
      String sep = " (";
      for (Stmt.Detail d : f.details()) {
        msg.append(" + ").append(CodeBlock.of("$S", sep + d.label() + " = ").toString())
            .append(" + (").append(w.write(d.value())).append(")");
        sep = ", ";
      }
      if (w.element().equals("-1")) { // not in a loop over elements
        msg.append(sep.equals(", ") ? " + \")\"" : "");
      } else {
        msg.append(" + ").append(CodeBlock.of("$S", sep + "index ").toString()).append(" + ")
            .append(w.element()).append(" + \")\"");
      }
      m.addStatement("throw new $T($L)", IllegalStateException.class, msg);
    } else {
      throw new IllegalStateException("cannot emit " + s);
    }
  }
}
