package org.brainj.runtime.connect;

/**
 * {@code brainpy.connect.One2One} (manual 5.1.1): pre neuron {@code i} connects to post neuron
 * {@code i} only. Both groups must have the same number of neurons.
 */
public final class One2One implements Connector {
  static final One2One INSTANCE = new One2One();

  private One2One() {}

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    int n = Shapes.size("One2One", "preShape", preShape);
    int m = Shapes.size("One2One", "postShape", postShape);
    if (n != m) {
      throw new IllegalArgumentException(
          "One2One: pre and post groups must have the same size, got preNum="
              + n
              + " and postNum="
              + m);
    }
    int[] indptr = new int[n + 1];
    int[] posts = new int[n];
    for (int i = 0; i < n; i++) {
      indptr[i + 1] = i + 1;
      posts[i] = i;
    }
    return new Connectivity(n, n, indptr, posts, null);
  }

  @Override
  public String toString() {
    return "One2One()";
  }
}
