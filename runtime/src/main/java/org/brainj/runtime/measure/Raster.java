package org.brainj.runtime.measure;

import java.util.Arrays;

/**
 * Spikes as parallel arrays, BrainPy's {@code measure.raster_plot} result: spike {@code k} is
 * neuron {@code indices()[k]} at {@code times()[k]} ms, in time order (within a step, by neuron
 * index), ready for a scatter plot. Made by {@link Measures#raster}.
 */
public record Raster(int[] indices, double[] times) {
  public Raster {
    if (indices.length != times.length) {
      throw new IllegalArgumentException(
          "raster: " + indices.length + " indices but " + times.length + " times");
    }
  }

  /** The number of spikes. */
  public int count() {
    return indices.length;
  }

  /** The spike times of neuron {@code neuron}, in order (a new array). */
  public double[] timesOf(int neuron) {
    int n = 0;
    for (int i : indices) {
      n += i == neuron ? 1 : 0;
    }
    double[] out = new double[n];
    for (int k = 0, j = 0; k < indices.length; k++) {
      if (indices[k] == neuron) {
        out[j++] = times[k];
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Raster r && Arrays.equals(indices, r.indices)
        && Arrays.equals(times, r.times);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(indices) + Arrays.hashCode(times);
  }

  @Override
  public String toString() {
    return "Raster(" + indices.length + " spikes)";
  }
}
