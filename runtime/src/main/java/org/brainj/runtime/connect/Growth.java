package org.brainj.runtime.connect;

/**
 * Shared pieces of the preferential-attachment connectors ({@link ScaleFreeBA}, {@link
 * ScaleFreeBADual}, {@link PowerLaw}): the node count check and networkx's {@code _random_subset}.
 */
final class Growth {
  private Growth() {}

  /** A growable int list (the "repeated nodes" list of preferential attachment). */
  static final class IntList {
    int[] a = new int[64];
    int n;

    void add(int v) {
      if (n == a.length) {
        if (n >= Integer.MAX_VALUE - 8) {
          throw new IllegalArgumentException("graph too large (more than 2^31 - 9 edge ends)");
        }
        a = java.util.Arrays.copyOf(a, (int) Math.min(Integer.MAX_VALUE - 8L, 2L * n));
      }
      a[n++] = v;
    }

    void add(int v, int times) {
      for (int k = 0; k < times; k++) {
        add(v);
      }
    }
  }

  /** The number of nodes: pre and post must be the same group size. */
  static int nodes(String who, int[] preShape, int[] postShape) {
    int n = Shapes.size(who, "preShape", preShape);
    int m = Shapes.size(who, "postShape", postShape);
    Shapes.requireSameSize(who, n, m);
    return n;
  }

  /**
   * {@code m} distinct values drawn uniformly (with repetition, until {@code m} are distinct) from
   * {@code seq}, in order of first draw; {@code mark} is all false on entry and on exit.
   */
  static int[] randomSubset(IntList seq, int m, RngStream rng, boolean[] mark) {
    int[] out = new int[m];
    int c = 0;
    while (c < m) {
      int x = seq.a[rng.nextInt(seq.n)];
      if (!mark[x]) {
        mark[x] = true;
        out[c++] = x;
      }
    }
    for (int x : out) {
      mark[x] = false;
    }
    return out;
  }
}
