package org.brainj.runtime.monitor;

import java.util.Arrays;
import org.brainj.runtime.group.StateVar;

/**
 * Which neurons a monitor records (manual 8.1): all of them, or the given indices in the given
 * order (repeats allowed). Indices are checked against the group when the monitor is configured.
 */
public final class Indices {
  private static final Indices ALL = new Indices(null);

  private final int[] indices;

  private Indices(int[] indices) {
    this.indices = indices;
  }

  /** Every neuron of the group, in order. */
  public static Indices all() {
    return ALL;
  }

  /** The given neuron indices, recorded in this order. */
  public static Indices of(int... indices) {
    if (indices == null || indices.length == 0) {
      throw new IllegalArgumentException(
          "Indices.of: give at least one neuron index (or use Indices.all())");
    }
    for (int i : indices) {
      if (i < 0) {
        throw new IllegalArgumentException("Indices.of: neuron index " + i + " is negative");
      }
    }
    return new Indices(indices.clone());
  }

  /** Neurons {@code from, from + 1, ..., to - 1}. */
  public static Indices range(int from, int to) {
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException(
          "Indices.range: need 0 <= from < to, got [" + from + ", " + to + ")");
    }
    int[] a = new int[to - from];
    for (int k = 0; k < a.length; k++) {
      a[k] = from + k;
    }
    return new Indices(a);
  }

  public boolean isAll() {
    return indices == null;
  }

  /** The selected indices for a group of {@code size} neurons (a new array). */
  public int[] toArray(int size) {
    if (indices == null) {
      int[] a = new int[size];
      for (int k = 0; k < size; k++) {
        a[k] = k;
      }
      return a;
    }
    return indices.clone();
  }

  /** How many values one record holds for a group of {@code size} neurons. */
  public int count(int size) {
    return indices == null ? size : indices.length;
  }

  /** Throws, naming the group, variable, index and size, if an index is outside the variable's group. */
  public void check(StateVar var) {
    if (indices == null) {
      return;
    }
    int size = var.size();
    for (int i : indices) {
      if (i >= size) {
        throw new IndexOutOfBoundsException(
            "monitor of '" + var.group().name() + "." + var.name() + "': neuron index " + i
                + " is outside group '" + var.group().name() + "' of size " + size
                + " (valid: 0.." + (size - 1) + ")");
      }
    }
  }

  /** The raw indices, or null for all; not copied, for the recorders in this package. */
  int[] raw() {
    return indices;
  }

  @Override
  public String toString() {
    return indices == null ? "all" : Arrays.toString(indices);
  }
}
