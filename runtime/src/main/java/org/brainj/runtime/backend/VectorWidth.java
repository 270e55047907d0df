package org.brainj.runtime.backend;

/**
 * The width in bits of the Vector API species the generated kernels use, fixed per JVM (a
 * constant species is what lets the JIT compile vector code to SIMD instructions).
 *
 * <p>Set it with {@code -Dbrainj.vector.bits=128|256|512} or {@link #set} before the first
 * kernel class loads. The default is 256: on the AVX-512 machines this project is measured on,
 * 256-bit doubles ran as fast as or faster than 512-bit ones (docs/benchmarks.md).
 */
public final class VectorWidth {
  /** The system property that chooses the width. */
  public static final String PROPERTY = "brainj.vector.bits";
  private static final int DEFAULT = 256;
  private static volatile Integer chosen;
  private static volatile boolean read;

  private VectorWidth() {}

  /** The width in bits; reading it fixes it for the rest of the JVM's life. */
  public static int bits() {
    if (chosen == null) {
      synchronized (VectorWidth.class) {
        if (chosen == null) {
          chosen = parse(System.getProperty(PROPERTY, Integer.toString(DEFAULT)));
        }
      }
    }
    read = true;
    return chosen;
  }

  /** Chooses the width; only possible before any kernel has read it. */
  public static synchronized void set(int bits) {
    int b = parse(Integer.toString(bits));
    if (read && chosen != b) {
      throw new IllegalStateException("the vector width is already " + chosen
          + " bits for this JVM (kernels are loaded); set " + PROPERTY + " at start-up");
    }
    chosen = b;
  }

  private static int parse(String s) {
    int b;
    try {
      b = Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PROPERTY + " must be 128, 256 or 512, got '" + s + "'");
    }
    if (b != 128 && b != 256 && b != 512) {
      throw new IllegalArgumentException(PROPERTY + " must be 128, 256 or 512, got " + b);
    }
    return b;
  }
}
