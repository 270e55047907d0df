package org.brainj.runtime.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.backend.SimulationException;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.input.InputValue;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.testmodels.LifGroup;
import org.brainj.runtime.testmodels.ProbeGroup;
import org.junit.jupiter.api.Test;

/** Runs, continuation, reset and the time and step counter (manual 3.1.1 and chapter 9). */
class RunTest {

  /** A noisy network whose results depend on t (refractoriness) and on the step counter (noise). */
  private static Network noisyNet(double tau) {
    Network net = Network.create();
    net.add(
        LifGroup.builder(50).name("E").seed(7).V(Init.normal(-55, 4)).sigma(2.0).tau(tau).build());
    net.add(LifGroup.builder(20).name("I").seed(8).V(Init.uniform(-60, -50)).sigma(1.0).build());
    return net;
  }

  private static Runner configure(Network net) {
    LifGroup e = (LifGroup) net.group("E");
    LifGroup i = (LifGroup) net.group("I");
    return net.runner()
        .input(e.input(), 11.0)
        .input(i.input(), InputValue.ofTime(t -> 8 + t / 50))
        .monitor(e.V())
        .monitor(i.V(), 0.5)
        .monitorSpikes(e, i);
  }

  private static double[][] concat(double[][] a, double[][] b) {
    double[][] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void assertSameSpikes(SpikeRecord whole, SpikeRecord first, SpikeRecord second) {
    assertArrayEquals(whole.times(), concat(first.times(), second.times()));
    int[] idx = new int[first.count() + second.count()];
    System.arraycopy(first.indices(), 0, idx, 0, first.count());
    System.arraycopy(second.indices(), 0, idx, first.count(), second.count());
    assertArrayEquals(whole.indices(), idx);
  }

  @Test
  void twoRunsEqualOneLongRunBitForBit() {
    Network one = noisyNet(20);
    RunResult whole = configure(one).run(200.0);

    Network two = noisyNet(20);
    Runner runner = configure(two);
    RunResult first = runner.run(100.0);
    RunResult second = runner.run(100.0);

    assertTrue(whole.spikes("E").count() > 100, "the test network must spike");
    assertArrayEquals(whole.trace("E.V").values(), concat(first.trace("E.V").values(), second.trace("E.V").values()));
    assertArrayEquals(whole.trace("E.V").ts(), concat(first.trace("E.V").ts(), second.trace("E.V").ts()));
    assertArrayEquals(whole.trace("I.V").values(), concat(first.trace("I.V").values(), second.trace("I.V").values()));
    assertSameSpikes(whole.spikes("E"), first.spikes("E"), second.spikes("E"));
    assertSameSpikes(whole.spikes("I"), first.spikes("I"), second.spikes("I"));
    assertEquals(one.t(), two.t());
    assertEquals(2000, two.stepCount());
    assertEquals(100.0, second.t0());
  }

  @Test
  void runWithStartAndEndSetsTheTime() {
    Network net = noisyNet(20);
    Runner runner = configure(net);
    runner.run(200.0);
    RunResult r = runner.run(200.0, 400.0);
    assertEquals(200.0, r.trace("E.V").ts()[0]);
    assertEquals(200.0, r.t0());
    assertEquals(2000, r.nSteps());
    assertEquals(400.0, net.t(), 1e-9);
    assertEquals(4000, net.stepCount());
    // a start that is not the current time moves the clock; the state is kept
    double v = net.group("E").var("V").get(0);
    RunResult later = net.runner().monitor("E.V").run(1000.0, 1000.5);
    assertEquals(1000.0, later.ts()[0]);
    assertEquals(1000.4, later.ts()[4], 1e-12);
    assertEquals(1000.5, net.t(), 1e-12);
    assertNotEquals(v, net.group("E").var("V").get(0));
  }

  @Test
  void splitRunsWithExplicitBoundsEqualOneRun() {
    Network one = noisyNet(20);
    RunResult whole = configure(one).run(0.0, 50.0);
    Network two = noisyNet(20);
    Runner runner = configure(two);
    RunResult a = runner.run(0.0, 20.0);
    RunResult b = runner.run(20.0, 50.0);
    assertArrayEquals(whole.trace("E.V").values(), concat(a.trace("E.V").values(), b.trace("E.V").values()));
    assertArrayEquals(whole.ts(), concat(a.ts(), b.ts()));
  }

  @Test
  void resetThenRerunReproducesTheFirstRun() {
    Network net = noisyNet(20);
    Runner runner = configure(net);
    RunResult first = runner.run(50.0);
    runner.run(30.0); // move on, so the reset has something to undo
    RunResult again = runner.reset().run(50.0);
    assertEquals(0.0, again.t0());
    assertArrayEquals(first.trace("E.V").values(), again.trace("E.V").values());
    assertArrayEquals(first.trace("E.V").ts(), again.trace("E.V").ts());
    assertArrayEquals(first.spikes("E").times(), again.spikes("E").times());
    assertArrayEquals(first.spikes("I").indices(), again.spikes("I").indices());
  }

  @Test
  void parameterSearchWithoutRebuilding() {
    Network net = noisyNet(20);
    Runner runner = configure(net);
    RunResult base = runner.run(50.0);
    net.group("E").param("tau").set(10.0);
    RunResult faster = runner.reset().run(50.0);
    RunResult fresh = configure(noisyNet(10)).run(50.0);
    assertFalse(Arrays.deepEquals(base.trace("E.V").values(), faster.trace("E.V").values()));
    assertArrayEquals(fresh.trace("E.V").values(), faster.trace("E.V").values());
    assertArrayEquals(fresh.spikes("E").times(), faster.spikes("E").times());
  }

  @Test
  void theClockAndStepCounterReachTheGroups() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(2).name("P").build());
    Runner runner = net.runner().monitor(p.lastT()).monitor(p.lastStep());
    RunResult a = runner.run(0.5);
    RunResult b = runner.run(0.5);
    assertArrayEquals(new double[] {0, 1, 2, 3, 4}, a.trace(p.lastStep()).column(0));
    assertArrayEquals(new double[] {5, 6, 7, 8, 9}, b.trace(p.lastStep()).column(1));
    assertArrayEquals(b.ts(), b.trace(p.lastT()).column(0));
    // run(start, end) keeps counting steps; only reset restarts the counter
    RunResult c = runner.run(3.0, 3.2);
    assertArrayEquals(new double[] {10, 11}, c.trace(p.lastStep()).column(0));
    assertArrayEquals(new double[] {3.0, 3.1}, c.trace(p.lastT()).column(0), 1e-12);
    runner.reset();
    assertEquals(0.0, net.t());
    assertEquals(0, net.stepCount());
    assertTrue(Double.isNaN(p.lastT().get(0)));
    assertArrayEquals(new double[] {0, 1}, runner.run(0.2).trace(p.lastStep()).column(0));
  }

  @Test
  void changingDtContinuesFromTheCurrentTime() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(1).name("P").build());
    Runner runner = net.runner().monitor(p.lastT());
    runner.run(1.0);
    RunResult r = runner.dt(0.25).run(1.0);
    assertArrayEquals(new double[] {1.0, 1.25, 1.5, 1.75}, r.trace(p.lastT()).column(0), 1e-12);
    assertEquals(2.0, net.t(), 1e-12);
    assertEquals(14, net.stepCount());
  }

  @Test
  void durationsMustBeMultiplesOfDt() {
    Network net = Network.create();
    net.add(ProbeGroup.builder(1).name("P").build());
    Runner runner = net.runner();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.run(1.05));
    assertTrue(e.getMessage().contains("1.05"), e.getMessage());
    assertTrue(e.getMessage().contains("multiple of dt"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> runner.run(0.0));
    assertThrows(IllegalArgumentException.class, () -> runner.run(-1.0));
    assertThrows(IllegalArgumentException.class, () -> runner.run(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> runner.run(5.0, 5.0));
    assertThrows(IllegalArgumentException.class, () -> runner.run(0.0, 0.33));
    assertThrows(IllegalArgumentException.class, () -> runner.dt(0));
    assertEquals(0, net.stepCount());
    // 0.3 / 0.1 is 2.9999999999999996 in floating point: within tolerance, 3 steps
    assertEquals(3, runner.run(0.3).nSteps());
  }

  @Test
  void networkNamesAreUnique() {
    Network net = Network.create();
    LifGroup e = net.add(LifGroup.builder(3).name("E").build());
    assertSame(e, net.group("E"));
    IllegalArgumentException dup =
        assertThrows(IllegalArgumentException.class, () -> net.add(LifGroup.builder(2).name("E").build()));
    assertTrue(dup.getMessage().contains("'E'"), dup.getMessage());
    assertTrue(dup.getMessage().contains(".name(\""), dup.getMessage());
    IllegalArgumentException unnamed =
        assertThrows(
            IllegalArgumentException.class,
            () -> Network.of(LifGroup.builder(2).build(), LifGroup.builder(2).build()));
    assertTrue(unnamed.getMessage().contains("'LIF'"), unnamed.getMessage());
    assertTrue(unnamed.getMessage().contains(".name(\""), unnamed.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> net.add(e));
    assertTrue(twice.getMessage().contains("already"), twice.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> net.group("X"));
    assertTrue(missing.getMessage().contains("'X'") && missing.getMessage().contains("[E]"), missing.getMessage());
    Network of = Network.of(LifGroup.builder(2).name("A").build(), LifGroup.builder(2).name("B").build());
    assertEquals(2, of.groups().size());
    assertEquals("B", of.groups().get(1).name());
  }

  @Test
  void failuresNameTheEntryAndKeepCompletedSteps() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(2).name("P").build());
    p.failAt().set(0.45);
    SimulationException e = assertThrows(SimulationException.class, () -> net.runner().run(1.0));
    assertEquals("P.update", e.entry());
    assertEquals(5, e.stepInRun());
    assertTrue(e.getMessage().contains("'P.update'"), e.getMessage());
    assertTrue(e.getMessage().contains("neuron 0"), e.getMessage());
    assertEquals(5, net.stepCount());
    assertEquals(0.5, net.t(), 1e-12);
    assertEquals(5, p.n().get(0));
  }

  @Test
  void lambdaConfigurationAndBackend() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(2).name("P").build());
    Runner runner = net.runner().with(r -> r.dt(0.5).monitor(p.n())).backend(Backend.SCALAR);
    assertEquals(0.5, runner.dt());
    assertSame(Backend.SCALAR, runner.backend());
    assertSame(net, runner.network());
    assertArrayEquals(new double[] {1, 2, 3, 4}, runner.run(2.0).trace(p.n()).column(0));
  }
}
