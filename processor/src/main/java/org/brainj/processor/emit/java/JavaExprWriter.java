package org.brainj.processor.emit.java;

import java.util.stream.Collectors;
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
import org.brainj.processor.ir.Type;

/**
 * Writes IR expressions as Java source with the fewest parentheses that keep Java's evaluation
 * order exactly (floating-point addition is not associative: {@code a + (b + c)} keeps its
 * parentheses).
 */
public final class JavaExprWriter {
  public static final String RNG = "org.brainj.runtime.random.CounterRng";

  private final Names names;
  /** What the neuron index is called: "i" in loops, "-1" for group-level conditions. */
  private final String element;

  public JavaExprWriter(Names names, String element) {
    this.names = names;
    this.element = element;
  }

  /** The name of the element index in the generated loop ("i", "s", ...; "-1" outside one). */
  String element() {
    return element;
  }

  public String write(Expr e) {
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
      int p = b.op().precedence;
      return wrap(b.left(), p, false) + " " + b.op().symbol + " " + wrap(b.right(), p, true);
    }
    if (e instanceof Conditional c) {
      return wrap(c.condition(), 3, true) + " ? " + wrap(c.ifTrue(), 3, true) + " : "
          + wrap(c.ifFalse(), 2, false);
    }
    if (e instanceof Call c) {
      String call = "Math." + c.fn().javaName + "("
          + c.args().stream().map(this::write).collect(Collectors.joining(", ")) + ")";
      // a float call (single-precision code) of a function Java has only in double: rounded
      Type javaResult = c.fn().resultType(c.args().get(0).type());
      return c.type() == Type.FLOAT && javaResult != Type.FLOAT ? "(float) " + call : call;
    }
    if (e instanceof Cast c) {
      return "(" + c.type().javaName() + ") " + wrap(c.operand(), 13, false);
    }
    if (e instanceof Random r) {
      return RNG + "." + (r.normal() ? "normal" : "uniform") + "(rngSeed, rngStream" + r.site()
          + ", step, " + element + ")";
    }
    throw new IllegalStateException("unknown expression " + e);
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
      return b.op().precedence;
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

  public static String literal(Const c) {
    return switch (c.type()) {
      case BOOLEAN -> c.value().toString();
      case INT -> Integer.toString(((Number) c.value()).intValue());
      case FLOAT -> {
        float f = ((Number) c.value()).floatValue();
        if (Float.isNaN(f)) {
          yield "Float.NaN";
        }
        if (Float.isInfinite(f)) {
          yield f > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY";
        }
        yield Float.toString(f) + "f";
      }
      case DOUBLE -> {
        double d = ((Number) c.value()).doubleValue();
        if (Double.isNaN(d)) {
          yield "Double.NaN";
        }
        if (Double.isInfinite(d)) {
          yield d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        yield Double.toString(d);
      }
    };
  }
}
