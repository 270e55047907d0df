package org.brainj.runtime.connect;

/**
 * {@code brainpy.connect.All2All(include_self=True)} (manual 5.1.2): every pre neuron connects to
 * every post neuron; without {@code includeSelf}, pairs {@code (i, i)} are left out (for {@code i
 * < min(preNum, postNum)}).
 */
public final class All2All implements Connector {
  private final boolean includeSelf;

  All2All(boolean includeSelf) {
    this.includeSelf = includeSelf;
  }

  /** Whether to create the {@code (i, i)} synapses (default true). */
  public All2All includeSelf(boolean includeSelf) {
    return new All2All(includeSelf);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    int preNum = Shapes.size("All2All", "preShape", preShape);
    int postNum = Shapes.size("All2All", "postShape", postShape);
    boolean self = includeSelf;
    CsrBuilder.checkCount(
        "All2All",
        (double) preNum * postNum - (self ? 0 : Math.min(preNum, postNum)),
        preNum,
        postNum);
    return CsrBuilder.build(
        "All2All",
        preNum,
        postNum,
        false,
        (long) preNum * postNum >= (1 << 20),
        () ->
            (pre, sink) -> {
              for (int j = 0; j < postNum; j++) {
                if (self || j != pre) {
                  sink.add(j);
                }
              }
            });
  }

  @Override
  public String toString() {
    return "All2All(includeSelf=" + includeSelf + ")";
  }
}
