package org.brainj.runtime.connect;

import org.brainj.runtime.random.CounterRng;

/**
 * {@code brainpy.connect.ScaleFreeBA(m, directed=False, seed=None)} (manual 5.2.8, 16.3.8): a
 * Barabási-Albert preferential-attachment graph on the {@code n} neurons of one group, as
 * networkx's {@code barabasi_albert_graph}: nodes {@code 0 .. m-1} start without edges, node
 * {@code m} connects to all of them, and each later node connects to {@code m} distinct existing
 * nodes drawn with probability proportional to their degree. Each edge goes from the new node
 * (pre) to the old one (post); undirected graphs also store the reverse synapse. Needs {@code 1 <=
 * m < n}. {@code seed} defaults to 0 and reproduces the graph.
 */
public final class ScaleFreeBA implements Connector {
  private static final int TAG = CounterRng.streamOf("brainj.connect.ScaleFreeBA");
  private static final String WHO = "ScaleFreeBA";

  private final int m;
  private final boolean directed;
  private final long seed;

  ScaleFreeBA(int m, boolean directed, long seed) {
    if (m < 1) {
      throw new IllegalArgumentException(WHO + ": m must be >= 1, got " + m);
    }
    this.m = m;
    this.directed = directed;
    this.seed = seed;
  }

  /** Whether edges are one-way, new node to old node (default false). */
  public ScaleFreeBA directed(boolean directed) {
    return new ScaleFreeBA(m, directed, seed);
  }

  /** The random seed (default 0). */
  public ScaleFreeBA seed(long seed) {
    return new ScaleFreeBA(m, directed, seed);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    int n = Growth.nodes(WHO, preShape, postShape);
    if (m >= n) {
      throw new IllegalArgumentException(
          WHO + ": m must satisfy 1 <= m < n, got m=" + m + " and n=" + n);
    }
    RngStream rng = new RngStream(seed, TAG, 0);
    boolean[] mark = new boolean[n];
    Growth.IntList repeated = new Growth.IntList();
    EdgeList edges = new EdgeList();
    int[] targets = new int[m];
    for (int k = 0; k < m; k++) {
      targets[k] = k;
    }
    for (int source = m; source < n; source++) {
      for (int t : targets) {
        edges.add(source, t, !directed);
        repeated.add(t);
      }
      repeated.add(source, m);
      if (source + 1 < n) {
        targets = Growth.randomSubset(repeated, m, rng, mark);
      }
    }
    return edges.toConnectivity(n, n);
  }

  @Override
  public String toString() {
    return WHO + "(m=" + m + ", directed=" + directed + ", seed=" + seed + ")";
  }
}
