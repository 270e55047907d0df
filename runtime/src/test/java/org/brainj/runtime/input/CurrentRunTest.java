package org.brainj.runtime.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.models.LIFGroup;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.testmodels.ProbeGroup;
import org.junit.jupiter.api.Test;

/** Currents from {@link Inputs} given to the runner: what each step sees, and the checks. */
class CurrentRunTest {

  @Test
  void eachStepSeesItsSample() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(2).name("P").build());
    Current c = Inputs.spikeInput(new double[] {0.2, 0.5}, new double[] {0.2, 0.1},
        new double[] {3, 7}, 1.0, 0.1);
    RunResult r = net.runner().dt(0.1).input(p.input(), c).monitor(p.seen()).run(c.duration());
    // the probe copies its input at update: row k shows sample k, for both neurons
    assertArrayEquals(new double[] {0, 0, 3, 3, 0, 7, 0, 0, 0, 0}, r.trace(p.seen()).column(0));
    assertArrayEquals(c.samples(), r.trace(p.seen()).column(1));
    assertEquals("[P.input += current of 10 steps at dt = 0.1 ms]",
        net.runner().input(p.input(), c).inputs().toString());
  }

  @Test
  void aPeriodInputSwitchesALifGroupOnAndOff() {
    // 26 between 20 and 60 ms, 0 elsewhere: the LIF group fires only while the input is on
    Network net = Network.create();
    LIFGroup lif = net.add(LIFGroup.builder(5).name("LIF").build());
    Current c = Inputs.periodInput(new double[] {0, 26, 0}, new double[] {20, 40, 40}, 0.1);
    SpikeRecord s = net.runner().dt(0.1).input(lif.input(), c).monitorSpikes(lif)
        .run(c.duration()).spikes(lif);
    assertTrue(s.count() > 0);
    for (double t : s.times()) {
      assertTrue(t >= 20 && t < 60, "spike at " + t + " ms while the input is off");
    }
    // V relaxes from V_reset = -5 towards 0 until 20 ms (Euler: factor 0.99 per step), then
    // towards R I = 26 and reaches V_th = 20 after tau ln((26 - V(20)) / 6), about 14.9 ms
    double v20 = -5 * Math.pow(0.99, 200);
    assertEquals(20 + 10 * Math.log((26 - v20) / 6), s.times()[0], 0.2);
  }

  @Test
  void aCurrentOfAnotherDtIsRefusedBeforeTheRun() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(2).name("P").build());
    Current c = Inputs.rampInput(0, 1, 10, 0, 10, 0.1);
    Runner runner = net.runner().dt(0.05).input(p.input(), c);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> runner.run(5.0));
    assertEquals("input to 'P.input': the current was sampled with dt = 0.1 ms but the run uses"
        + " dt = 0.05 ms; make the current with the run's dt (e.g. Inputs.periodInput(values,"
        + " durations, 0.05))", e.getMessage());
    assertEquals(0.0, net.t(), "nothing ran");
    // a dt equal up to rounding is the same grid
    net.runner().dt(0.3 / 3).input(p.input(), c).run(1.0);
  }

  @Test
  void aCurrentShorterThanTheRunIsRefused() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(2).name("P").build());
    Current c = Inputs.constantInput(new double[][] {{1, 5}}, 0.1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> net.runner().input(p.input(), c).run(6.0));
    assertTrue(e.getMessage().contains("has 50 steps but the run has 60 steps"), e.getMessage());
  }
}
