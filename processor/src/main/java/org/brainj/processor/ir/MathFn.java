package org.brainj.processor.ir;

import java.util.Map;
import java.util.TreeMap;

/** The {@code java.lang.Math} functions model code may call, with their arity. */
public enum MathFn {
  EXP("exp", 1),
  EXPM1("expm1", 1),
  LOG("log", 1),
  LOG10("log10", 1),
  LOG1P("log1p", 1),
  POW("pow", 2),
  SQRT("sqrt", 1),
  CBRT("cbrt", 1),
  ABS("abs", 1),
  MIN("min", 2),
  MAX("max", 2),
  SIN("sin", 1),
  COS("cos", 1),
  TAN("tan", 1),
  ASIN("asin", 1),
  ACOS("acos", 1),
  ATAN("atan", 1),
  ATAN2("atan2", 2),
  SINH("sinh", 1),
  COSH("cosh", 1),
  TANH("tanh", 1),
  FLOOR("floor", 1),
  CEIL("ceil", 1),
  RINT("rint", 1),
  SIGNUM("signum", 1),
  HYPOT("hypot", 2);

  private static final Map<String, MathFn> BY_NAME = new TreeMap<>();

  static {
    for (MathFn f : values()) {
      BY_NAME.put(f.javaName, f);
    }
  }

  public final String javaName;
  public final int arity;

  MathFn(String javaName, int arity) {
    this.javaName = javaName;
    this.arity = arity;
  }

  public static MathFn byName(String name) {
    return BY_NAME.get(name);
  }

  public static String supportedNames() {
    return String.join(", ", BY_NAME.keySet());
  }

  /**
   * The result type for arguments of the given type: abs/min/max/signum keep int and float like
   * Java's overloads; everything else is double.
   */
  public Type resultType(Type argType) {
    return switch (this) {
      case ABS, MIN, MAX -> argType;
      case SIGNUM -> argType == Type.FLOAT ? Type.FLOAT : Type.DOUBLE;
      default -> Type.DOUBLE;
    };
  }
}
