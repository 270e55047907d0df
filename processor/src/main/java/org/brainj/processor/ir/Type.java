package org.brainj.processor.ir;

/** The primitive types model code may use. */
public enum Type {
  INT("int"),
  FLOAT("float"),
  DOUBLE("double"),
  BOOLEAN("boolean");

  private final String javaName;

  Type(String javaName) {
    this.javaName = javaName;
  }

  public String javaName() {
    return javaName;
  }

  public boolean isNumeric() {
    return this != BOOLEAN;
  }

  /** Java's binary numeric promotion. */
  public static Type promote(Type a, Type b) {
    if (a == DOUBLE || b == DOUBLE) {
      return DOUBLE;
    }
    if (a == FLOAT || b == FLOAT) {
      return FLOAT;
    }
    return INT;
  }
}
