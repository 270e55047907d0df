package org.brainj.runtime.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.brainj.models.synapses.ExpCOBASynapses;
import org.brainj.runtime.connect.Connect;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Schedules;
import org.brainj.runtime.testmodels.LifGroup;
import org.junit.jupiter.api.Test;

/** Manual 7.2.2 with its synapses: the network schedules of the COBA network. */
class SynapseScheduleTest {

  /** The manual's network: LIF groups with update/threshold/reset steps and four projections. */
  private static Network coba() {
    Network net = Network.create();
    var e = net.add(LifGroup.builder(32).name("E").build());
    var i = net.add(LifGroup.builder(8).name("I").build());
    net.connect(e, e, ExpCOBASynapses.builder().name("E2E"), Connect.fixedProb(0.2).seed(1));
    net.connect(e, i, ExpCOBASynapses.builder().name("E2I"), Connect.fixedProb(0.2).seed(2));
    net.connect(i, e, ExpCOBASynapses.builder().name("I2E").tau(10).weight(6.7).E(-80),
        Connect.fixedProb(0.2).seed(3));
    net.connect(i, i, ExpCOBASynapses.builder().name("I2I").tau(10).weight(6.7).E(-80),
        Connect.fixedProb(0.2).seed(4));
    return net;
  }

  @Test
  void theSynapseGroupScheduleIsInputUpdateOutputMonitor() {
    assertEquals(List.of("input", "update", "output", "monitor"),
        coba().node("E2E").schedule());
    assertEquals(List.of("update", "output"), coba().node("E2E").steps());
  }

  @Test
  void defaultNetworkScheduleIsTheManualsDefaultNetwork() {
    assertEquals(
        List.of(
            "E.input", "E.update", "E.threshold", "E.reset", "E.monitor",
            "I.input", "I.update", "I.threshold", "I.reset", "I.monitor",
            "E2E.input", "E2E.update", "E2E.output", "E2E.monitor",
            "E2I.input", "E2I.update", "E2I.output", "E2I.monitor",
            "I2E.input", "I2E.update", "I2E.output", "I2E.monitor",
            "I2I.input", "I2I.update", "I2I.output", "I2I.monitor"),
        coba().schedule());
  }

  @Test
  void phasedScheduleIsTheManualsCustomizedNetwork() {
    assertEquals(
        List.of(
            "E.input", "I.input", "E2E.input", "E2I.input", "I2E.input", "I2I.input",
            "E2E.update", "E2E.output", "E2I.update", "E2I.output",
            "I2E.update", "I2E.output", "I2I.update", "I2I.output",
            "E.update", "E.threshold", "E.reset", "I.update", "I.threshold", "I.reset",
            "E.monitor", "I.monitor", "E2E.monitor", "E2I.monitor", "I2E.monitor",
            "I2I.monitor"),
        coba().schedule(Schedules.phased()).schedule());
  }

  @Test
  void unnamedSynapseGroupsAreNamedPreArrowPost() {
    Network net = Network.create();
    var e = net.add(LifGroup.builder(4).name("E").build());
    var i = net.add(LifGroup.builder(2).name("I").build());
    var syn = net.connect(e, i, ExpCOBASynapses.builder(), Connect.all2All());
    assertEquals("E->I", syn.name());
    assertTrue(net.schedule().containsAll(List.of("E->I.update", "E->I.output")));
    assertTrue(net.var("E->I.g") == syn.g());
  }

  @Test
  void serialAndPhasedOrdersGiveTheSameDynamics() {
    // without external inputs the additions into 'input' happen in the same order in both
    // schedules, so the runs agree bit for bit (manual 7.2.2 shows the same raster for both)
    double[][] serial = poissonOntoLeaky(false);
    double[][] phased = poissonOntoLeaky(true);
    assertEquals(serial.length, phased.length);
    for (int n = 0; n < serial.length; n++) {
      assertArrayEquals(serial[n], phased[n], "V at step " + n);
    }
  }

  private static double[][] poissonOntoLeaky(boolean phased) {
    Network net = Network.create();
    var p = net.add(PoissonGroup.builder(50).name("P").seed(3).p(0.05).build());
    var q = net.add(LeakyGroup.builder(20).name("Q").seed(3).V(Init.normal(-60, 5)).build());
    net.connect(p, q, ExpCOBASynapses.builder().name("P2Q").delay(0.5),
        Connect.fixedProb(0.3).seed(9));
    net.connect(p, q, ExpCOBASynapses.builder().name("P2Q_inh").tau(10)
        .weight(0.4).E(-80), Connect.fixedProb(0.2).seed(10));
    if (phased) {
      net.schedule(Schedules.phased());
    }
    RunResult r = net.runner().dt(0.1).monitor(q.V()).run(100.0);
    double[][] v = r.trace(q.V()).values();
    double leakOnly = v[0][0] * Math.pow(1 - 0.1 / 10, 999);
    assertTrue(Math.abs(v[999][0] - leakOnly) > 1, "the synapses drive Q");
    return v;
  }
}
