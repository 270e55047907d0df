package org.brainj.runtime.connect;

import java.util.Arrays;
import org.brainj.runtime.random.CounterRng;

/**
 * {@code brainpy.connect.SmallWorld(num_neighbor, prob, directed=False, include_self=False)}
 * (manual 5.2.7, 16.3.7): a Watts-Strogatz small-world graph on a 1-D ring of {@code n} nodes (pre
 * and post are the same 1-D group), as networkx's {@code watts_strogatz_graph}:
 *
 * <ol>
 *   <li>each node {@code u} is joined to {@code u + 1 .. u + numNeighbor/2} (mod n), in both
 *       directions unless {@code directed} (a directed ring only has the forward edges), i.e. to
 *       its {@code numNeighbor} nearest neighbours ({@code numNeighbor - 1} when odd);
 *   <li>for each offset {@code j = 1 .. numNeighbor/2}, then each node {@code u} in order, the
 *       edge {@code (u, u + j)} is rewired with probability {@code prob} to {@code (u, w)}, {@code
 *       w} uniform among the nodes that are not {@code u} and not already joined to {@code u}
 *       (skipped when {@code u} is joined to all others).
 * </ol>
 *
 * <p>{@code numNeighbor == n} gives the complete graph. With {@code includeSelf} every node also
 * gets a synapse onto itself. Undirected graphs store each edge as two synapses. Unlike BrainPy
 * (which draws from the global numpy state), the draws come from {@code seed} (default 0), so a
 * seed reproduces the graph; memory is linear in the edges (no n x n matrix).
 */
public final class SmallWorld implements Connector {
  private static final int TAG = CounterRng.streamOf("brainj.connect.SmallWorld");
  private static final String WHO = "SmallWorld";

  private final int numNeighbor;
  private final double prob;
  private final boolean directed;
  private final boolean includeSelf;
  private final long seed;

  SmallWorld(int numNeighbor, double prob, boolean directed, boolean includeSelf, long seed) {
    if (numNeighbor < 0) {
      throw new IllegalArgumentException(WHO + ": numNeighbor must be >= 0, got " + numNeighbor);
    }
    this.numNeighbor = numNeighbor;
    this.prob = Shapes.probability(WHO, "prob", prob);
    this.directed = directed;
    this.includeSelf = includeSelf;
    this.seed = seed;
  }

  /** Whether edges are one-way (default false: each edge is a synapse in both directions). */
  public SmallWorld directed(boolean directed) {
    return new SmallWorld(numNeighbor, prob, directed, includeSelf, seed);
  }

  /** Whether each node also connects to itself (default false). */
  public SmallWorld includeSelf(boolean includeSelf) {
    return new SmallWorld(numNeighbor, prob, directed, includeSelf, seed);
  }

  /** The random seed (default 0). */
  public SmallWorld seed(long seed) {
    return new SmallWorld(numNeighbor, prob, directed, includeSelf, seed);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    if (preShape == null || postShape == null || preShape.length != 1 || postShape.length != 1) {
      throw new IllegalArgumentException(
          WHO
              + ": only a 1-D ring is supported; preShape and postShape must be one-dimensional,"
              + " got "
              + Arrays.toString(preShape)
              + " and "
              + Arrays.toString(postShape));
    }
    int n = Growth.nodes(WHO, preShape, postShape);
    if (numNeighbor > n) {
      throw new IllegalArgumentException(
          WHO + ": numNeighbor=" + numNeighbor + " exceeds the " + n + " nodes of the ring");
    }
    Adjacency adj = new Adjacency(n);
    if (numNeighbor == n) {
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          if (u != v) {
            adj.add(u, v);
          }
        }
      }
    } else {
      int half = numNeighbor / 2;
      for (int j = 1; j <= half; j++) {
        for (int u = 0; u < n; u++) {
          int v = (u + j) % n;
          adj.add(u, v);
          if (!directed) {
            adj.add(v, u);
          }
        }
      }
      RngStream rng = new RngStream(seed, TAG, 0);
      for (int j = 1; j <= half; j++) {
        for (int u = 0; u < n; u++) {
          int v = (u + j) % n;
          if (rng.nextDouble() < prob) {
            int w = rng.nextInt(n);
            boolean skip = false;
            while (w == u || adj.has(u, w)) {
              w = rng.nextInt(n);
              if (adj.degree(u) >= n - 1) {
                skip = true;
                break;
              }
            }
            if (!skip) {
              adj.remove(u, v);
              adj.add(u, w);
              if (!directed) {
                adj.remove(v, u);
                adj.add(w, u);
              }
            }
          }
        }
      }
    }
    if (includeSelf) {
      for (int u = 0; u < n; u++) {
        adj.add(u, u);
      }
    }
    return adj.toConnectivity();
  }

  @Override
  public String toString() {
    return WHO
        + "(numNeighbor="
        + numNeighbor
        + ", prob="
        + prob
        + ", directed="
        + directed
        + ", includeSelf="
        + includeSelf
        + ", seed="
        + seed
        + ")";
  }
}
