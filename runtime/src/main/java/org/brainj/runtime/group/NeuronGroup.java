package org.brainj.runtime.group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainj.runtime.group.ModelInfo.ParamInfo;
import org.brainj.runtime.group.ModelInfo.Role;
import org.brainj.runtime.group.ModelInfo.StepInfo;
import org.brainj.runtime.group.ModelInfo.VarInfo;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.random.CounterRng;

/**
 * A population of neurons of one model. Generated subclasses ({@code LIFGroup}, ...) add typed
 * accessors and the compiled step functions; this class holds what every group shares: the state
 * arrays, the parameters, the schedule, {@code @Every} bookkeeping, input clearing and spike
 * collection.
 */
public abstract class NeuronGroup {
  private final ModelInfo model;
  private final String name;
  private final int size;
  private final long seed;
  private final int streamBase;
  private final Map<String, StateVar> vars = new LinkedHashMap<>();
  private final Map<String, Parameter> params = new LinkedHashMap<>();
  private final Map<String, Object> varOverrides;
  private final List<String> schedule;
  private final StateVar spikeVar;
  private final List<StateVar> inputVars = new ArrayList<>();
  private final int lastStepId;
  private final double[] nextDue;
  private final int[] spikeIndices;
  private int spikeCount;

  protected NeuronGroup(ModelInfo model, GroupBuilder<?, ?> b) {
    this.model = model;
    this.name = b.name() != null ? b.name() : model.name();
    this.size = b.size();
    this.seed = b.seed();
    this.streamBase = CounterRng.streamOf(name);
    StateVar spike = null;
    for (VarInfo v : model.vars()) {
      StateVar sv = new StateVar(this, v.name(), v.type(), v.role(), size);
      vars.put(v.name(), sv);
      if (v.role() == Role.SPIKE) {
        spike = sv;
      } else if (v.role() == Role.INPUT) {
        inputVars.add(sv);
      }
    }
    this.spikeVar = spike;
    this.spikeIndices = new int[spike == null ? 0 : size];
    for (ParamInfo p : model.params()) {
      Parameter param = new Parameter(this, p.name(), p.defaultValue());
      params.put(p.name(), param);
    }
    b.paramOverrides().forEach((pName, value) -> applyParam(params.get(pName), value));
    this.varOverrides = new LinkedHashMap<>(b.varOverrides());
    this.schedule = List.copyOf(b.schedule() != null ? b.schedule() : model.schedule());
    this.lastStepId = lastStep(schedule, model);
    this.nextDue = new double[model.steps().size()];
  }

  private static void applyParam(Parameter p, Object value) {
    if (value instanceof Double d) {
      p.set(d);
    } else if (value instanceof double[] a) {
      p.set(a);
    } else {
      p.set((Init) value);
    }
  }

  private static int lastStep(List<String> schedule, ModelInfo model) {
    int last = -1;
    for (String entry : schedule) {
      int id = model.stepIndex(entry);
      if (id >= 0) {
        last = id;
      }
    }
    return last;
  }

  // ---------------------------------------------------------------- for generated subclasses

  /** Sets every variable to the model's initial values (field initializers) for all neurons. */
  protected abstract void initDefaults();

  /** Runs step function {@code stepId} for neurons {@code [from, to)}. */
  protected abstract void compute(int stepId, double t, double dt, long step, int from, int to);

  /** The {@code @Every(when = ...)} condition of step {@code stepId}; evaluated once per time step. */
  protected boolean condition(int stepId, double t, double dt, long step) {
    throw new IllegalStateException(
        "group '" + name + "': step '" + model.steps().get(stepId).name() + "' has no condition");
  }

  /** The random stream of a call site of {@code rand()}/{@code randn()} in the model. */
  protected final int stream(int callSite) {
    return streamBase + callSite * 0x9E3779B9;
  }

  /** A stream id derived from this group's name and a label (used by initializers). */
  public final int streamOf(String label) {
    return streamBase ^ CounterRng.streamOf(label);
  }

  protected final double[] doubles(String var) {
    return (double[]) vars.get(var).array();
  }

  protected final float[] floats(String var) {
    return (float[]) vars.get(var).array();
  }

  protected final int[] ints(String var) {
    return (int[]) vars.get(var).array();
  }

  protected final boolean[] booleans(String var) {
    return (boolean[]) vars.get(var).array();
  }

