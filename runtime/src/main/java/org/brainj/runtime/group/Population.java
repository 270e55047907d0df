package org.brainj.runtime.group;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainj.runtime.group.ModelInfo.ParamInfo;
import org.brainj.runtime.group.ModelInfo.VarInfo;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.random.CounterRng;

/**
 * What neuron groups and synapse groups share: a model, a name, elements (neurons or synapses)
 * with structure-of-arrays state, parameters with per-element overrides, a schedule and a seed.
 * Monitors and inputs address any population.
 */
public abstract class Population {
  private final ModelInfo model;
  private final String name;
  private final int size;
  private final long seed;
  private final int streamBase;
  private final Precision precision;
  private final Map<String, StateVar> vars = new LinkedHashMap<>();
  private final Map<String, Parameter> params = new LinkedHashMap<>();
  private final Map<String, Object> varOverrides;
  private final List<String> schedule;

  /**
   * @param size the number of elements: parameters take one value per element
   * @param stateSize the length of the state arrays (the size, or fewer when a synapse group
   *     keeps its state per postsynaptic neuron)
   * @param defaultPrecision the precision when the builder names none
   */
  protected Population(ModelInfo model, ModelBuilder<?> b, String defaultName, int size,
      int stateSize, List<String> defaultSchedule, Precision defaultPrecision) {
    this.model = model;
    this.name = b.name() != null ? b.name() : defaultName;
    this.size = size;
    this.seed = b.seed();
    this.streamBase = CounterRng.streamOf(name);
    this.precision = b.precision() != null ? b.precision() : defaultPrecision;
    if (precision == Precision.FLOAT && !model.floatCapable()) {
      throw new IllegalArgumentException(kind() + " '" + name + "': model " + model.name()
          + " has no float-precision code, so it cannot run in float precision");
    }
    for (VarInfo v : model.vars()) {
      vars.put(v.name(),
          new StateVar(this, v.name(), model.storage(v, precision), v.role(), stateSize));
    }
    for (ParamInfo p : model.params()) {
      params.put(p.name(), new Parameter(this, p.name(), p.defaultValue()));
    }
    this.varOverrides = new LinkedHashMap<>(b.varOverrides());
    this.schedule = List.copyOf(b.schedule() != null ? b.schedule() : defaultSchedule);
    b.paramOverrides().forEach((pName, value) -> applyParam(params.get(pName), value));
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

  /** Sets every variable to the model's initial values for all elements. */
  protected abstract void initDefaults();

  /** The random stream of a call site of {@code rand()}/{@code randn()} in the model. */
  protected final int stream(int callSite) {
    return streamBase + callSite * 0x9E3779B9;
  }

  /**
   * The random stream of call site {@code callSite}, for other implementations of the model's
   * steps (vector kernels, device code) that must draw the same numbers.
   */
  public final int randomStream(int callSite) {
    return stream(callSite);
  }

  /** A stream id derived from this population's name and a label (used by initializers). */
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

  public final ModelInfo model() {
    return model;
  }

  public final String name() {
    return name;
  }

  /** The number of elements (neurons, or synapses); parameters have one value per element. */
  public final int size() {
    return size;
  }

  /** The precision the group computes and stores its state in. */
  public final Precision precision() {
    return precision;
  }

  /** Whether the generated code must run its single-precision version. */
  protected final boolean singlePrecision() {
    return precision == Precision.FLOAT;
  }

  public final long seed() {
    return seed;
  }

  /** The running order of the population's entries within one time step. */
  public final List<String> schedule() {
    return schedule;
  }

  /** A state variable by name (BrainPy-style access); the error lists the names that exist. */
  public final StateVar var(String varName) {
    StateVar v = vars.get(varName);
    if (v == null) {
      throw new IllegalArgumentException(
          kind() + " '" + name + "' (model " + model.name() + ") has no variable '" + varName
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
          kind() + " '" + name + "' (model " + model.name() + ") has no parameter '" + paramName
              + "'; its parameters are " + params.keySet());
    }
    return p;
  }

  public final Map<String, Parameter> params() {
    return Collections.unmodifiableMap(params);
  }

  /**
   * Called before a parameter becomes per-element ({@code uniform == false}); a population whose
   * layout needs it uniform refuses with an exception naming the parameter.
   */
  protected void checkParameter(String paramName, boolean uniform) {}

  /** "group" or "synapse group": how error messages name this kind of population. */
  public String kind() {
    return "group";
  }

  /** What one element is called in error messages: "neuron" or "synapse". */
  public String elementName() {
    return "neuron";
  }

  /**
   * Puts every variable back to its initial value (the model's defaults, then the builder's
   * overrides; random initializers redraw the same numbers for the same seed). Parameters keep
   * their current values.
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
  }

  final void checkIndex(int i, int length, String what) {
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException(
          kind() + " '" + name + "': " + what + ": " + elementName() + " index " + i
              + " is outside [0, " + length + ")");
    }
  }
}
