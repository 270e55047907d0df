package org.brainj.processor.ir;

import java.util.List;

/**
 * A statement of model code. Each carries the {@link Origin} of the model line it came from, so
 * generated code can point back to it.
 */
public sealed interface Stmt {
  Origin origin();

  /** Where a statement came from: the model's file, line and the line's text. */
  record Origin(String file, long line, String text) {
    public static final Origin NONE = new Origin("", -1, "");

    public String describe() {
      return line < 0 ? "" : file + ":" + line + ": " + text;
    }
  }

  /** {@code type name = init;} ({@code init} may be null). */
  record Declare(Local local, Expr init, Origin origin) implements Stmt {}

  enum AssignOp {
    SET("="),
    ADD("+="),
    SUB("-="),
    MUL("*="),
    DIV("/="),
    REM("%=");

    public final String symbol;

    AssignOp(String symbol) {
      this.symbol = symbol;
    }
  }

  /** Assignment to a local or a state variable. Compound ops keep Java's implicit narrowing. */
  record Assign(Target target, AssignOp op, Expr value, Origin origin) implements Stmt {}

  record If(Expr condition, List<Stmt> then, List<Stmt> otherwise, Origin origin)
      implements Stmt {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** A group of statements emitted together (an expanded integrator, an inlined helper). */
  record Block(List<Stmt> body, String comment, Origin origin) implements Stmt {
    public Block {
      body = List.copyOf(body);
    }
  }

  /**
   * Advance state variables by one step: each system (a list of variables integrated jointly with
   * one method) is computed from the state before this statement, then all are assigned.
   * Replaced by explicit stages before emission.
   */
  record Integrate(List<List<String>> systems, Origin origin) implements Stmt {
    public Integrate {
      systems = systems.stream().map(List::copyOf).toList();
    }
  }

  /**
   * {@code while (condition) body}. Only the processor generates loops (adaptive integration's
   * sub-steps), always bounded by a counter that ends in a {@link Fail}; model code may not loop.
   */
  record While(Expr condition, List<Stmt> body, Origin origin) implements Stmt {
    public While {
      body = List.copyOf(body);
    }
  }

  /**
   * Stops the run with an {@code IllegalStateException}: {@code message}, then each detail as
   * {@code label = value}, then (in a loop over elements) the index of the neuron or synapse.
   * Generated for conditions the model cannot rule out at compile time (an adaptive step that
   * does not converge).
   */
  record Fail(String message, List<Detail> details, Origin origin) implements Stmt {
    public Fail {
      details = List.copyOf(details);
    }
  }

  /** A value reported by {@link Fail}. */
  record Detail(String label, Expr value) {}

  /** What an assignment writes. */
  sealed interface Target {
    Type type();
  }

  record LocalTarget(Local local) implements Target {
    @Override
    public Type type() {
      return local.type();
    }
  }

  record VarTarget(String name, Type type) implements Target {}
}
