package org.brainj.runtime.group;

import java.util.Arrays;
import org.brainj.runtime.group.ModelInfo.Role;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.init.Init;

/**
 * A state variable of one group: a handle on its primitive array (one value per neuron). Used to
 * point monitors and inputs at a variable, and to read or set values between runs.
 */
public final class StateVar {
  private final Population group;
  private final String name;
  private final VarType type;
  private final Role role;
  private final Object array;
  private final int length;

  StateVar(Population group, String name, VarType type, Role role, int size) {
    this.group = group;
    this.name = name;
    this.type = type;
    this.role = role;
    this.length = size;
    this.array =
        switch (type) {
          case DOUBLE -> new double[size];
          case FLOAT -> new float[size];
          case INT -> new int[size];
          case BOOLEAN -> new boolean[size];
        };
  }

  /** The neuron group or synapse group this variable belongs to. */
  public Population group() {
    return group;
  }

  public String name() {
    return name;
  }

  public VarType type() {
    return type;
  }

  public Role role() {
    return role;
  }

  /** The number of values: one per neuron (per synapse, or per postsynaptic neuron). */
  public int size() {
    return length;
  }

  /** The backing array: {@code double[]}, {@code float[]}, {@code int[]} or {@code boolean[]}. */
  public Object array() {
    return array;
  }

  /** The value of neuron {@code i} as a double (booleans read as 0 or 1). */
  public double get(int i) {
    group.checkIndex(i, length, "variable '" + name + "'");
    return read(i);
  }

  /** Unchecked read, for monitors that validated their indices once. */
  double read(int i) {
    return switch (type) {
      case DOUBLE -> ((double[]) array)[i];
      case FLOAT -> ((float[]) array)[i];
      case INT -> ((int[]) array)[i];
      case BOOLEAN -> ((boolean[]) array)[i] ? 1.0 : 0.0;
    };
  }

  /** Copies the values of the given neurons into {@code out} (as doubles), starting at {@code offset}. */
  public void copyTo(int[] indices, double[] out, int offset) {
    switch (type) {
      case DOUBLE -> {
        double[] a = (double[]) array;
        if (indices == null) {
          System.arraycopy(a, 0, out, offset, a.length);
        } else {
          for (int k = 0; k < indices.length; k++) {
            out[offset + k] = a[indices[k]];
          }
        }
      }
      default -> {
        int n = indices == null ? size() : indices.length;
        for (int k = 0; k < n; k++) {
          out[offset + k] = read(indices == null ? k : indices[k]);
        }
      }
    }
  }

  /** All values as a new double array. */
  public double[] toDoubleArray() {
    double[] out = new double[size()];
    copyTo(null, out, 0);
    return out;
  }

  public void set(int i, double value) {
    group.checkIndex(i, length, "variable '" + name + "'");
    write(i, value);
  }

  void write(int i, double value) {
    switch (type) {
      case DOUBLE -> ((double[]) array)[i] = value;
      case FLOAT -> ((float[]) array)[i] = (float) value;
      case INT -> ((int[]) array)[i] = (int) value;
      case BOOLEAN -> ((boolean[]) array)[i] = value != 0;
    }
  }

  /** Sets every neuron's value. */
  public StateVar fill(double value) {
    switch (type) {
      case DOUBLE -> Arrays.fill((double[]) array, value);
      case FLOAT -> Arrays.fill((float[]) array, (float) value);
      case INT -> Arrays.fill((int[]) array, (int) value);
      case BOOLEAN -> Arrays.fill((boolean[]) array, value != 0);
    }
    return this;
  }

  /** Sets per-neuron values; the length must equal the group's size. */
  public StateVar set(double[] values) {
    if (values.length != size()) {
      throw new IllegalArgumentException(
          group.kind() + " '" + group.name() + "': variable '" + name + "' got "
              + values.length + " values but it has " + size() + " elements");
    }
    for (int i = 0; i < values.length; i++) {
      write(i, values[i]);
    }
    return this;
  }

  /** Sets values from an initializer drawn with the group's seed. */
  public StateVar set(Init init) {
    double[] v = new double[size()];
    try {
      init.fill(v, group.seed(), group.streamOf("var:" + name));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          group.kind() + " '" + group.name() + "': variable '" + name + "': " + e.getMessage(),
          e);
    }
    return set(v);
  }

  @Override
  public String toString() {
    return group.name() + "." + name;
  }
}
