package org.brainj.runtime.connect;

import org.brainj.runtime.random.CounterRng;

/**
 * {@code brainpy.connect.ScaleFreeBADual(m1, m2, p, directed=False, seed=None)} (manual 5.2.9,
 * 16.3.9): the dual Barabási-Albert graph (Moshiri 2018): each new node attaches {@code m1} edges
 * with probability {@code p}, else {@code m2}, to distinct existing nodes drawn with probability
 * proportional to their degree. The graph starts as a star: nodes {@code 0 .. M-1} ({@code M =
 * max(m1, m2)}) all joined to node {@code M} (networkx 2.6+'s default initial star graph), so every
 * later node can find enough distinct targets. {@code p == 1} and {@code p == 0} give exactly
 * {@link ScaleFreeBA} with {@code m1} or {@code m2} (as networkx). Edges go from the new node to
 * the old one; undirected graphs also store the reverse synapse. Needs {@code 1 <= m1, m2 < n} and
 * {@code 0 <= p <= 1}; {@code seed} defaults to 0.
 */
public final class ScaleFreeBADual implements Connector {
  private static final int TAG = CounterRng.streamOf("brainj.connect.ScaleFreeBADual");
  private static final String WHO = "ScaleFreeBADual";

  private final int m1;
  private final int m2;
  private final double p;
  private final boolean directed;
  private final long seed;

  ScaleFreeBADual(int m1, int m2, double p, boolean directed, long seed) {
    if (m1 < 1) {
      throw new IllegalArgumentException(WHO + ": m1 must be >= 1, got " + m1);
    }
    if (m2 < 1) {
      throw new IllegalArgumentException(WHO + ": m2 must be >= 1, got " + m2);
    }
    this.m1 = m1;
    this.m2 = m2;
    this.p = Shapes.probability(WHO, "p", p);
    this.directed = directed;
    this.seed = seed;
  }

  /** Whether edges are one-way, new node to old node (default false). */
  public ScaleFreeBADual directed(boolean directed) {
    return new ScaleFreeBADual(m1, m2, p, directed, seed);
  }

  /** The random seed (default 0). */
  public ScaleFreeBADual seed(long seed) {
    return new ScaleFreeBADual(m1, m2, p, directed, seed);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    int n = Growth.nodes(WHO, preShape, postShape);
    if (m1 >= n) {
      throw new IllegalArgumentException(
          WHO + ": m1 must satisfy 1 <= m1 < n, got m1=" + m1 + " and n=" + n);
    }
    if (m2 >= n) {
      throw new IllegalArgumentException(
          WHO + ": m2 must satisfy 1 <= m2 < n, got m2=" + m2 + " and n=" + n);
    }
    if (p == 1.0) {
      return new ScaleFreeBA(m1, directed, seed).build(preShape, postShape);
    }
    if (p == 0.0) {
      return new ScaleFreeBA(m2, directed, seed).build(preShape, postShape);
    }
    int big = Math.max(m1, m2);
    RngStream rng = new RngStream(seed, TAG, 0);
    boolean[] mark = new boolean[n];
    Growth.IntList repeated = new Growth.IntList();
    EdgeList edges = new EdgeList();
    for (int t = 0; t < big; t++) {
      edges.add(big, t, !directed);
      repeated.add(t);
    }
    repeated.add(big, big);
    for (int source = big + 1; source < n; source++) {
      int m = rng.nextDouble() < p ? m1 : m2;
      int[] targets = Growth.randomSubset(repeated, m, rng, mark);
      for (int t : targets) {
        edges.add(source, t, !directed);
        repeated.add(t);
      }
      repeated.add(source, m);
    }
    return edges.toConnectivity(n, n);
  }

  @Override
  public String toString() {
    return WHO
        + "(m1="
        + m1
        + ", m2="
        + m2
        + ", p="
        + p
        + ", directed="
        + directed
        + ", seed="
        + seed
        + ")";
  }
}
