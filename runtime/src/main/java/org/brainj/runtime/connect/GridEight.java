package org.brainj.runtime.connect;

/**
 * {@code brainpy.connect.GridEight(include_self=False)} (manual 5.1.4): on a 2-D grid, each
 * neuron connects to its eight nearest neighbours (the 3 x 3 square around it, clipped at the
 * borders), and to itself with {@code includeSelf}. The same as {@link GridN} with {@code N = 1}.
 */
public final class GridEight implements Connector {
  private final GridN grid;
  private final boolean includeSelf;

  GridEight(boolean includeSelf) {
    this.includeSelf = includeSelf;
    this.grid = new GridN(1, includeSelf, "GridEight");
  }

  /** Whether to connect each neuron to itself too (default false). */
  public GridEight includeSelf(boolean includeSelf) {
    return new GridEight(includeSelf);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    return grid.build(preShape, postShape);
  }

  @Override
  public String toString() {
    return "GridEight(includeSelf=" + includeSelf + ")";
  }
}
