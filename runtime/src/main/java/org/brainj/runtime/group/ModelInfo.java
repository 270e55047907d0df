package org.brainj.runtime.group;

import java.util.ArrayList;
import java.util.List;

/**
 * What the processor knows about a model, handed to the runtime by the generated group: the
 * parameters with their defaults, the state variables with their types and roles, the step
 * functions with their {@code @Every} settings and the default schedule.
 */
public record ModelInfo(
    String name,
    String sourceClass,
    List<ParamInfo> params,
    List<VarInfo> vars,
    List<StepInfo> steps,
    List<String> schedule,
    boolean perPostCapable,
    List<String> perPostUniformParams,
    boolean floatCapable) {

  public ModelInfo {
    perPostUniformParams = List.copyOf(perPostUniformParams);
    params = List.copyOf(params);
    vars = List.copyOf(vars);
    steps = List.copyOf(steps);
    schedule = List.copyOf(schedule);
  }

  /** The primitive type of a state variable's array. */
  public enum VarType {
    DOUBLE,
    FLOAT,
    INT,
    BOOLEAN
  }

  /** What a state variable is for. */
  public enum Role {
    STATE,
    /** the group's spike output ({@code @Spike}) */
    SPIKE,
    /** an accumulator cleared after the group's last step ({@code @Input}) */
    INPUT
  }

  public record ParamInfo(String name, double defaultValue, String doc) {}

  public record VarInfo(String name, VarType type, Role role, String doc) {}

  /**
   * A step function. {@code period > 0}: runs every {@code period} ms; {@code hasCondition}: runs
   * when the generated {@code everyCondition} says so; neither: every time step.
   */
  public record StepInfo(String name, double period, boolean hasCondition) {}

  /** The type a variable's array has in a group of the given precision. */
  public VarType storage(VarInfo v, Precision precision) {
    return precision == Precision.FLOAT && v.type() == VarType.DOUBLE ? VarType.FLOAT : v.type();
  }

  public ParamInfo param(String name) {
    for (ParamInfo p : params) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  public VarInfo var(String name) {
    for (VarInfo v : vars) {
      if (v.name().equals(name)) {
        return v;
      }
    }
    return null;
  }

  public int stepIndex(String name) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  public static Builder builder(String name, String sourceClass) {
    return new Builder(name, sourceClass);
  }

  /** Fluent construction, used by generated code. */
  public static final class Builder {
    private final String name;
    private final String sourceClass;
    private final List<ParamInfo> params = new ArrayList<>();
    private final List<VarInfo> vars = new ArrayList<>();
    private final List<StepInfo> steps = new ArrayList<>();
    private final List<String> schedule = new ArrayList<>();
    private boolean perPost;
    private final List<String> perPostParams = new ArrayList<>();
    private boolean floatCapable;

    private Builder(String name, String sourceClass) {
      this.name = name;
      this.sourceClass = sourceClass;
    }

    public Builder param(String name, double defaultValue, String doc) {
      params.add(new ParamInfo(name, defaultValue, doc));
      return this;
    }

    public Builder var(String name, VarType type, Role role, String doc) {
      vars.add(new VarInfo(name, type, role, doc));
      return this;
    }

    public Builder step(String name, double period, boolean hasCondition) {
      steps.add(new StepInfo(name, period, hasCondition));
      return this;
    }

    /** The default schedule; if never called: input, the steps in order, monitor. */
    public Builder schedule(String... order) {
      schedule.addAll(List.of(order));
      return this;
    }

    /**
     * For synapse models: the state can be kept per postsynaptic neuron (linear dynamics, events
     * that add), provided the named parameters are uniform across synapses.
     */
    public Builder perPost(String... uniformParams) {
      perPost = true;
      perPostParams.addAll(List.of(uniformParams));
      return this;
    }

    /** The generated class has single-precision code too ({@link Precision#FLOAT}). */
    public Builder floatPrecision() {
      floatCapable = true;
      return this;
    }

    public ModelInfo build() {
      List<String> order = new ArrayList<>(schedule);
      if (order.isEmpty()) {
        order.add("input");
        steps.forEach(s -> order.add(s.name()));
        order.add("monitor");
      }
      return new ModelInfo(name, sourceClass, params, vars, steps, order, perPost, perPostParams,
          floatCapable);
    }
  }
}
