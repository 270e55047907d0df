package org.brainj.runtime.connect;

import org.brainj.runtime.random.CounterRng;

/**
 * A sequence of random numbers that is a pure function of (seed, tag, stream): Philox4x32-10
 * ({@link CounterRng#block}) keyed by the seed, with counter words (stream, tag, block index). Each
 * block gives two 64-bit draws. The connectors use one stream per presynaptic row (or one stream
 * for a growth process), so a row's synapses do not depend on which thread built it or in which
 * order.
 */
final class RngStream {
  private static final double TWO_POW_M53 = 0x1.0p-53;

  private final long seed;
  private final int tag;
  private int stream;
  private long block;
  private long spare;
  private boolean hasSpare;

  RngStream(long seed, int tag) {
    this.seed = seed;
    this.tag = tag;
  }

  RngStream(long seed, int tag, int stream) {
    this(seed, tag);
    reset(stream);
  }

  /** Restarts at the beginning of {@code stream}. */
  RngStream reset(int stream) {
    this.stream = stream;
    this.block = 0;
    this.hasSpare = false;
    return this;
  }

  long nextLong() {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    long[] b = CounterRng.block(seed, stream, tag, (int) (block >>> 32), (int) block);
    block++;
    spare = b[1];
    hasSpare = true;
    return b[0];
  }

  /** Uniform in [0, 1), 53 bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * TWO_POW_M53;
  }

  /** Uniform in (0, 1], 53 bits: its logarithm is finite. */
  double nextOpenClosed() {
    return ((nextLong() >>> 11) + 1) * TWO_POW_M53;
  }

  /** Uniform integer in [0, bound), without modulo bias; {@code bound > 0}. */
  int nextInt(int bound) {
    long m = bound - 1L;
    long r = nextLong() >>> 1;
    if ((bound & m) == 0) {
      return (int) (r & m);
    }
    for (long u = r; u - (r = u % bound) + m < 0; u = nextLong() >>> 1) {
      // rejected: u fell in the incomplete last block of [0, 2^63)
    }
    return (int) r;
  }

  /**
   * One uniform in [0, 1) addressed directly by (seed, tag, stream, index), independent of every
   * other draw: used where a draw belongs to a (pre, post) pair whatever else is visited.
   */
  static double uniformAt(long seed, int tag, int stream, int index) {
    long[] b = CounterRng.block(seed, stream, tag, -1, index);
    return (b[0] >>> 11) * TWO_POW_M53;
  }
}
