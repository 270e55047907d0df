package org.brainj.runtime.connect;

import java.util.Arrays;

/** A growable list of (pre, post) pairs, turned into a {@link Connectivity} by a stable sort. */
final class EdgeList {
  private int[] pre = new int[16];
  private int[] post = new int[16];
  private int n;

  void add(int i, int j) {
    if (n == pre.length) {
      int cap = (int) Math.min(Integer.MAX_VALUE - 8L, 2L * n);
      if (cap == n) {
        throw new IllegalArgumentException("more than 2^31 - 9 synapses");
      }
      pre = Arrays.copyOf(pre, cap);
      post = Arrays.copyOf(post, cap);
    }
    pre[n] = i;
    post[n] = j;
    n++;
  }

  /** Adds (i, j), and (j, i) too when {@code both}. */
  void add(int i, int j, boolean both) {
    add(i, j);
    if (both) {
      add(j, i);
    }
  }

  int size() {
    return n;
  }

  Connectivity toConnectivity(int preNum, int postNum) {
    return Connectivity.sorted(preNum, postNum, pre, post, null, n);
  }
}
