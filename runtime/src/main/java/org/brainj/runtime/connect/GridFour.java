package org.brainj.runtime.connect;

/**
 * {@code brainpy.connect.GridFour(include_self=False)} (manual 5.1.3): on a 2-D grid (pre and post
 * shapes equal), each neuron connects to its four nearest neighbours (up, down, left, right),
 * without wrap-around at the borders (border neurons have 2 or 3); with {@code includeSelf} also to
 * itself. A 1-D shape {@code {n}} is a column of height n: each neuron connects to {@code i - 1}
 * and {@code i + 1}.
 */
public final class GridFour implements Connector {
  private final boolean includeSelf;

  GridFour(boolean includeSelf) {
    this.includeSelf = includeSelf;
  }

  /** Whether to connect each neuron to itself too (default false). */
  public GridFour includeSelf(boolean includeSelf) {
    return new GridFour(includeSelf);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    int[] hw = Shapes.heightWidth("GridFour", "preShape", preShape);
    Shapes.heightWidth("GridFour", "postShape", postShape);
    Shapes.requireSameShape("GridFour", preShape, postShape);
    int height = hw[0];
    int width = hw[1];
    int n = height * width;
    boolean self = includeSelf;
    return CsrBuilder.build(
        "GridFour",
        n,
        n,
        false,
        n >= 1 << 16,
        () ->
            (i, sink) -> {
              int row = i / width;
              int col = i % width;
              if (row - 1 >= 0) {
                sink.add(i - width);
              }
              if (col - 1 >= 0) {
                sink.add(i - 1);
              }
              if (self) {
                sink.add(i);
              }
              if (col + 1 < width) {
                sink.add(i + 1);
              }
              if (row + 1 < height) {
                sink.add(i + width);
              }
            });
  }

  @Override
  public String toString() {
    return "GridFour(includeSelf=" + includeSelf + ")";
  }
}
