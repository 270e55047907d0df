package org.brainj.runtime.connect;

/**
 * A user-given connection (the manual's 5.3 {@code IndexConn}): aligned {@code pre_ids} and {@code
 * post_ids}, optionally with one weight per synapse; {@link #build} only supplies the group sizes
 * (BrainPy's {@code num_pre}/{@code num_post}) and checks the ids against them. Synapses are
 * re-numbered into the primary order (by pre, then post; see {@link Connectivity#fromIds}).
 */
public final class IndexConn implements Connector {
  private static final String WHO = "IndexConn";

  private final int[] preIds;
  private final int[] postIds;
  private final double[] weights;

  IndexConn(int[] preIds, int[] postIds, double[] weights) {
    if (preIds == null || postIds == null) {
      throw new IllegalArgumentException(WHO + ": preIds and postIds must not be null");
    }
    if (preIds.length != postIds.length) {
      throw new IllegalArgumentException(
          WHO
              + ": preIds and postIds must have the same length, got "
              + preIds.length
              + " and "
              + postIds.length);
    }
    if (weights != null && weights.length != preIds.length) {
      throw new IllegalArgumentException(
          WHO
              + ": weights must have one entry per synapse ("
              + preIds.length
              + "), got "
              + weights.length);
    }
    this.preIds = preIds.clone();
    this.postIds = postIds.clone();
    this.weights = weights == null ? null : weights.clone();
  }

  /** The same synapses with these weights (one per synapse, in the given id order). */
  public IndexConn weights(double... weights) {
    return new IndexConn(preIds, postIds, weights);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    int preNum = Shapes.size(WHO, "preShape", preShape);
    int postNum = Shapes.size(WHO, "postShape", postShape);
    Formats.checkIds(WHO, preIds, postIds, preNum, postNum);
    return Connectivity.sorted(preNum, postNum, preIds, postIds, weights, preIds.length);
  }

  @Override
  public String toString() {
    return WHO + "(" + preIds.length + " synapses" + (weights != null ? ", weighted" : "") + ")";
  }
}
