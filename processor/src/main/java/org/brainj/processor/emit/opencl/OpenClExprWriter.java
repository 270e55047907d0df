package org.brainj.processor.emit.opencl;

import java.util.stream.Collectors;
import org.brainj.processor.emit.java.Names;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.BinaryOp;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
import org.brainj.processor.ir.Expr.Conditional;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.Dt;
import org.brainj.processor.ir.Expr.LocalRef;
import org.brainj.processor.ir.Expr.ParamRef;
import org.brainj.processor.ir.Expr.Time;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.Expr.VarRef;
import org.brainj.processor.ir.Type;

/**
 * Writes IR expressions as OpenCL C. The operators the IR has bind the same way in C as in Java,
 * so the parenthesization is Java's (floating-point addition is not associative: {@code a + (b +
 * c)} keeps its parentheses); {@code %} of doubles becomes {@code fmod} (the same truncated
 * remainder), {@code Math} functions their OpenCL built-ins, with non-double arguments cast to
 * {@code double} so that the overload is the double one.
 */
final class OpenClExprWriter {
  private final Names names;
  /** The kernel's name for the neuron index: the element of a random draw. */
  private final String element;

  OpenClExprWriter(Names names, String element) {
    this.names = names;
    this.element = element;
  }

  String write(Expr e) {
    if (e instanceof Const c) {
      return literal(c);
    }
    if (e instanceof ParamRef p) {
      return p.name();
    }
    if (e instanceof VarRef v) {
      return v.name();
    }
    if (e instanceof LocalRef l) {
      return names.of(l.local());
    }
    if (e instanceof Time) {
      return "t";
    }
    if (e instanceof Dt) {
      return "dt";
    }
    if (e instanceof Unary u) {
      String inner = wrap(u.operand(), 13, false);
      if (inner.startsWith("-") || inner.startsWith("!")) {
        inner = "(" + inner + ")";
      }
      return u.op().symbol + inner;
    }
    if (e instanceof Binary b) {
      if (b.op() == BinaryOp.REM && b.type() != Type.INT) {
        return "fmod(" + asDouble(b.left()) + ", " + asDouble(b.right()) + ")";
      }
      int p = b.op().precedence;
      return wrap(b.left(), p, false) + " " + b.op().symbol + " " + wrap(b.right(), p, true);
    }
    if (e instanceof Conditional c) {
      return wrap(c.condition(), 3, true) + " ? " + wrap(c.ifTrue(), 3, true) + " : "
          + wrap(c.ifFalse(), 2, false);
    }
    if (e instanceof Call c) {
      return OpenClSupport.function(c.fn()) + "("
          + c.args().stream().map(this::asDouble).collect(Collectors.joining(", ")) + ")";
    }
    if (e instanceof Cast c) {
      return "(" + cType(c.type()) + ") " + wrap(c.operand(), 13, false);
    }
    if (e instanceof Expr.Random r) {
      // the scalar loop's CounterRng.uniform/normal(rngSeed, rngStream<site>, step, i)
      return (r.normal() ? OpenClRandom.NORMAL : OpenClRandom.UNIFORM) + "(rngSeed, rngStream"
          + r.site() + ", step, " + element + ")";
    }
    throw new IllegalStateException("no OpenCL C form for " + e);
  }

  /** {@code e} as a double (an argument of a built-in, an amount added atomically). */
  String asDouble(Expr e) {
    return e.type() == Type.DOUBLE ? write(e) : "(double) " + wrap(e, 13, false);
  }

  /** Writes {@code e}, parenthesized if it binds looser than {@code context}. */
  private String wrap(Expr e, int context, boolean rightOperand) {
    int p = precedence(e);
    String s = write(e);
    boolean paren = rightOperand ? p <= context : p < context;
    return paren ? "(" + s + ")" : s;
  }

  private static int precedence(Expr e) {
    if (e instanceof Binary b) {
      return b.op() == BinaryOp.REM && b.type() != Type.INT ? 16 : b.op().precedence;
    }
    if (e instanceof Conditional) {
      return 2;
    }
    if (e instanceof Unary || e instanceof Cast) {
      return 13;
    }
    if (e instanceof Const c && c.asDouble() < 0) {
      return 13; // a negative literal reads like a unary minus
    }
    return 16;
  }

  /** The OpenCL C type of a model type ({@code boolean} is {@code bool}). */
  static String cType(Type t) {
    return t == Type.BOOLEAN ? "bool" : t.javaName();
  }

  /**
   * A literal. Doubles are written as Java prints them, the shortest decimal that identifies the
   * value, which a correctly rounding C compiler reads back to the same bits.
   */
  static String literal(Const c) {
    return switch (c.type()) {
      case BOOLEAN -> c.value().toString();
      case INT -> Integer.toString(((Number) c.value()).intValue());
      case FLOAT -> {
        float f = ((Number) c.value()).floatValue();
        yield Float.isNaN(f) ? "NAN" : Float.isInfinite(f) ? (f > 0 ? "INFINITY" : "(-INFINITY)")
            : Float.toString(f) + "f";
      }
      case DOUBLE -> {
        double d = ((Number) c.value()).doubleValue();
        yield Double.isNaN(d) ? "((double) NAN)"
            : Double.isInfinite(d) ? (d > 0 ? "((double) INFINITY)" : "((double) -INFINITY)")
            : Double.toString(d);
      }
    };
  }
}
