package org.brainj.processor.ir;

/**
 * A local variable of model code or of a transformation. Identity matters, not the name: inlining
 * and integrator expansion create fresh locals, and the emitter gives each a unique Java name
 * derived from {@link #hint()}.
 */
public final class Local {
  private final String hint;
  private final Type type;

  public Local(String hint, Type type) {
    this.hint = hint;
    this.type = type;
  }

  public String hint() {
    return hint;
  }

  public Type type() {
    return type;
  }

  @Override
  public String toString() {
    return hint + "@" + Integer.toHexString(System.identityHashCode(this));
  }
}
