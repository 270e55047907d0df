package org.brainj.runtime.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.testmodels.LeakyGroup;
import org.brainj.runtime.testmodels.LifGroup;
import org.brainj.runtime.testmodels.ProbeGroup;
import org.junit.jupiter.api.Test;

class MonitorTest {

  /** Manual 8.1 and 8.2: 10 neurons, 100 ms at dt 0.1. */
  @Test
  void shapesOfTheManual() {
    Network net = Network.create();
    LifGroup g = net.add(LifGroup.builder(10).name("HH").build());
    RunResult r =
        net.runner()
            .input(g.input(), 15.0)
            .monitor(g.V())
            .monitor(g.spike(), Indices.of(1, 2, 3))
            .monitor(g.spike(), Indices.of(1, 2, 3), 1.0)
            .run(100.0);
    assertArrayEquals(new int[] {1000, 10}, r.trace(g.V()).shape());
    assertArrayEquals(new int[] {1000, 3}, r.traces(g.spike()).get(0).shape());
    assertArrayEquals(new int[] {100, 3}, r.traces(g.spike()).get(1).shape());
    assertArrayEquals(new int[] {1000, 10}, r.trace("HH.V").shape());
    assertEquals(1000, r.trace(g.V()).ts().length);
    assertEquals(100, r.traces(g.spike()).get(1).ts().length);
  }

  @Test
  void timeVectorsHoldTheTimeOfEachRecordedStep() {
    Network net = Network.create();
    LifGroup g = net.add(LifGroup.builder(4).name("E").build());
    RunResult r = net.runner().monitor(g.V()).monitor(g.V(), Indices.of(2), 1.0).run(10.0);
    double[] all = r.ts();
    assertArrayEquals(all, r.trace(g.V()).ts());
    double[] sparse = r.traces(g.V()).get(1).ts();
    assertEquals(10, sparse.length);
    for (int k = 0; k < 10; k++) {
      assertEquals(all[10 * k], sparse[k]);
      assertEquals(k * 1.0, sparse[k], 1e-12);
    }
    for (int i = 0; i < all.length; i++) {
      assertEquals(i * 0.1, all[i], 1e-12);
    }
  }

  @Test
  void periodicMonitorsRecordEveryKthStepStartingWithTheFirst() {
    Network net = Network.create();
    LifGroup g = net.add(LifGroup.builder(5).name("E").V(org.brainj.runtime.init.Init.normal(-55, 3)).seed(3).build());
    RunResult r =
        net.runner()
            .input(g.input(), 14.0)
            .monitor(g.V())
            .monitor(g.V(), Indices.of(4, 0), 0.5)
            .run(1.1); // 11 steps, stride 5: steps 0, 5, 10
    Trace full = r.trace(g.V());
    Trace every = r.traces(g.V()).get(1);
    assertEquals(5, every.stride());
    assertArrayEquals(new int[] {3, 2}, every.shape());
    assertArrayEquals(new int[] {4, 0}, every.indices());
    for (int k = 0; k < 3; k++) {
      assertEquals(full.ts()[5 * k], every.ts()[k]);
      assertEquals(full.get(5 * k, 4), every.get(k, 0));
      assertEquals(full.get(5 * k, 0), every.get(k, 1));
    }
  }

  @Test
  void recordedRowsAreTheStateAfterTheStep() {
    Network net = Network.create();
    LeakyGroup g = net.add(LeakyGroup.builder(3).name("L").build());
    Runner runner = net.runner().input(g.input(), 10.0).monitor(g.V()).monitor(g.V(), Indices.of(1));
    RunResult r = runner.run(0.1);
    assertArrayEquals(g.V().toDoubleArray(), r.trace(g.V()).values()[0]);
    assertEquals(0.1, g.V().get(1), 1e-15); // 0 + 0.1 * (0 + 10) / 10
    assertEquals(g.V().get(1), r.traces(g.V()).get(1).get(0, 0));
  }

