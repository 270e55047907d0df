package org.brainj.runtime.connect;

/**
 * {@code brainpy.connect.GridN(N=1, include_self=False)} (manual 5.1.5, 16.2.5): on a 2-D grid
 * (pre and post shapes equal), each neuron connects to the neurons of the {@code (2N+1) x (2N+1)}
 * square centred on it, clipped at the borders (no wrap-around); the centre itself only with
 * {@code includeSelf}. An interior neuron thus has {@code (2N+1)^2 - 1} synapses without self.
 * A 1-D shape {@code {n}} is a column of height n.
 */
public final class GridN implements Connector {
  private final int n;
  private final boolean includeSelf;
  private final String name;

  GridN(int n, boolean includeSelf) {
    this(n, includeSelf, "GridN");
  }

  GridN(int n, boolean includeSelf, String name) {
    if (n < 1) {
      throw new IllegalArgumentException(name + ": N must be >= 1, got " + n);
    }
    this.n = n;
    this.includeSelf = includeSelf;
    this.name = name;
  }

  /** Whether to connect each neuron to itself too (default false). */
  public GridN includeSelf(boolean includeSelf) {
    return new GridN(n, includeSelf, name);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    int[] hw = Shapes.heightWidth(name, "preShape", preShape);
    Shapes.heightWidth(name, "postShape", postShape);
    Shapes.requireSameShape(name, preShape, postShape);
    int height = hw[0];
    int width = hw[1];
    int num = height * width;
    int reach = n;
    boolean self = includeSelf;
    return CsrBuilder.build(
        name,
        num,
        num,
        false,
        num >= 1 << 14,
        () ->
            (i, sink) -> {
              int row = i / width;
              int col = i % width;
              int r0 = Math.max(0, row - reach);
              int r1 = Math.min(height - 1, row + reach);
              int c0 = Math.max(0, col - reach);
              int c1 = Math.min(width - 1, col + reach);
              for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                  if (self || r != row || c != col) {
                    sink.add(r * width + c);
                  }
                }
              }
            });
  }

  @Override
  public String toString() {
    return name.equals("GridEight")
        ? "GridEight(includeSelf=" + includeSelf + ")"
        : "GridN(N=" + n + ", includeSelf=" + includeSelf + ")";
  }
}
