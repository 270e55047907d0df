package org.brainj.processor.emit.vector;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import java.util.List;
import org.brainj.processor.emit.java.Names;
import org.brainj.processor.emit.vector.VectorExprWriter.Code;
import org.brainj.processor.emit.vector.VectorExprWriter.Kind;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Stmt.Assign;
import org.brainj.processor.ir.Stmt.Block;
import org.brainj.processor.ir.Stmt.Declare;
import org.brainj.processor.ir.Stmt.If;
import org.brainj.processor.ir.Stmt.LocalTarget;
import org.brainj.processor.ir.Stmt.VarTarget;
import org.brainj.processor.ir.Type;

/**
 * Writes statements as straight-line Vector API code: an {@code if} whose condition differs
 * between neurons becomes a mask, and every assignment inside it a blend under that mask, so
 * each lane ends with exactly the values the scalar loop gives its neuron (both branches are
 * computed for every lane; a branch's locals stay in a block of their own). A condition that is
 * the same for all neurons stays a plain Java {@code if}. Comments point back to the model lines, as in the scalar code.
 */
final class VectorStmtWriter {
  private final CodeBlock.Builder out;
  private final VectorExprWriter w;
  private final Names names;
  private String lastOrigin = "";
  private boolean quiet;
  private int masks;
  /** {@code VectorMask<Double>} or {@code <Float>}, and {@code DoubleVector} or {@code FloatVector}. */
  private final TypeName mask;
  private final ClassName vector;

  VectorStmtWriter(CodeBlock.Builder out, VectorExprWriter w, Names names) {
    this.out = out;
    this.w = w;
    this.names = names;
    this.mask = w.lanes().mask;
    this.vector = w.lanes().vector;
  }

  void write(List<Stmt> body) {
    write(body, null);
  }

  /** Writes {@code body} for the lanes of {@code mask} (all lanes when null). */
  private void write(List<Stmt> body, String mask) {
    for (Stmt s : body) {
      stmt(s, mask);
    }
  }

  private void origin(Stmt s) {
    if (quiet) {
      return;
    }
    String o = s.origin().describe();
    if (!o.isEmpty() && !o.equals(lastOrigin)) {
      out.add("// $L\n", o);
      lastOrigin = o;
    }
  }

  private void stmt(Stmt s, String mask) {
    if (s instanceof Block b) {
      origin(s);
      if (b.comment() != null && !b.comment().isEmpty()) {
        out.add("// $L\n", b.comment());
      }
      boolean saved = quiet;
      quiet = true;
      write(b.body(), mask);
      quiet = saved;
      return;
    }
    origin(s);
    if (s instanceof Declare d) {
      declare(d);
    } else if (s instanceof Assign a) {
      assign(a, mask);
    } else if (s instanceof If i) {
      branch(i, mask);
    } else {
      throw new IllegalStateException("not vectorizable: " + s);
    }
  }

  private void declare(Declare d) {
    if (w.invariantLocal(d.local())) {
      out.add("// $L: the same for every neuron, computed before the loop\n", d.local().hint());
      return;
    }
    String name = names.of(d.local());
    if (d.local().type() == Type.BOOLEAN) {
      CodeBlock init = d.init() == null ? CodeBlock.of("SPECIES.maskAll(false)")
          : w.mask(d.init()).code();
      out.add(w.takePrelude());
      out.addStatement("$T $L = $L", this.mask, name, init);
    } else {
      CodeBlock init = d.init() == null
          ? CodeBlock.of("$T.zero(SPECIES)", vector)
          : w.vector(d.init()).code();
      out.add(w.takePrelude());
      out.addStatement("$T $L = $L", vector, name, init);
    }
  }

  private void assign(Assign a, String mask) {
    String target = a.target() instanceof VarTarget v ? v.name()
        : names.of(((LocalTarget) a.target()).local());
    if (a.target().type() == Type.BOOLEAN) {
      CodeBlock value = w.mask(a.value()).code();
      out.add(w.takePrelude());
      if (mask == null) {
        out.addStatement("$L = $L", target, value);
      } else if (a.value() instanceof org.brainj.processor.ir.Expr.Const c) {
        boolean b = (Boolean) c.value();
        out.addStatement(b ? "$L = $L.or($L)" : "$L = $L.andNot($L)", target, target, mask);
      } else {
        out.addStatement("$L = $L.andNot($L).or($L.and($L))", target, target, mask, value, mask);
      }
      return;
    }
    Code rhs = w.write(a.value());
    out.add(w.takePrelude());
    CodeBlock value = switch (a.op()) {
      case SET -> rhs.kind() == Kind.SCALAR
          ? CodeBlock.of("$T.broadcast(SPECIES, $L)", vector, rhs.code())
          : rhs.code();
      case ADD -> CodeBlock.of("$L.add($L)", target, rhs.code());
      case SUB -> CodeBlock.of("$L.sub($L)", target, rhs.code());
      case MUL -> CodeBlock.of("$L.mul($L)", target, rhs.code());
      case DIV -> CodeBlock.of("$L.div($L)", target, rhs.code());
      case REM -> throw new IllegalStateException("'%=' is not vectorizable");
    };
    if (mask == null) {
      out.addStatement("$L = $L", target, value);
    } else {
      out.addStatement("$L = $L.blend($L, $L)", target, target, value, mask);
    }
  }

  private void branch(If i, String mask) {
    Code cond = w.write(i.condition());
    out.add(w.takePrelude());
    if (cond.kind() == Kind.SCALAR_BOOL) {
      // the same for every neuron: a plain branch
      out.beginControlFlow("if ($L)", cond.code());
      write(i.then(), mask);
      if (!i.otherwise().isEmpty()) {
        out.nextControlFlow("else");
        write(i.otherwise(), mask);
      }
      out.endControlFlow();
      return;
    }
    String c = fresh("cond");
    out.addStatement("final $T $L = $L", this.mask, c, cond.code());
    String thenMask = c;
    if (mask != null) {
      thenMask = fresh("mask");
      out.addStatement("final $T $L = $L.and($L)", this.mask, thenMask, mask, c);
    }
    String elseMask = null;
    if (!i.otherwise().isEmpty()) {
      // computed before the then-branch runs: it may change what the condition read
      elseMask = fresh("mask");
      out.addStatement("final $T $L = $L", this.mask, elseMask,
          mask == null ? CodeBlock.of("$L.not()", c) : CodeBlock.of("$L.andNot($L)", mask, c));
    }
    // no anyTrue() shortcut: a branch-free loop cannot be deoptimized by a branch the JIT
    // never saw taken during warm-up, and the blends of a rare branch cost little
    out.add("{\n").indent();
    write(i.then(), thenMask);
    out.unindent().add("}\n");
    if (elseMask != null) {
      out.add("{\n").indent();
      write(i.otherwise(), elseMask);
      out.unindent().add("}\n");
    }
  }

  private String fresh(String base) {
    String n;
    do {
      n = base + masks++;
    } while (!names.reserveIfFree(n));
    return n;
  }
}
