package org.brainj.runtime.connect;

/**
 * A connection method (BrainPy's {@code brainpy.connect.Connector}): builds the {@link
 * Connectivity} between a presynaptic and a postsynaptic group from their sizes or geometries.
 * Connectors are immutable values; the same connector with the same sizes (and seed, for random
 * ones) always builds the same connectivity. Make them with {@link Connect}.
 *
 * <p>Shapes follow BrainPy's geometry: a one-dimensional shape {@code {n}} is {@code n} neurons (a
 * grid of height {@code n} and width 1 for the geometric connectors); a two-dimensional shape
 * {@code {height, width}} numbers neuron {@code (row, col)} as {@code row * width + col}.
 *
 * <p>A user-defined connector only needs {@link #build(int[], int[])}, e.g. a lambda returning
 * {@link Connectivity#fromIds}.
 */
@FunctionalInterface
public interface Connector {

  /**
   * Builds the synapses between groups of the given shapes.
   *
   * @throws IllegalArgumentException if the shapes do not suit this connector (the message names
   *     the connector and the parameter)
   */
  Connectivity build(int[] preShape, int[] postShape);

  /** Builds the synapses between one-dimensional groups of {@code preNum} and {@code postNum}. */
  default Connectivity build(int preNum, int postNum) {
    return build(new int[] {preNum}, new int[] {postNum});
  }

  /** Builds the synapses of a group of {@code num} neurons onto itself. */
  default Connectivity build(int num) {
    return build(num, num);
  }

  /** Builds the synapses of a group of the given shape onto itself. */
  default Connectivity build(int[] shape) {
    return build(shape, shape);
  }
}
