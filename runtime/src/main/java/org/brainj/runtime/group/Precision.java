package org.brainj.runtime.group;

/**
 * The floating-point precision a group computes and stores its state in, chosen per group
 * ({@code builder.precision(Precision.FLOAT)}). The processor generates both versions of every
 * model's code: in {@link #FLOAT} the model's {@code double} variables are {@code float[]} arrays,
 * its arithmetic, literals and {@code Math} calls are single precision, and parameters (kept as
 * doubles) are rounded to float when read. Variables declared {@code float}, {@code int} or
 * {@code boolean} keep their type in both.
 */
public enum Precision {
  DOUBLE,
  FLOAT;

  /** "double" or "float", as the command line and error messages spell it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The precision named {@code label} ("double" or "float", any case); the error lists both. */
  public static Precision of(String label) {
    for (Precision p : values()) {
      if (p.label().equalsIgnoreCase(label)) {
        return p;
      }
    }
    throw new IllegalArgumentException("precision must be 'double' or 'float', got '" + label + "'");
  }
}
