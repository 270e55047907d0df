package org.brainj.runtime.group;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainj.runtime.init.Init;

/**
 * The shared half of every generated builder (neuron groups and synapse groups): name, seed,
 * schedule and overrides of
 * parameters and initial values. Generated builders add one typed method per parameter and
 * variable ({@code tau(10)}, {@code V(Init.normal(-60, 5))}); the string-keyed {@code param} and
 * {@code init} methods are the BrainPy-style edge and check the name.
 */
public abstract class ModelBuilder<B extends ModelBuilder<B>> {
  private final ModelInfo model;
  private String name;
  private long seed;
  private List<String> schedule;
  private Precision precision;
  private final Map<String, Object> params = new LinkedHashMap<>();
  private final Map<String, Object> vars = new LinkedHashMap<>();

  protected ModelBuilder(ModelInfo model) {
    this.model = model;
  }

  /** The number of values a per-element array must have, or -1 while it is not known yet. */
  protected abstract int expectedLength();

  /** The entries a custom schedule must name, each exactly once. */
  protected abstract List<String> defaultSchedule();

  /** "LIF group" or "ExpCOBA synapses": how error messages name what is being built. */
  protected abstract String what();

  /** "the group has 10 neurons": what a per-element array's length is checked against. */
  protected String lengthWhat(int size) {
    return "the group has " + size + " neurons";
  }

  protected final ModelInfo modelInfo() {
    return model;
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** The group's name, used in schedules ({@code "E.update"}), monitors and error messages. */
  public B name(String name) {
    if (name == null || name.isEmpty() || name.contains(".")) {
      throw new IllegalArgumentException(
          model.name() + " group: name must be non-empty and contain no '.', got '" + name + "'");
    }
    this.name = name;
    return self();
  }

  /** Seed of the group's random initializers and of {@code rand()} in its steps. */
  public B seed(long seed) {
    this.seed = seed;
    return self();
  }

  /**
   * The precision the group computes and stores its state in (default: double for neuron groups;
   * for synapse groups, their postsynaptic group's). The model's {@code double} variables become
   * {@code float} arrays and its arithmetic single precision.
   */
  public B precision(Precision precision) {
    if (precision == null) {
      throw new IllegalArgumentException(groupLabel() + ": precision must not be null");
    }
    if (precision == Precision.FLOAT && !model.floatCapable()) {
      throw new IllegalArgumentException(groupLabel() + ": model " + model.name()
          + " has no float-precision code (only models compiled by the BrainJ processor do)");
    }
    this.precision = precision;
    return self();
  }

  /**
   * The group's own running order (manual 7.2.1): each of {@code input}, {@code monitor} and the
   * model's steps exactly once.
   */
  public B schedule(String... order) {
    Set<String> expected = new HashSet<>(defaultSchedule());
    Set<String> given = new HashSet<>(List.of(order));
    if (given.size() != order.length || !given.equals(expected)) {
      throw new IllegalArgumentException(
          groupLabel() + ": schedule " + List.of(order) + " must name each of " + defaultSchedule()
              + " exactly once");
    }
    this.schedule = List.of(order);
    return self();
  }

  /** Sets a parameter to one value for all neurons. */
  public B param(String name, double value) {
    checkParam(name);
    params.put(name, value);
    return self();
  }

  /** Sets a parameter per neuron; the length must equal the size. */
  public B param(String name, double[] perNeuron) {
    checkParam(name);
    checkLength("parameter", name, perNeuron);
    params.put(name, perNeuron.clone());
    return self();
  }

  /** Sets a parameter per neuron from an initializer. */
  public B param(String name, Init init) {
    checkParam(name);
    params.put(name, init);
    return self();
  }

  /** Sets the initial value of a variable for all neurons. */
  public B init(String name, double value) {
    checkVar(name);
    vars.put(name, value);
    return self();
  }

  /** Sets the initial value of a variable per neuron; the length must equal the size. */
  public B init(String name, double[] perNeuron) {
    checkVar(name);
    checkLength("variable", name, perNeuron);
    vars.put(name, perNeuron.clone());
    return self();
  }

  /** Sets the initial value of a variable per neuron from an initializer. */
  public B init(String name, Init init) {
    checkVar(name);
    vars.put(name, init);
    return self();
  }

  // ---------------------------------------------------------------- read by NeuronGroup

  final String name() {
    return name;
  }

  final long seed() {
    return seed;
  }

  /** The precision asked for, or null for the default. */
  final Precision precision() {
    return precision;
  }

  final List<String> schedule() {
    return schedule;
  }

  final Map<String, Object> paramOverrides() {
    return params;
  }

  final Map<String, Object> varOverrides() {
    return vars;
  }

  final String groupLabel() {
    return what() + (name == null ? "" : " '" + name + "'");
  }

  private void checkParam(String name) {
    if (model.param(name) == null) {
      List<String> names = model.params().stream().map(ModelInfo.ParamInfo::name).toList();
      throw new IllegalArgumentException(
          groupLabel() + " has no parameter '" + name + "'; its parameters are " + names);
    }
  }

  private void checkVar(String name) {
    if (model.var(name) == null) {
      List<String> names = model.vars().stream().map(ModelInfo.VarInfo::name).toList();
      throw new IllegalArgumentException(
          groupLabel() + " has no variable '" + name + "'; its variables are " + names);
    }
  }

  private void checkLength(String kind, String name, double[] values) {
    int size = expectedLength();
    if (size >= 0 && values.length != size) {
      throw new IllegalArgumentException(
          groupLabel() + ": " + kind + " '" + name + "' got " + values.length
              + " values but " + lengthWhat(size));
    }
  }
}
