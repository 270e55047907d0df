package org.brainj.runtime.testmodels;

import org.brainj.runtime.group.GroupBuilder;
import org.brainj.runtime.group.ModelInfo;
import org.brainj.runtime.group.ModelInfo.Role;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Parameter;
import org.brainj.runtime.group.StateVar;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.random.CounterRng;

/**
 * The LIF of manual 7.2.2 written the way generated code would be, with three steps
 * ({@code update}, {@code threshold}, {@code reset}), Euler integration and an optional noise term
 * drawn from the counter-based generator keyed by the global step counter.
 */
public final class LifGroup extends NeuronGroup {
  public static final ModelInfo MODEL =
      ModelInfo.builder("LIF", "org.brainj.runtime.testmodels.LIF")
          .param("tau", 20, "membrane time constant (ms)")
          .param("Vt", -50, "threshold (mV)")
          .param("Vr", -60, "reset (mV)")
          .param("El", -60, "leak reversal (mV)")
          .param("refTime", 5, "refractory period (ms)")
          .param("sigma", 0, "noise amplitude (mV / sqrt(ms))")
          .var("V", VarType.DOUBLE, Role.STATE, "membrane potential")
          .var("input", VarType.DOUBLE, Role.INPUT, "synaptic input")
          .var("spike", VarType.BOOLEAN, Role.SPIKE, "spiked this step")
          .var("tLastSpike", VarType.DOUBLE, Role.STATE, "time of the last spike")
          .step("update", 0, false)
          .step("threshold", 0, false)
          .step("reset", 0, false)
          .build();

  private final double[] V;
  private final double[] input;
  private final boolean[] spike;
  private final double[] tLastSpike;
  private final Parameter tau;
  private final Parameter Vt;
  private final Parameter Vr;
  private final Parameter El;
  private final Parameter refTime;
  private final Parameter sigma;

  private LifGroup(Builder b) {
    super(MODEL, b);
    V = doubles("V");
    input = doubles("input");
    spike = booleans("spike");
    tLastSpike = doubles("tLastSpike");
    tau = param("tau");
    Vt = param("Vt");
    Vr = param("Vr");
    El = param("El");
    refTime = param("refTime");
    sigma = param("sigma");
    reset();
  }

  public static Builder builder(int size) {
    return new Builder(size);
  }

  public static final class Builder extends GroupBuilder<LifGroup, Builder> {
    Builder(int size) {
      super(MODEL, size);
    }

    public Builder tau(double v) {
      return param("tau", v);
    }

    public Builder sigma(double v) {
      return param("sigma", v);
    }

    public Builder V(double v) {
      return init("V", v);
    }

    public Builder V(Init v) {
      return init("V", v);
    }

    @Override
    public LifGroup build() {
      return new LifGroup(this);
    }
  }

  public StateVar V() {
    return var("V");
  }

  public StateVar input() {
    return var("input");
  }

  public Parameter tau() {
    return tau;
  }

  @Override
  protected void initDefaults() {
    java.util.Arrays.fill(V, -60);
    java.util.Arrays.fill(input, 0);
    java.util.Arrays.fill(spike, false);
    java.util.Arrays.fill(tLastSpike, -1e7);
  }

  @Override
  protected void compute(int stepId, double t, double dt, long step, int from, int to) {
    switch (stepId) {
      case 0 -> {
        double[] tauV = tau.values();
        int tauS = tau.stride();
        double[] elV = El.values();
        int elS = El.stride();
        double ref = refTime.values()[0];
        double sig = sigma.values()[0];
        int stream = stream(0);
        for (int i = from; i < to; i++) {
          if (t - tLastSpike[i] > ref) {
            double dV = (input[i] + elV[i * elS] - V[i]) / tauV[i * tauS];
            double noise = sig == 0 ? 0 : sig * Math.sqrt(dt) * CounterRng.normal(seed(), stream, step, i);
            V[i] = V[i] + dt * dV + noise;
          }
        }
      }
      case 1 -> {
        double vt = Vt.values()[0];
        for (int i = from; i < to; i++) {
          spike[i] = V[i] >= vt;
        }
      }
      case 2 -> {
        double vr = Vr.values()[0];
        for (int i = from; i < to; i++) {
          if (spike[i]) {
            V[i] = vr;
            tLastSpike[i] = t;
          }
        }
      }
      default -> throw new IllegalArgumentException("no step " + stepId);
    }
  }
}
