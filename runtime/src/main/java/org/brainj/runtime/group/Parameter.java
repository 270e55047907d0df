package org.brainj.runtime.group;

import org.brainj.runtime.init.Init;

/**
 * A parameter of one group: one value for all neurons ({@code stride() == 0}) or one per neuron
 * ({@code stride() == 1}). Generated steps read {@code values()[i * stride()]}; changing a value
 * between runs needs no rebuild (manual 9.1).
 */
public final class Parameter {
  private final Population group;
  private final String name;
  private double[] values;
  private int stride;

  Parameter(Population group, String name, double value) {
    this.group = group;
    this.name = name;
    this.values = new double[] {value};
    this.stride = 0;
  }

  public String name() {
    return name;
  }

  /** The backing values: length 1 (uniform) or the group's size. Read by generated code. */
  public double[] values() {
    return values;
  }

  /** 0 for a uniform value, 1 for per-neuron values. Read by generated code. */
  public int stride() {
    return stride;
  }

  public boolean isUniform() {
    return stride == 0;
  }

  /** The value for neuron {@code i}. */
  public double get(int i) {
    group.checkIndex(i, stride == 0 ? group.size() : values.length, "parameter '" + name + "'");
    return values[i * stride];
  }

  /** One value for every neuron. */
  public Parameter set(double value) {
    this.values = new double[] {value};
    this.stride = 0;
    return this;
  }

  /** One value per neuron; the length must equal the group's size. */
  public Parameter set(double[] perNeuron) {
    if (perNeuron.length != group.size()) {
      throw new IllegalArgumentException(
          group.kind() + " '" + group.name() + "': parameter '" + name + "' got "
              + perNeuron.length + " values but the " + group.kind() + " has " + group.size()
              + " " + group.elementName() + "s");
    }
    group.checkParameter(name, false);
    this.values = perNeuron.clone();
    this.stride = 1;
    return this;
  }

  /** Per-neuron values from an initializer (drawn with the group's seed). */
  public Parameter set(Init init) {
    group.checkParameter(name, false);
    double[] v = new double[group.size()];
    try {
      init.fill(v, group.seed(), group.streamOf("param:" + name));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          group.kind() + " '" + group.name() + "': parameter '" + name + "': " + e.getMessage(),
          e);
    }
    this.values = v;
    this.stride = 1;
    return this;
  }

  @Override
  public String toString() {
    return group.name() + "." + name + (isUniform() ? " = " + values[0] : " (per neuron)");
  }
}
