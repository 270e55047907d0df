package org.brainj.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.models.synapses.ExpCOBASynapses;
import org.brainj.runtime.connect.Connect;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Precision;
import org.brainj.runtime.input.SpikeTimeGroup;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Groups in float precision ({@code builder.precision(Precision.FLOAT)}): float storage, single
 * precision arithmetic (the exact float recurrence, not a rounded double one), agreement with
 * double precision, and synapses that follow their target group.
 */
class FloatPrecisionTest {

  @Test
  void aFloatGroupKeepsItsDoubleVariablesAsFloats() {
    LIFGroup d = LIFGroup.builder(3).build();
    LIFGroup f = LIFGroup.builder(3).precision(Precision.FLOAT).build();
    assertEquals(Precision.DOUBLE, d.precision());
    assertEquals(Precision.FLOAT, f.precision());
    assertInstanceOf(double[].class, d.V().array());
    assertInstanceOf(float[].class, f.V().array());
    assertEquals(VarType.FLOAT, f.V().type());
    assertEquals(VarType.BOOLEAN, f.spike().type()); // booleans keep their type
    assertEquals(-5.0, f.V().get(2)); // the initial value (vReset), stored as a float
  }

  /**
   * One LIF neuron under a constant current 30: the float group's potential is, step by step and
   * bit for bit, forward Euler computed in float ({@code V += (float) dt * ((-(V - vRest) + R I)
   * / tau)}). The same recurrence in double gives other numbers after a few steps, so this fails
   * if any part of the step were computed in double.
   */
  @Test
  void theFloatStepIsSinglePrecisionArithmetic() {
    double dt = 0.1;
    int steps = 1000;
    LIFGroup g = LIFGroup.builder(1).precision(Precision.FLOAT).build();
    RunResult r = Network.of(g).runner().dt(dt).input(g.input(), 30.0).monitor(g.V())
        .monitorSpikes(g).run(steps * dt);
    double[][] traced = r.trace(g.V()).values();
    float v = -5f;
    float tLast = -1e7f;
    int differsFromDouble = 0;
    double vDouble = -5;
    double tLastDouble = -1e7;
    int spikes = 0;
    for (int k = 0; k < steps; k++) {
      float t = (float) (k * dt);
      if (!(t - tLast <= 1f)) {
        v += (float) dt * ((-(v - 0f) + 1f * 30f) / 10f);
        if (v >= 20f) {
          v = -5f;
          tLast = t;
          spikes++;
        }
      }
      if (!(k * dt - tLastDouble <= 1)) {
        vDouble += dt * ((-(vDouble - 0) + 30.0) / 10);
        if (vDouble >= 20) {
          vDouble = -5;
          tLastDouble = k * dt;
        }
      }
      assertEquals(v, traced[k][0], "V after step " + k);
      if ((float) vDouble != v) {
        differsFromDouble++;
      }
    }
    assertTrue(spikes >= 5, "the neuron must fire and reset: " + spikes + " spikes");
    assertEquals(spikes, r.spikes(g).count());
    assertTrue(differsFromDouble > 0, "double arithmetic must give other floats here");
  }

  /** Hodgkin-Huxley (RK4, exp of the potential) in float follows the double trajectory. */
  @Test
  void floatFollowsDouble() {
    double dt = 0.01;
    double[][] v = new double[2][];
    int[] spikes = new int[2];
    for (Precision p : Precision.values()) {
      HHGroup g = HHGroup.builder(4).precision(p).build();
      RunResult r = Network.of(g).runner().dt(dt)
          .input(g.input(), (t, i) -> 5.0 + 5 * i)
          .monitor(g.V()).monitorSpikes(g).run(60.0);
      double[][] values = r.trace(g.V()).values();
      v[p.ordinal()] = new double[values.length * 4];
      for (int k = 0; k < values.length; k++) {
        System.arraycopy(values[k], 0, v[p.ordinal()], 4 * k, 4);
      }
      spikes[p.ordinal()] = r.spikes(g).count();
    }
    assertTrue(spikes[0] >= 8, "the drive must make HH fire: " + spikes[0]);
    assertEquals(spikes[0], spikes[1], "spikes in double and float");
    double worst = 0;
    for (int k = 0; k < v[0].length; k++) {
      worst = Math.max(worst, Math.abs(v[0][k] - v[1][k]));
    }
    // float rounds at ~1e-5 mV near -65 mV; the spikes' steep upstrokes amplify a shift of a
    // fraction of a step, but the trajectories stay together on the scale of the 100 mV spikes
    assertTrue(worst < 1.0, "largest |V_float - V_double| " + worst + " mV");
    assertTrue(worst > 0, "float must not give the double numbers");
  }

  @Test
  void synapsesComputeInTheirTargetGroupsPrecision() {
    Network net = Network.create();
    NeuronGroup pre = net.add(LIFGroup.builder(20).name("E").precision(Precision.FLOAT).build());
    LIFGroup post = net.add(LIFGroup.builder(10).name("I").precision(Precision.FLOAT).build());
    ExpCOBASynapses syn = net.connect(pre, post, ExpCOBASynapses.builder().name("EI"),
        Connect.all2All());
    assertEquals(Precision.FLOAT, syn.precision());
    assertInstanceOf(float[].class, syn.var("g").array());
    RunResult r = net.runner().dt(0.1).input(pre.var("input"), 30.0).monitor(post.V())
        .monitorSpikes(pre).run(50.0);
    assertTrue(r.spikes(pre).count() > 0);
    // the synapses moved the targets away from rest (they get no other input)
    assertTrue(post.V().get(0) != -5.0, "V of the target: " + post.V().get(0));
  }

  @Test
  void mixedPrecisionsAreRefusedNamingBoth() {
    Network net = Network.create();
    NeuronGroup pre = net.add(LIFGroup.builder(5).name("E").build());
    LIFGroup post = net.add(LIFGroup.builder(5).name("I").precision(Precision.FLOAT).build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> net.connect(pre, post,
            ExpCOBASynapses.builder().name("EI").precision(Precision.DOUBLE), Connect.all2All()));
    assertTrue(e.getMessage().contains("synapse group 'EI'"), e.getMessage());
    assertTrue(e.getMessage().contains("'I.V' is a float"), e.getMessage());
    assertTrue(e.getMessage().contains("give them the same precision"), e.getMessage());
  }

  @Test
  void aHandWrittenGroupHasNoFloatCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpikeTimeGroup.builder(1)
            .precision(Precision.FLOAT));
    assertTrue(e.getMessage().contains("no float-precision code"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Precision.of("half"));
    assertEquals(Precision.FLOAT, Precision.of("Float"));
  }
}
