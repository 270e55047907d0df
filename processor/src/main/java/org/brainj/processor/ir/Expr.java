package org.brainj.processor.ir;

import java.util.List;

/** A typed, side-effect-free expression of model code. */
public sealed interface Expr {
  Type type();

  /** A literal. {@code value} is a Double, Float, Integer or Boolean. */
  record Const(Type type, Object value) implements Expr {
    public static Const ofDouble(double v) {
      return new Const(Type.DOUBLE, v);
    }

    public double asDouble() {
      return value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
    }
  }

  /** A model parameter, read for the current neuron. */
  record ParamRef(String name, Type type) implements Expr {}

  /** A state variable of the current neuron. */
  record VarRef(String name, Type type) implements Expr {}

  record LocalRef(Local local) implements Expr {
    @Override
    public Type type() {
      return local.type();
    }
  }

  /** The time at the start of the current step, {@code t}. */
  record Time() implements Expr {
    @Override
    public Type type() {
      return Type.DOUBLE;
    }
  }

  /** The time step, {@code dt}. */
  record Dt() implements Expr {
    @Override
    public Type type() {
      return Type.DOUBLE;
    }
  }

  enum UnaryOp {
    NEG("-"),
    NOT("!");

    public final String symbol;

    UnaryOp(String symbol) {
      this.symbol = symbol;
    }
  }

  record Unary(UnaryOp op, Expr operand, Type type) implements Expr {}

  enum BinaryOp {
    MUL("*", 12),
    DIV("/", 12),
    REM("%", 12),
    ADD("+", 11),
    SUB("-", 11),
    LT("<", 9),
    LE("<=", 9),
    GT(">", 9),
    GE(">=", 9),
    EQ("==", 8),
    NE("!=", 8),
    AND("&&", 4),
    OR("||", 3);

    public final String symbol;
    /** Java precedence, higher binds tighter. */
    public final int precedence;

    BinaryOp(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    public boolean isComparison() {
      return precedence == 9 || precedence == 8;
    }

    public boolean isLogical() {
      return this == AND || this == OR;
    }
  }

  record Binary(BinaryOp op, Expr left, Expr right, Type type) implements Expr {}

  record Conditional(Expr condition, Expr ifTrue, Expr ifFalse, Type type) implements Expr {}

  /** A call of a {@link MathFn}. */
  record Call(MathFn fn, List<Expr> args, Type type) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  record Cast(Type type, Expr operand) implements Expr {}

  /** A draw from the counter-based generator; {@code site} numbers the call sites of a model. */
  record Random(boolean normal, int site) implements Expr {
    @Override
    public Type type() {
      return Type.DOUBLE;
    }
  }
}
