package org.brainj.processor.emit.opencl;

import java.util.List;
import java.util.Map;
import org.brainj.processor.emit.java.Names;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Stmt.Assign;
import org.brainj.processor.ir.Stmt.Block;
import org.brainj.processor.ir.Stmt.Declare;
import org.brainj.processor.ir.Stmt.If;
import org.brainj.processor.ir.Stmt.LocalTarget;
import org.brainj.processor.ir.Stmt.VarTarget;
import org.brainj.processor.ir.Type;

/**
 * Writes the statements of a step as OpenCL C, with a comment pointing back to each model line.
 * Only what {@link OpenClSupport} accepts reaches it.
 */
final class OpenClStmtWriter {
  private final StringBuilder out;
  private final OpenClExprWriter w;
  private final Names names;
  private String lastOrigin = "";
  private boolean quiet;
  private int depth = 1;
  /** Variables whose {@code +=}/{@code -=} become atomic adds, each to its element's address. */
  private final Map<String, String> atomicTargets;

  OpenClStmtWriter(StringBuilder out, OpenClExprWriter w, Names names) {
    this(out, w, names, Map.of());
  }

  /**
   * A writer that turns {@code v += e} and {@code v -= e} of each variable {@code v} of
   * {@code atomicTargets} into {@code brainj_atomic_add(address, e)} (or {@code -(e)}), the
   * address being the map's value (synapse kernels: many work-items add to one neuron).
   */
  OpenClStmtWriter(StringBuilder out, OpenClExprWriter w, Names names,
      Map<String, String> atomicTargets) {
    this.out = out;
    this.w = w;
    this.names = names;
    this.atomicTargets = atomicTargets;
  }

  /** Writes the following statements one level deeper (inside a loop of the kernel). */
  void indent() {
    depth++;
  }

  void write(List<Stmt> body) {
    for (Stmt s : body) {
      stmt(s);
    }
  }

  private void line(String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }

  private void origin(Stmt s) {
    if (quiet) {
      return;
    }
    String o = s.origin().describe();
    if (!o.isEmpty() && !o.equals(lastOrigin)) {
      line("// " + OpenClGroupEmitter.comment(o));
      lastOrigin = o;
    }
  }

  private void stmt(Stmt s) {
    if (s instanceof Block b) {
      origin(s);
      if (b.comment() != null && !b.comment().isEmpty()) {
        line("// " + OpenClGroupEmitter.comment(b.comment()));
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
      String type = OpenClExprWriter.cType(d.local().type());
      String name = names.of(d.local());
      line(d.init() == null ? type + " " + name + ";"
          : type + " " + name + " = " + w.write(d.init()) + ";");
    } else if (s instanceof Assign a) {
      String target = a.target() instanceof VarTarget v ? v.name()
          : names.of(((LocalTarget) a.target()).local());
      String address = a.target() instanceof VarTarget v ? atomicTargets.get(v.name()) : null;
      if (address != null) {
        // a - b is a + (-b) in IEEE arithmetic: the same bits as the scalar loop's -=
        String value = w.asDouble(a.value());
        if (a.op() == Stmt.AssignOp.SUB) {
          value = "-(" + value + ")";
        }
        line(OpenClSynapseEmitter.ATOMIC_ADD + "(" + address + ", " + value + ");");
      } else if (a.op() == Stmt.AssignOp.REM) {
        // doubles have no % in C; fmod is Java's remainder of doubles
        Expr self = a.target() instanceof VarTarget v ? new Expr.VarRef(v.name(), Type.DOUBLE)
            : new Expr.LocalRef(((LocalTarget) a.target()).local());
        line(target + " = " + w.write(new Expr.Binary(Expr.BinaryOp.REM, self, a.value(),
            Type.DOUBLE)) + ";");
      } else {
        line(target + " " + a.op().symbol + " " + w.write(a.value()) + ";");
      }
    } else if (s instanceof If i) {
      line("if (" + w.write(i.condition()) + ") {");
      block(i.then());
      List<Stmt> other = i.otherwise();
      while (other.size() == 1 && other.get(0) instanceof If elseIf) {
        lastOrigin = "";
        line("} else if (" + w.write(elseIf.condition()) + ") {");
        block(elseIf.then());
        other = elseIf.otherwise();
      }
      if (!other.isEmpty()) {
        line("} else {");
        block(other);
      }
      line("}");
    } else {
      throw new IllegalStateException("no OpenCL C form for " + s);
    }
  }

  private void block(List<Stmt> body) {
    depth++;
    write(body);
    depth--;
  }
}
