package org.brainj.runtime.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.brainj.models.synapses.ExpCOBASynapses;
import org.brainj.runtime.connect.Connectivity;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.net.Schedules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Transmission delays: a presynaptic spike in step {@code k} reaches the synapses ({@code @OnPre})
 * in step {@code k + round(delay / dt)}, and the postsynaptic neuron integrates the result in the
 * step after that, as without delay.
 */
class SynapseDelayTest {
  private static final double DT = 0.1;

  private record Pair(Network net, TriggerGroup pre, LeakyGroup post, ExpCOBASynapses syn) {}

  /** One neuron onto one neuron; the trigger fires in the step starting at {@code tSpike}. */
  private static Pair pair(double delay) {
    Network net = Network.create();
    var pre = net.add(TriggerGroup.builder(1).name("P").build());
    var post = net.add(LeakyGroup.builder(1).name("Q").build());
    var syn = net.connect(pre, post,
        ExpCOBASynapses.builder().name("S").weight(1).E(10).delay(delay).perSynapse(),
        Connectivity.fromCsr(1, 1, new int[] {0, 1}, new int[] {0}));
    return new Pair(net, pre, post, syn);
  }

  private static Runner runner(Pair p, double tSpike) {
    return p.net.runner().dt(DT)
        .input(p.pre.input(), t -> Math.abs(t - tSpike) < DT / 2 ? 1.0 : 0.0)
        .monitorSpikes(p.pre).monitor(p.syn.g()).monitor(p.post.V());
  }

  /** The first row where the trace is not 0, or -1. */
  private static int firstNonZero(double[][] rows) {
    for (int n = 0; n < rows.length; n++) {
      if (rows[n][0] != 0) {
        return n;
      }
    }
    return -1;
  }

  @ParameterizedTest(name = "delay {0} ms = {1} steps")
  @CsvSource({"0, 0", "0.1, 1", "1.5, 15", "0.26, 3", "0.24, 2", "0.04, 0", "2, 20"})
  void aSpikeArrivesRoundDelayOverDtStepsLater(double delay, int steps) {
    Pair p = pair(delay);
    RunResult r = runner(p, 1.0).run(5.0);
    int k = r.spikes(p.pre).steps()[0];
    assertEquals(10, k, "the trigger fired in step 10");
    assertEquals(1, r.spikes(p.pre).count());
    assertEquals(k + steps, firstNonZero(r.trace(p.syn.g()).values()), "g jumps");
    assertEquals(1.0, r.trace(p.syn.g()).values()[k + steps][0], "by the weight, in that step");
    assertEquals(k + steps + 1, firstNonZero(r.trace(p.post.V()).values()), "V moves");
  }

  @ParameterizedTest(name = "delay {0} steps")
  @CsvSource({"0", "3"})
  void thePhasedScheduleDeliversInTheNextStepBeforeTheNeuronsSoVMovesAtTheSameStep(int steps) {
    Pair serial = pair(steps * DT);
    Pair phased = pair(steps * DT);
    phased.net.schedule(Schedules.phased());
    RunResult rs = runner(serial, 1.0).run(5.0);
    RunResult rp = runner(phased, 1.0).run(5.0);
    int k = 10;
    // the synapses run first in the step, so they see the spike of step k in step k + 1 ...
    assertEquals(k + steps, firstNonZero(rs.trace(serial.syn.g()).values()));
    assertEquals(k + steps + 1, firstNonZero(rp.trace(phased.syn.g()).values()));
    // ... and their output reaches the neuron in that same step: V is the same in both orders
    assertEquals(k + steps + 1, firstNonZero(rp.trace(phased.post.V()).values()));
    for (int n = 0; n < 50; n++) {
      assertEquals(rs.trace(serial.post.V()).values()[n][0],
          rp.trace(phased.post.V()).values()[n][0], "V at step " + n);
    }
  }

  @Test
  void aContinuedRunKeepsTheSpikesInFlight() {
    Pair p = pair(2.0);
    Runner runner = runner(p, 9.0);
    RunResult first = runner.run(10.0);
    assertEquals(1, first.spikes(p.pre).count(), "fired at t = 9 ms");
    assertEquals(-1, firstNonZero(first.trace(p.syn.g()).values()), "not arrived by t = 10 ms");
    RunResult second = runner.run(5.0);
    // arrives in step 90 + 20 = 110, i.e. step 10 of the second run (t = 11 ms)
    assertEquals(10, firstNonZero(second.trace(p.syn.g()).values()));
    assertEquals(11.0, second.ts()[10], 1e-12);
  }

  @Test
  void resetClearsTheDelayLine() {
    Pair p = pair(2.0);
    Runner runner = runner(p, 9.0);
    runner.run(10.0);                       // a spike in flight at the end
    runner.reset().clearInputs();           // no new spikes after the reset
    RunResult after = runner.run(5.0);
    assertEquals(0, after.spikes(p.pre).count());
    assertEquals(-1, firstNonZero(after.trace(p.syn.g()).values()),
        "the spike in flight before reset() never arrives");
    // and the network works as new: the same trigger gives the same arrival step
    runner.reset().input(p.pre.input(), t -> Math.abs(t - 1.0) < DT / 2 ? 1.0 : 0.0);
    assertEquals(30, firstNonZero(runner.run(5.0).trace(p.syn.g()).values()));
  }

  @Test
  void aDelayInMsIsKeptAsGivenAndNegativeDelaysAreRefused() {
    assertEquals(0.26, pair(0.26).syn.delay());
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ExpCOBASynapses.builder().delay(-1));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("delay"), e.getMessage());
  }
}
