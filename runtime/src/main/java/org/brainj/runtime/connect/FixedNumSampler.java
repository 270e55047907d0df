package org.brainj.runtime.connect;

import java.util.Arrays;

/**
 * Draws, for each row, {@code k} distinct columns uniformly out of {@code cols} (out of the {@code
 * cols - 1} others when the row's own index is excluded), by Floyd's algorithm on a per-row
 * counter-based stream; shared by {@link FixedPostNum} (rows = pre) and {@link FixedPreNum} (rows =
 * post).
 */
final class FixedNumSampler {
  private FixedNumSampler() {}

  /** The fixed number, from an int count or a fraction of {@code size} ({@code int(size * f)}). */
  static int count(String who, String side, int num, double fraction, boolean isFraction, int size,
      boolean includeSelf, boolean anySelfPair) {
    int k = isFraction ? (int) (size * fraction) : num;
    String what = isFraction ? "num=" + fraction + " (" + k + " neurons)" : "num=" + num;
    if (k > size) {
      throw new IllegalArgumentException(
          who + ": " + what + " exceeds the " + size + " " + side + "-synaptic neurons");
    }
    if (!includeSelf && anySelfPair && k > size - 1) {
      throw new IllegalArgumentException(
          who
              + ": "
              + what
              + " exceeds the "
              + (size - 1)
              + " "
              + side
              + "-synaptic neurons available without self-connections (includeSelf=false)");
    }
    return k;
  }

  static CsrBuilder.WriterFactory rows(long seed, int tag, int cols, int k, boolean includeSelf) {
    return () -> {
      RngStream rng = new RngStream(seed, tag);
      boolean[] mark = new boolean[cols];
      int[] buf = new int[k];
      return (r, sink) -> {
        boolean skipSelf = !includeSelf && r < cols;
        int n = skipSelf ? cols - 1 : cols;
        if (k == 0) {
          return;
        }
        rng.reset(r);
        int c = 0;
        for (int j = n - k; j < n; j++) {
          int t = rng.nextInt(j + 1);
          if (mark[t]) {
            t = j;
          }
          mark[t] = true;
          buf[c++] = t;
        }
        if ((long) k * 8 >= n) {
          // dense: a scan of the marks is cheaper than sorting
          for (int q = 0; q < n; q++) {
            if (mark[q]) {
              mark[q] = false;
              sink.add(skipSelf && q >= r ? q + 1 : q);
            }
          }
        } else {
          Arrays.sort(buf, 0, k);
          for (int m = 0; m < k; m++) {
            int q = buf[m];
            mark[q] = false;
            sink.add(skipSelf && q >= r ? q + 1 : q);
          }
        }
      };
    };
  }
}
