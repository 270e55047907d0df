package org.brainj.runtime.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.models.LeakyIntegratorGroup;
import org.brainj.models.synapses.ExpCUBASynapses;
import org.brainj.runtime.connect.Connect;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.junit.jupiter.api.Test;

class SpikeTimeGroupTest {

  /** Unsorted spikes of 3 neurons; 10.04 ms is off the grid, 20 ms is given twice for neuron 1. */
  private static final double[] TIMES = {30, 10, 20, 0, 20, 10.04, 20, 2.5};
  private static final int[] INDICES = {0, 0, 1, 2, 0, 1, 1, 2};

  private static SpikeTimeGroup group(Network net) {
    return net.add(SpikeTimeGroup.builder(3).spikes(TIMES, INDICES).name("in").build());
  }

  @Test
  void emitsExactlyTheGivenSpikesAtTheirSteps() {
    Network net = Network.create();
    SpikeTimeGroup in = group(net);
    SpikeRecord s = net.runner().dt(0.1).monitorSpikes(in).run(40.0).spikes(in);
    // step = first step starting at or after the time: 10.04 ms -> step 101 (t = 10.1);
    // neuron 1's two spikes at 20 ms are one spike of step 200; in a step, by neuron index
    assertArrayEquals(new int[] {0, 25, 100, 101, 200, 200, 300}, s.steps());
    assertArrayEquals(new int[] {2, 2, 0, 1, 0, 1, 0}, s.indices());
    assertEquals(10.1, s.times()[3], 1e-12);
    assertEquals(20.0, in.tLastSpike().get(1), 1e-12);
    assertEquals(30.0, in.tLastSpike().get(0), 1e-12);
    assertArrayEquals(TIMES, in.times());
    assertArrayEquals(INDICES, in.indices());
  }

  @Test
  void splitRunsResetAndANewDtKeepEverySpike() {
    Network one = Network.create();
    SpikeTimeGroup a = group(one);
    double[] whole = one.runner().monitorSpikes(a).run(40.0).spikes(a).times();

    Network split = Network.create();
    SpikeTimeGroup b = group(split);
    Runner r = split.runner().monitorSpikes(b);
    double[] first = r.run(10.0).spikes(b).times();
    double[] second = r.run(30.0).spikes(b).times();
    assertArrayEquals(whole, concat(first, second));

    // after a reset the same spikes come again
    assertArrayEquals(whole, r.reset().run(40.0).spikes(b).times());

    // continuing with a finer dt: nothing is skipped, 20 ms is hit exactly
    r.reset().run(15.0);
    SpikeRecord fine = r.dt(0.05).run(25.0).spikes(b);
    assertArrayEquals(new double[] {20, 20, 30}, fine.times(), 1e-9);
  }

  @Test
  void aJumpOfTheClockSkipsThePastSpikes() {
    Network net = Network.create();
    SpikeTimeGroup in = group(net);
    Runner r = net.runner().monitorSpikes(in);
    r.run(5.0);
    // run(15, 40): the spikes before 15 ms are past and not replayed
    SpikeRecord s = r.run(15.0, 40.0).spikes(in);
    assertArrayEquals(new double[] {20, 20, 30}, s.times(), 1e-9);
    // back to 0: the clock jumped backwards, the early spikes come again
    assertArrayEquals(new double[] {0, 2.5}, r.run(0.0, 5.0).spikes(in).times(), 1e-9);
  }

  @Test
  void drivesSynapsesLikeAnyNeuronGroup() {
    // neuron 0 fires at 5 ms, neuron 1 at 12 ms, neuron 2 never; one-to-one current synapses
    Network net = Network.create();
    SpikeTimeGroup in = net.add(SpikeTimeGroup.builder(3)
        .spikes(new double[] {5, 12}, new int[] {0, 1}).name("in").build());
    LeakyIntegratorGroup post = net.add(LeakyIntegratorGroup.builder(3).name("post").build());
    net.connect(in, post, ExpCUBASynapses.builder().name("syn").weight(1), Connect.one2One());
    RunResult r = net.runner().dt(0.1).monitor(post.V()).run(20.0);
    int first0 = firstNonZero(r.trace(post.V()).column(0));
    int first1 = firstNonZero(r.trace(post.V()).column(1));
    // the spike of step 50 reaches post's input after post's update of that step (groups run in
    // the order added: in, post, syn), so V moves in step 51
    assertEquals(51, first0);
    assertEquals(70, first1 - first0, "the spikes are 7 ms apart");
    assertEquals(-1, firstNonZero(r.trace(post.V()).column(2)), "neuron 2 gets nothing");
  }

  @Test
  void badSpikesAreClearErrors() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpikeTimeGroup.builder(2).name("in").spikes(new double[] {1, 2}, new int[] {0, 2})
            .build());
    assertEquals("SpikeTime group 'in': spike 1 has neuron index 2, outside the group's 2 neurons"
        + " (valid: 0..1)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SpikeTimeGroup.builder(2).spikes(new double[] {1, 2}, new int[] {0}).build());
    assertTrue(e.getMessage().contains("'SpikeTime': times and indices must have the same length,"
        + " got 2 times and 1 indices"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SpikeTimeGroup.builder(2).spikes(new double[] {Double.NaN}, new int[] {0}).build());
    assertTrue(e.getMessage().contains("spike 0 has time NaN"), e.getMessage());
  }

  private static int firstNonZero(double[] x) {
    for (int k = 0; k < x.length; k++) {
      if (x[k] != 0) {
        return k;
      }
    }
    return -1;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = new double[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
