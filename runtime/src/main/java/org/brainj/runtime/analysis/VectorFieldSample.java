package org.brainj.runtime.analysis;

import java.util.List;

/**
 * The vector field of a phase plane, as data: the derivatives on a grid and, for a 2-D plane,
 * streamlines ({@link Streamlines}). For a 1-D system, {@code y()} is empty and {@code dx()[0]}
 * holds {@code f(x)} at every {@code x}.
 *
 * @param x the first variable's grid
 * @param y the second variable's grid (empty in 1-D)
 * @param dx {@code dx/dt} at {@code (x[i], y[j])} in {@code dx[i][j]} ({@code dx[0][i]} in 1-D)
 * @param dy {@code dy/dt} at {@code (x[i], y[j])} in {@code dy[i][j]} (empty in 1-D)
 * @param streamlines the streamlines, each in the direction of the flow (empty in 1-D)
 */
public record VectorFieldSample(double[] x, double[] y, double[][] dx, double[][] dy,
    List<Polyline> streamlines) {
  public VectorFieldSample {
    streamlines = List.copyOf(streamlines);
  }

  /** The dimension of the phase plane, 1 or 2. */
  public int dimension() {
    return y.length == 0 ? 1 : 2;
  }
}
