package org.brainj.runtime.testmodels;

import org.brainj.runtime.group.GroupBuilder;
import org.brainj.runtime.group.ModelInfo;
import org.brainj.runtime.group.ModelInfo.Role;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Parameter;
import org.brainj.runtime.group.StateVar;

/**
 * A hand-written group shaped like generated code, built to make the runtime observable:
 *
 * <ul>
 *   <li>{@code update} (every step): copies {@code input} to {@code seen}, records {@code t} and
 *       the global step counter, counts its calls in {@code n}, spikes neuron {@code i} when
 *       {@code step % (i + 2) == 0}; throws at {@code t >= failAt};
 *   <li>{@code tick}: {@code @Every(period = 1.0)}, counts its calls in {@code ticks};
 *   <li>{@code cond}: {@code @Every(when = ...)} with {@code step % condEvery == 0}, counts its
 *       calls in {@code conds}.
 * </ul>
 *
 * {@code x} (double) and {@code y} (float) are touched only by inputs.
 */
public final class ProbeGroup extends NeuronGroup {
  public static final ModelInfo MODEL =
      ModelInfo.builder("Probe", "org.brainj.runtime.testmodels.Probe")
          .param("failAt", Double.POSITIVE_INFINITY, "update throws from this time on")
          .param("condEvery", 4, "cond runs when step % condEvery == 0")
          .var("x", VarType.DOUBLE, Role.STATE, "input target")
          .var("y", VarType.FLOAT, Role.STATE, "float input target")
          .var("n", VarType.INT, Role.STATE, "calls of update")
          .var("input", VarType.DOUBLE, Role.INPUT, "cleared after the last step")
          .var("seen", VarType.DOUBLE, Role.STATE, "input as update saw it")
          .var("spike", VarType.BOOLEAN, Role.SPIKE, "step % (i + 2) == 0")
          .var("ticks", VarType.DOUBLE, Role.STATE, "calls of tick")
          .var("conds", VarType.DOUBLE, Role.STATE, "calls of cond")
          .var("lastT", VarType.DOUBLE, Role.STATE, "t seen by update")
          .var("lastStep", VarType.DOUBLE, Role.STATE, "step counter seen by update")
          .step("update", 0, false)
          .step("tick", 1.0, false)
          .step("cond", 0, true)
          .build();

  private final double[] x;
  private final float[] y;
  private final int[] n;
  private final double[] input;
  private final double[] seen;
  private final boolean[] spike;
  private final double[] ticks;
  private final double[] conds;
  private final double[] lastT;
  private final double[] lastStep;
  private final Parameter failAt;
  private final Parameter condEvery;

  private ProbeGroup(Builder b) {
    super(MODEL, b);
    x = doubles("x");
    y = floats("y");
    n = ints("n");
    input = doubles("input");
    seen = doubles("seen");
    spike = booleans("spike");
    ticks = doubles("ticks");
    conds = doubles("conds");
    lastT = doubles("lastT");
    lastStep = doubles("lastStep");
    failAt = param("failAt");
    condEvery = param("condEvery");
    reset();
  }

  public static Builder builder(int size) {
    return new Builder(size);
  }

  public static final class Builder extends GroupBuilder<ProbeGroup, Builder> {
    Builder(int size) {
      super(MODEL, size);
    }

    @Override
    public ProbeGroup build() {
      return new ProbeGroup(this);
    }
  }

  public StateVar x() {
    return var("x");
  }

  public StateVar y() {
    return var("y");
  }

  public StateVar n() {
    return var("n");
  }

  public StateVar input() {
    return var("input");
  }

  public StateVar seen() {
    return var("seen");
  }

  public StateVar ticks() {
    return var("ticks");
  }

  public StateVar conds() {
    return var("conds");
  }

  public StateVar lastT() {
    return var("lastT");
  }

  public StateVar lastStep() {
    return var("lastStep");
  }

  public Parameter failAt() {
    return failAt;
  }

  public Parameter condEvery() {
    return condEvery;
  }

  @Override
  protected void initDefaults() {
    java.util.Arrays.fill(x, 0);
    java.util.Arrays.fill(y, 0);
    java.util.Arrays.fill(n, 0);
    java.util.Arrays.fill(input, 0);
    java.util.Arrays.fill(seen, 0);
    java.util.Arrays.fill(spike, false);
    java.util.Arrays.fill(ticks, 0);
    java.util.Arrays.fill(conds, 0);
    java.util.Arrays.fill(lastT, Double.NaN);
    java.util.Arrays.fill(lastStep, -1);
  }

  @Override
  protected void compute(int stepId, double t, double dt, long step, int from, int to) {
    switch (stepId) {
      case 0 -> {
        for (int i = from; i < to; i++) {
          if (t >= failAt.values()[i * failAt.stride()]) {
            throw new IllegalStateException("probe failure at neuron " + i);
          }
          seen[i] = input[i];
          lastT[i] = t;
          lastStep[i] = step;
          n[i] += 1;
          spike[i] = step % (i + 2) == 0;
        }
      }
      case 1 -> {
        for (int i = from; i < to; i++) {
          ticks[i] += 1;
        }
      }
      case 2 -> {
        for (int i = from; i < to; i++) {
          conds[i] += 1;
        }
      }
      default -> throw new IllegalArgumentException("no step " + stepId);
    }
  }

  @Override
  protected boolean condition(int stepId, double t, double dt, long step) {
    if (stepId == 2) {
      return step % (long) condEvery.values()[0] == 0;
    }
    return super.condition(stepId, t, dt, step);
  }
}
