package org.brainj.runtime.input;

/**
 * How an input combines with its target variable each step (manual 3.1.1): {@code var += value},
 * {@code -=}, {@code *=}, {@code /=} or {@code =}.
 */
public enum InputOp {
  ADD("+"),
  SUB("-"),
  MUL("*"),
  DIV("/"),
  SET("=");

  private final String symbol;

  InputOp(String symbol) {
    this.symbol = symbol;
  }

  /** The BrainPy spelling: {@code "+"}, {@code "-"}, {@code "*"}, {@code "/"} or {@code "="}. */
  public String symbol() {
    return symbol;
  }

  /** The op for a BrainPy symbol ({@code "+"}, ...) or an enum name ({@code "ADD"}, any case). */
  public static InputOp of(String symbol) {
    if (symbol != null) {
      String s = symbol.trim();
      for (InputOp op : values()) {
        if (op.symbol.equals(s) || op.name().equalsIgnoreCase(s) || (op.symbol + "=").equals(s)) {
          return op;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown input operation '" + symbol + "'; use one of +, -, *, /, = (or ADD, SUB, MUL, DIV, SET)");
  }
}
