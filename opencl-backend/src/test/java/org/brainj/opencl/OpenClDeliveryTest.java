package org.brainj.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.brainj.models.synapses.ExpCOBASynapses;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.connect.Connect;
import org.brainj.runtime.connect.Connectivity;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.junit.jupiter.api.Test;

/**
 * Spike delivery on the device ({@link SynapseOnDevice}, {@link SpikeList}) against the scalar
 * backend, on a network where the order of the additions cannot matter: {@link AddInput} adds
 * integers into {@link Pulse}'s input, so every sum is exact and the device must give the scalar
 * bits and spikes, although its atomic additions come in another order. Several spikes reach the
 * same neuron in one step (checked), so a wrong or lost addition would show.
 */
class OpenClDeliveryTest {
  private static final int N = 120;

  /** Pulse neurons P, recurrent AddInput synapses S with integer weights 1..4. */
  private static Network network(double delay) {
    Network net = Network.create();
    PulseGroup p = net.add(PulseGroup.builder(N).name("P")
        .rate(Init.byIndex(i -> 0.03 + 0.002 * (i % 50)))
        .V(Init.byIndex(i -> (i % 10) * 0.1)).build());
    Connectivity c = Connect.fixedProb(0.3).seed(5).build(N, N);
    double[] w = new double[c.synapseCount()];
    for (int s = 0; s < w.length; s++) {
      w[s] = 1 + s % 4;
    }
    net.connect(p, p, AddInputSynapses.builder().name("S").w(w).delay(delay), c);
    return net;
  }

  private static PulseGroup group(Network net) {
    return (PulseGroup) net.group("P");
  }

  private static AddInputSynapses synapses(Network net) {
    return (AddInputSynapses) net.node("S").population();
  }

  record Outcome(int[] totals, int[] lastSpikes, double[] v, double[] g, List<SpikeRecord> runs) {
    static Outcome of(Network net, List<SpikeRecord> runs) {
      PulseGroup p = group(net);
      return new Outcome(p.spikeTotals(), Arrays.copyOf(p.spikeIndices(), p.spikeCount()),
          ((double[]) p.var("V").array()).clone(), ((double[]) p.var("g").array()).clone(), runs);
    }
  }

  /** Two runs of 30 ms, recording the spikes if {@code monitor}. */
  private static Outcome run(Network net, Backend backend, boolean monitor) {
    List<SpikeRecord> runs = new ArrayList<>();
    try (Runner r = net.runner().dt(0.1).backend(backend)) {
      if (monitor) {
        r.monitorSpikes(group(net));
      }
      for (int k = 0; k < 2; k++) {
        RunResult res = r.run(30.0);
        if (monitor) {
          runs.add(res.spikes(group(net)));
        }
      }
    }
    return Outcome.of(net, runs);
  }

  private static void assertSame(Outcome scalar, Outcome device, String what) {
    assertTrue(Arrays.stream(scalar.totals).sum() > 2000, "the network must spike");
    assertArrayEquals(scalar.totals, device.totals, what + ": spikes per neuron");
    assertArrayEquals(scalar.lastSpikes, device.lastSpikes, what + ": the last step's spikes");
    for (int i = 0; i < N; i++) {
      assertEquals(Double.doubleToLongBits(scalar.v[i]), Double.doubleToLongBits(device.v[i]),
          what + ": V[" + i + "] " + scalar.v[i] + " vs " + device.v[i]);
      assertEquals(Double.doubleToLongBits(scalar.g[i]), Double.doubleToLongBits(device.g[i]),
          what + ": g[" + i + "]");
    }
    for (int k = 0; k < Math.min(scalar.runs.size(), device.runs.size()); k++) {
      assertArrayEquals(scalar.runs.get(k).times(), device.runs.get(k).times(), what + " run " + k);
      assertArrayEquals(scalar.runs.get(k).indices(), device.runs.get(k).indices(),
          what + " run " + k);
    }
  }

  @Test
  void deviceDeliveryGivesTheScalarBitsWhenTheSumsAreExact() {
    OpenClTestDevice.require();
    Network probe = network(0);
    assertEquals("", OpenClBackend.hostDelivery(synapses(probe)),
        "AddInput must be delivered on the device");
    Outcome scalar = run(network(0), Backend.SCALAR, true);
    int most = Arrays.stream(scalar.runs.get(0).countsPerStep()).max().orElse(0);
    assertTrue(most >= 5, "several spikes in one step (fan-in 36 of 120 neurons), got " + most);
    // nothing on the host reads the spikes: they stay on the device until each run ends
    assertSame(scalar, run(network(0), OpenClBackend.defaultDevice(), false), "no monitor");
    // a spike monitor reads them every step: the flags come back, the device delivers too
    assertSame(scalar, run(network(0), OpenClBackend.defaultDevice(), true), "spike monitor");
  }

  @Test
  void aDeliveryBeforeTheNeuronStepReadsTheLastStepsSpikesAcrossRuns() {
    OpenClTestDevice.require();
    Outcome[] out = new Outcome[2];
    Backend[] backends = {Backend.SCALAR, OpenClBackend.defaultDevice()};
    for (int b = 0; b < 2; b++) {
      Network net = network(0);
      List<String> order = new ArrayList<>(net.schedule());
      order.remove("S.update");
      order.add(0, "S.update"); // deliver the previous step's spikes, then update the neurons
      net.schedule(order);
      out[b] = run(net, backends[b], false);
    }
    assertSame(out[0], out[1], "synapses first");
  }

  @Test
  void hostDeliveryAndDelayedSynapsesGiveTheScalarBitsToo() {
    OpenClTestDevice.require();
    Outcome scalar = run(network(0), Backend.SCALAR, true);
    assertSame(scalar, run(network(0), Backend.named("opencl", Map.of("delivery", "host")),
        true), "delivery=host");
    Network delayed = network(0.5);
    String why = OpenClBackend.hostDelivery(synapses(delayed));
    assertTrue(why.startsWith("its delay is 0.5 ms"), why);
    assertSame(run(network(0.5), Backend.SCALAR, false),
        run(delayed, OpenClBackend.defaultDevice(), false), "delayed, on the host");
  }

  @Test
  void synapseModelsWithDynamicsAreDeliveredOnTheHostSayingWhy() {
    Network net = Network.create();
    var p = net.add(org.brainj.models.LIFGroup.builder(3).name("L").build());
    var s = net.connect(p, p, ExpCOBASynapses.builder().name("E"), Connect.fixedProb(1).build(3, 3));
    assertEquals("the model has an @Update step 'update' (only models whose steps are all @OnPre"
        + " handlers adding to postsynaptic variables deliver on the device)",
        OpenClBackend.hostDelivery(s));
  }
}
