package org.brainj.runtime.connect;

import java.util.Arrays;

/**
 * Per-node neighbour lists in insertion order, for the graph-growing connectors (degrees are small
 * there; look-ups are linear in the degree).
 */
final class Adjacency {
  private final int[][] nbr;
  private final int[] deg;

  Adjacency(int n) {
    nbr = new int[n][];
    deg = new int[n];
    for (int u = 0; u < n; u++) {
      nbr[u] = new int[4];
    }
  }

  int degree(int u) {
    return deg[u];
  }

  int neighbor(int u, int k) {
    return nbr[u][k];
  }

  boolean has(int u, int v) {
    int[] a = nbr[u];
    for (int k = 0, d = deg[u]; k < d; k++) {
      if (a[k] == v) {
        return true;
      }
    }
    return false;
  }

  void add(int u, int v) {
    if (deg[u] == nbr[u].length) {
      nbr[u] = Arrays.copyOf(nbr[u], 2 * deg[u]);
    }
    nbr[u][deg[u]++] = v;
  }

  void remove(int u, int v) {
    int[] a = nbr[u];
    int d = deg[u];
    for (int k = 0; k < d; k++) {
      if (a[k] == v) {
        System.arraycopy(a, k + 1, a, k, d - k - 1);
        deg[u] = d - 1;
        return;
      }
    }
  }

  /** All (u, v) entries as synapses u -> v. */
  Connectivity toConnectivity() {
    int n = deg.length;
    EdgeList e = new EdgeList();
    for (int u = 0; u < n; u++) {
      for (int k = 0; k < deg[u]; k++) {
        e.add(u, nbr[u][k]);
      }
    }
    return e.toConnectivity(n, n);
  }
}
