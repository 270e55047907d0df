package org.brainj.runtime.connect;

import org.brainj.runtime.random.CounterRng;

/**
 * {@code brainpy.connect.PowerLaw(m, p, directed=False, seed=None)} (manual 5.2.10, 16.3.10): the
 * Holme-Kim growing graph with power-law degrees and tunable clustering, as networkx's {@code
 * powerlaw_cluster_graph}. Nodes {@code 0 .. m-1} start without edges; each new node draws {@code
 * m} distinct candidates by preferential attachment, links to the first, and for each of its
 * {@code m - 1} further links, with probability {@code p} closes a triangle (links to a random
 * neighbour of the last preferential target not yet linked), else links to the next candidate. A
 * link that already exists is not duplicated, so a node may end with fewer than {@code m} edges.
 * The growth (and so the graph) is the same whether {@code directed} or not; a directed graph
 * keeps only the new-to-old synapses. Needs {@code 1 <= m <= n} and {@code 0 <= p <= 1}; {@code
 * seed} defaults to 0.
 */
public final class PowerLaw implements Connector {
  private static final int TAG = CounterRng.streamOf("brainj.connect.PowerLaw");
  private static final String WHO = "PowerLaw";

  private final int m;
  private final double p;
  private final boolean directed;
  private final long seed;

  PowerLaw(int m, double p, boolean directed, long seed) {
    if (m < 1) {
      throw new IllegalArgumentException(WHO + ": m must be >= 1, got " + m);
    }
    this.m = m;
    this.p = Shapes.probability(WHO, "p", p);
    this.directed = directed;
    this.seed = seed;
  }

  /** Whether edges are one-way, new node to old node (default false). */
  public PowerLaw directed(boolean directed) {
    return new PowerLaw(m, p, directed, seed);
  }

  /** The random seed (default 0). */
  public PowerLaw seed(long seed) {
    return new PowerLaw(m, p, directed, seed);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    int n = Growth.nodes(WHO, preShape, postShape);
    if (m > n) {
      throw new IllegalArgumentException(
          WHO + ": m must satisfy 1 <= m <= n, got m=" + m + " and n=" + n);
    }
    RngStream rng = new RngStream(seed, TAG, 0);
    boolean[] mark = new boolean[n];
    Adjacency adj = new Adjacency(n);
    Growth.IntList repeated = new Growth.IntList();
    EdgeList edges = new EdgeList();
    for (int k = 0; k < m; k++) {
      repeated.add(k);
    }
    int[] hood = new int[16];
    for (int source = m; source < n; source++) {
      int[] candidates = Growth.randomSubset(repeated, m, rng, mark);
      int next = 0;
      int target = candidates[next++];
      link(adj, edges, source, target);
      repeated.add(target);
      int count = 1;
      while (count < m) {
        if (rng.nextDouble() < p) {
          int size = 0;
          for (int k = 0, d = adj.degree(target); k < d; k++) {
            int nbr = adj.neighbor(target, k);
            if (nbr != source && !adj.has(source, nbr)) {
              if (size == hood.length) {
                hood = java.util.Arrays.copyOf(hood, 2 * size);
              }
              hood[size++] = nbr;
            }
          }
          if (size > 0) {
            int nbr = hood[rng.nextInt(size)];
            link(adj, edges, source, nbr);
            repeated.add(nbr);
            count++;
            continue;
          }
        }
        target = candidates[next++];
        link(adj, edges, source, target);
        repeated.add(target);
        count++;
      }
      repeated.add(source, m);
    }
    if (directed) {
      return edges.toConnectivity(n, n);
    }
    return adj.toConnectivity();
  }

  private static void link(Adjacency adj, EdgeList edges, int source, int target) {
    if (!adj.has(source, target)) {
      adj.add(source, target);
      adj.add(target, source);
      edges.add(source, target);
    }
  }

  @Override
  public String toString() {
    return WHO + "(m=" + m + ", p=" + p + ", directed=" + directed + ", seed=" + seed + ")";
  }
}
