package org.brainj.runtime.testmodels;

import org.brainj.runtime.group.GroupBuilder;
import org.brainj.runtime.group.ModelInfo;
import org.brainj.runtime.group.ModelInfo.Role;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Parameter;
import org.brainj.runtime.group.StateVar;

/** A leaky integrator {@code dV/dt = (-V + input) / tau} (Euler), with no spike variable. */
public final class LeakyGroup extends NeuronGroup {
  public static final ModelInfo MODEL =
      ModelInfo.builder("Leaky", "org.brainj.runtime.testmodels.Leaky")
          .param("tau", 10, "time constant (ms)")
          .var("V", VarType.DOUBLE, Role.STATE, "state")
          .var("input", VarType.DOUBLE, Role.INPUT, "input")
          .step("update", 0, false)
          .build();

  private final double[] V;
  private final double[] input;
  private final Parameter tau;

  private LeakyGroup(Builder b) {
    super(MODEL, b);
    V = doubles("V");
    input = doubles("input");
    tau = param("tau");
    reset();
  }

  public static Builder builder(int size) {
    return new Builder(size);
  }

  public static final class Builder extends GroupBuilder<LeakyGroup, Builder> {
    Builder(int size) {
      super(MODEL, size);
    }

    @Override
    public LeakyGroup build() {
      return new LeakyGroup(this);
    }
  }

  public StateVar V() {
    return var("V");
  }

  public StateVar input() {
    return var("input");
  }

  @Override
  protected void initDefaults() {
    java.util.Arrays.fill(V, 0);
    java.util.Arrays.fill(input, 0);
  }

  @Override
  protected void compute(int stepId, double t, double dt, long step, int from, int to) {
    double[] tv = tau.values();
    int ts = tau.stride();
    for (int i = from; i < to; i++) {
      V[i] += dt * (-V[i] + input[i]) / tv[i * ts];
    }
  }
}
