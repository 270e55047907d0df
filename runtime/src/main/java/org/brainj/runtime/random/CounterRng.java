package org.brainj.runtime.random;

/**
 * Counter-based random numbers (Philox4x32-10, Salmon et al., SC'11): a pure function of a 64-bit
 * key and a 128-bit counter. A seed therefore gives the same numbers on every backend, in any
 * order and for any thread count: the counter is (stream, time step, element), never a shared
 * mutable state.
 */
public final class CounterRng {
  private CounterRng() {}

  private static final int M0 = 0xD2511F53;
  private static final int M1 = 0xCD9E8D57;
  private static final int W0 = 0x9E3779B9;
  private static final int W1 = 0xBB67AE85;
  private static final double TWO_POW_M53 = 0x1.0p-53;

  /**
   * The four 32-bit words of Philox4x32-10 for the given key and counter, packed as two longs
   * (words 0|1 and 2|3).
   */
  public static long[] block(long key, int c0, int c1, int c2, int c3) {
    long[] out = new long[2];
    philox(key, c0, c1, c2, c3, out);
    return out;
  }

  private static void philox(long key, int c0, int c1, int c2, int c3, long[] out) {
    int k0 = (int) key;
    int k1 = (int) (key >>> 32);
    for (int round = 0; round < 10; round++) {
      long p0 = (M0 & 0xFFFFFFFFL) * (c0 & 0xFFFFFFFFL);
      long p1 = (M1 & 0xFFFFFFFFL) * (c2 & 0xFFFFFFFFL);
      int hi0 = (int) (p0 >>> 32);
      int lo0 = (int) p0;
      int hi1 = (int) (p1 >>> 32);
      int lo1 = (int) p1;
      int n0 = hi1 ^ c1 ^ k0;
      int n1 = lo1;
      int n2 = hi0 ^ c3 ^ k1;
      int n3 = lo0;
      c0 = n0;
      c1 = n1;
      c2 = n2;
      c3 = n3;
      k0 += W0;
      k1 += W1;
    }
    out[0] = ((long) c0 << 32) | (c1 & 0xFFFFFFFFL);
    out[1] = ((long) c2 << 32) | (c3 & 0xFFFFFFFFL);
  }

  /**
   * A uniform double in [0, 1) for (seed; stream, step, element): 53 random bits of the block's
   * first two words.
   */
  public static double uniform(long seed, int stream, long step, int element) {
    long[] b = new long[2];
    philox(seed, stream, (int) (step >>> 32), (int) step, element, b);
    return (b[0] >>> 11) * TWO_POW_M53;
  }

  /**
   * A standard normal double for (seed; stream, step, element), by Box-Muller on the block's two
   * 53-bit halves.
   */
  public static double normal(long seed, int stream, long step, int element) {
    long[] b = new long[2];
    philox(seed, stream, (int) (step >>> 32), (int) step, element, b);
    double u1 = ((b[0] >>> 11) + 1) * TWO_POW_M53; // (0, 1]: log is finite
    double u2 = (b[1] >>> 11) * TWO_POW_M53;
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  /** A stable 32-bit stream id for a name (FNV-1a), so streams do not depend on creation order. */
  public static int streamOf(String name) {
    int h = 0x811C9DC5;
    for (int i = 0; i < name.length(); i++) {
      h ^= name.charAt(i);
      h *= 0x01000193;
    }
    return h;
  }
}