  // ---------------------------------------------------------------- public API

  public final ModelInfo model() {
    return model;
  }

  public final String name() {
    return name;
  }

  public final int size() {
    return size;
  }

  public final long seed() {
    return seed;
  }

  /** The group's schedule: {@code input}, step names and {@code monitor}, in running order. */
  public final List<String> schedule() {
    return schedule;
  }

  /** The names of the model's step functions, in declaration order. */
  public final List<String> stepNames() {
    List<String> out = new ArrayList<>();
    for (StepInfo s : model.steps()) {
      out.add(s.name());
    }
    return out;
  }

  /** A state variable by name (BrainPy-style access); the error lists the names that exist. */
  public final StateVar var(String varName) {
    StateVar v = vars.get(varName);
    if (v == null) {
      throw new IllegalArgumentException(
          "group '" + name + "' (model " + model.name() + ") has no variable '" + varName
              + "'; its variables are " + vars.keySet());
    }
    return v;
  }

  public final Map<String, StateVar> vars() {
    return Collections.unmodifiableMap(vars);
  }

  /** A parameter by name; the error lists the names that exist. */
  public final Parameter param(String paramName) {
    Parameter p = params.get(paramName);
    if (p == null) {
      throw new IllegalArgumentException(
          "group '" + name + "' (model " + model.name() + ") has no parameter '" + paramName
              + "'; its parameters are " + params.keySet());
    }
    return p;
  }

  public final Map<String, Parameter> params() {
    return Collections.unmodifiableMap(params);
  }

  public final boolean hasSpikes() {
    return spikeVar != null;
  }

  /** The {@code @Spike} variable. */
  public final StateVar spike() {
    if (spikeVar == null) {
      throw new IllegalStateException(
          "group '" + name + "': model " + model.name() + " has no @Spike variable");
    }
    return spikeVar;
  }

  /** Indices of the neurons that spiked in the last time step: the first {@link #spikeCount()} entries. */
  public final int[] spikeIndices() {
    return spikeIndices;
  }

  public final int spikeCount() {
    return spikeCount;
  }

  /**
   * Puts every variable back to its initial value (the model's defaults, then the builder's
   * overrides; random initializers redraw the same numbers for the same seed) and forgets the
   * {@code @Every} timing. Parameters keep their current values.
   */
  public void reset() {
    initDefaults();
    varOverrides.forEach(
        (vName, value) -> {
          StateVar v = vars.get(vName);
          if (value instanceof Double d) {
            v.fill(d);
          } else if (value instanceof double[] a) {
            v.set(a);
          } else {
            v.set((Init) value);
          }
        });
    spikeCount = 0;
    java.util.Arrays.fill(nextDue, Double.NEGATIVE_INFINITY);
  }

  /**
   * Runs one step function for the whole group at the clock's time, honouring {@code @Every}; after
   * the group's last scheduled step it clears the inputs and collects the spikes.
   */
  public final void executeStep(int stepId, Clock clock) {
    if (due(stepId, clock)) {
      compute(stepId, clock.t(), clock.dt(), clock.step(), 0, size);
    }
    if (stepId == lastStepId) {
      endOfSteps();
    }
  }

  private boolean due(int stepId, Clock clock) {
    StepInfo s = model.steps().get(stepId);
    if (s.hasCondition()) {
      return condition(stepId, clock.t(), clock.dt(), clock.step());
    }
    if (s.period() <= 0) {
      return true;
    }
    // due times are multiples of the period on the network clock; a step honours a due time
    // when its start is within half a step of it
    double t = clock.t();
    if (t + 0.5 * clock.dt() < nextDue[stepId]) {
      return false;
    }
    nextDue[stepId] = (Math.floor((t + 0.5 * clock.dt()) / s.period()) + 1) * s.period();
    return true;
  }

  private void endOfSteps() {
    for (StateVar in : inputVars) {
      in.fill(0);
    }
    if (spikeVar != null) {
      boolean[] s = (boolean[]) spikeVar.array();
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (s[i]) {
          spikeIndices[n++] = i;
        }
      }
      spikeCount = n;
    }
  }

  final void checkIndex(int i, String what) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(
          "group '" + name + "': " + what + ": neuron index " + i + " is outside [0, " + size
              + ")");
    }
  }

  @Override
  public String toString() {
    return name + " (" + model.name() + ", " + size + " neurons)";
  }
}