  @Test
  void booleanIntAndFloatVariablesAreRecordedAsDoubles() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(3).name("P").build());
    RunResult r =
        net.runner()
            .input(p.y(), 0.25)
            .monitor(p.spike())
            .monitor(p.spike(), Indices.of(2, 0))
            .monitor(p.n())
            .monitor(p.n(), Indices.of(1))
            .monitor(p.y())
            .monitor(p.y(), Indices.of(2))
            .run(1.2);
    double[][] spikes = r.trace(p.spike()).values();
    double[][] some = r.traces(p.spike()).get(1).values();
    for (int step = 0; step < 12; step++) {
      for (int i = 0; i < 3; i++) {
        assertEquals(step % (i + 2) == 0 ? 1.0 : 0.0, spikes[step][i], "step " + step + " neuron " + i);
      }
      assertEquals(spikes[step][2], some[step][0]);
      assertEquals(spikes[step][0], some[step][1]);
      assertEquals(step + 1.0, r.trace(p.n()).get(step, 2));
      assertEquals(step + 1.0, r.traces(p.n()).get(1).get(step, 0));
      assertEquals(0.25 * (step + 1), r.trace(p.y()).get(step, 1));
      assertEquals(0.25 * (step + 1), r.traces(p.y()).get(1).get(step, 0));
    }
  }

  @Test
  void sparseSpikesMatchTheSpikeVariable() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(4).name("P").build());
    RunResult r = net.runner().monitor(p.spike()).monitorSpikes(p).run(2.0);
    SpikeRecord s = r.spikes(p);
    assertEquals("P", s.group());
    assertEquals(20, s.nSteps());
    assertEquals(4, s.size());
    assertArrayEquals(r.trace(p.spike()).values(), s.toDense());
    int expected = 0;
    for (int step = 0; step < 20; step++) {
      for (int i = 0; i < 4; i++) {
        if (step % (i + 2) == 0) {
          assertEquals(step, s.steps()[expected]);
          assertEquals(i, s.indices()[expected]);
          assertEquals(r.ts()[step], s.times()[expected]);
          expected++;
        }
      }
    }
    assertEquals(expected, s.count());
    assertArrayEquals(new int[] {10, 7, 5, 4}, s.countsPerNeuron());
    assertEquals(4, s.countsPerStep()[0]);
    assertEquals(r.spikes("P").count(), s.count());
  }

  @Test
  void spikeBuffersGrowWithoutLosingSpikes() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(500).name("P").build());
    // every neuron spikes at step 0 and then every (i + 2) steps: far above the first guess
    RunResult r = net.runner().monitorSpikes(p).run(100.0);
    int expected = 0;
    for (int i = 0; i < 500; i++) {
      expected += (999 / (i + 2)) + 1;
    }
    assertEquals(expected, r.spikes(p).count());
    int[] perNeuron = r.spikes(p).countsPerNeuron();
    assertEquals(500, perNeuron[0]);
    assertEquals(999 / 501 + 1, perNeuron[499]);
  }

  @Test
  void populationRateFollowsBrainPy() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(2).name("P").build());
    SpikeRecord s = net.runner().monitorSpikes(p).run(1.0).spikes(p);
    // neuron 0 spikes at even steps, neuron 1 at steps 0, 3, 6, 9; window 0.3 ms = 3 steps
    double[] rate = s.populationRate(0.3);
    double[] mean = new double[10];
    for (int step = 0; step < 10; step++) {
      mean[step] = ((step % 2 == 0 ? 1 : 0) + (step % 3 == 0 ? 1 : 0)) / 2.0;
    }
    for (int step = 0; step < 10; step++) {
      double sum = 0;
      for (int j = step - 1; j <= step + 1; j++) {
        if (j >= 0 && j < 10) {
          sum += mean[j];
        }
      }
      assertEquals(sum * 1000 / 0.3, rate[step], 1e-9);
    }
  }

  @Test
  void eachRunHoldsOnlyItsOwnData() {
    Network net = Network.create();
    LifGroup g = net.add(LifGroup.builder(2).name("E").build());
    Runner runner = net.runner().input(g.input(), 30.0).monitor(g.V()).monitorSpikes(g);
    RunResult a = runner.run(20.0);
    RunResult b = runner.run(10.0);
    assertArrayEquals(new int[] {200, 2}, a.trace(g.V()).shape());
    assertArrayEquals(new int[] {100, 2}, b.trace(g.V()).shape());
    assertEquals(20.0, b.trace(g.V()).ts()[0], 1e-12);
    assertEquals(20.0, b.t0(), 1e-12);
    assertEquals(30.0, b.tEnd(), 1e-12);
    assertTrue(b.spikes(g).count() > 0);
    for (double t : b.spikes(g).times()) {
      assertTrue(t >= 20.0 - 1e-9 && t < 30.0, "spike at " + t);
    }
    for (double t : a.spikes(g).times()) {
      assertTrue(t < 20.0, "spike at " + t);
    }
  }

  @Test
  void monitorsByName() {
    Network net = Network.create();
    LifGroup g = net.add(LifGroup.builder(3).name("E").build());
    RunResult r =
        net.runner()
            .monitor("E.V")
            .monitor(g, "tLastSpike")
            .monitor("E.input", Indices.of(0), 0.2)
            .monitor(g, "spike", Indices.of(2))
            .run(1.0);
    assertArrayEquals(new int[] {10, 3}, r.trace("E.V").shape());
    assertArrayEquals(new int[] {10, 3}, r.trace(g, "tLastSpike").shape());
    assertArrayEquals(new int[] {5, 1}, r.trace("E.input").shape());
    assertArrayEquals(new int[] {10, 1}, r.trace("E.spike").shape());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> net.runner().monitor(g, "U"));
    assertTrue(e.getMessage().contains("'E'") && e.getMessage().contains("'U'"), e.getMessage());
    assertTrue(e.getMessage().contains("[V, input, spike, tLastSpike]"), e.getMessage());
    IllegalArgumentException e2 =
        assertThrows(IllegalArgumentException.class, () -> net.runner().monitor("I.V"));
    assertTrue(e2.getMessage().contains("'I'") && e2.getMessage().contains("[E]"), e2.getMessage());
  }

  @Test
  void badIndicesAreRejectedWhenConfigured() {
    Network net = Network.create();
    LifGroup g = net.add(LifGroup.builder(10).name("E").build());
    IndexOutOfBoundsException e =
        assertThrows(
            IndexOutOfBoundsException.class,
            () -> net.runner().monitor(g.V(), Indices.of(1, 10)));
    assertTrue(e.getMessage().contains("E.V"), e.getMessage());
    assertTrue(e.getMessage().contains("index 10"), e.getMessage());
    assertTrue(e.getMessage().contains("size 10"), e.getMessage());
    IllegalArgumentException neg =
        assertThrows(IllegalArgumentException.class, () -> Indices.of(3, -1));
    assertTrue(neg.getMessage().contains("-1"), neg.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Indices.of());
    assertArrayEquals(new int[] {2, 3, 4}, Indices.range(2, 5).toArray(10));
  }

  @Test
  void periodsMustBeMultiplesOfDt() {
    Network net = Network.create();
    LifGroup g = net.add(LifGroup.builder(2).name("E").build());
    IllegalArgumentException notMultiple =
        assertThrows(
            IllegalArgumentException.class, () -> net.runner().monitor(g.V(), 0.25).run(1.0));
    assertTrue(notMultiple.getMessage().contains("E.V"), notMultiple.getMessage());
    assertTrue(notMultiple.getMessage().contains("0.25"), notMultiple.getMessage());
    assertTrue(notMultiple.getMessage().contains("multiple of dt"), notMultiple.getMessage());
    IllegalArgumentException tooShort =
        assertThrows(
            IllegalArgumentException.class, () -> net.runner().monitor(g.V(), 0.05).run(1.0));
    assertTrue(tooShort.getMessage().contains("shorter than dt"), tooShort.getMessage());
    assertEquals(0, net.stepCount());
    assertThrows(IllegalArgumentException.class, () -> net.runner().monitor(g.V(), -1.0));
    // 0.3 ms is 3 steps of 0.1 ms even though 0.3 / 0.1 is not exactly 3 in floating point
    assertArrayEquals(
        new int[] {4, 2}, net.runner().monitor(g.V(), 0.3).run(1.0).trace(g.V()).shape());
    // the check uses the dt of the run, not the dt when the monitor was configured
    assertArrayEquals(
        new int[] {4, 2},
        net.runner().monitor(g.V(), 0.25).dt(0.05).run(1.0).trace(g.V()).shape());
  }

  @Test
  void missingTracesAndSpikeRecordsAreNamed() {
    Network net = Network.create();
    LifGroup g = net.add(LifGroup.builder(2).name("E").build());
    LeakyGroup l = net.add(LeakyGroup.builder(2).name("L").build());
    RunResult r = net.runner().monitor(g.spike()).run(1.0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.trace(g.V()));
    assertTrue(e.getMessage().contains("'E.V'"), e.getMessage());
    assertTrue(e.getMessage().contains("[E.spike]"), e.getMessage());
    IllegalArgumentException s = assertThrows(IllegalArgumentException.class, () -> r.spikes(g));
    assertTrue(s.getMessage().contains("'E'") && s.getMessage().contains("monitorSpikes"), s.getMessage());
    IllegalArgumentException noSpikeVar =
        assertThrows(IllegalArgumentException.class, () -> net.runner().monitorSpikes(l));
    assertTrue(noSpikeVar.getMessage().contains("'L'"), noSpikeVar.getMessage());
    assertTrue(noSpikeVar.getMessage().contains("@Spike"), noSpikeVar.getMessage());
  }

  @Test
  void clearMonitorsStopsRecording() {
    Network net = Network.create();
    LifGroup g = net.add(LifGroup.builder(2).name("E").build());
    Runner runner = net.runner().monitor(g.V()).monitorSpikes(g);
    runner.run(1.0);
    RunResult r = runner.clearMonitors().run(1.0);
    assertTrue(r.traces().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> r.spikes(g));
  }
}
