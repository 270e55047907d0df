package org.brainj.runtime.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.brainj.models.synapses.ExpCOBASynapses;
import org.brainj.runtime.connect.Connect;
import org.brainj.runtime.connect.Connectivity;
import org.brainj.runtime.group.SynapseIndex;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.Test;

/** {@code Network.connect} with a connectivity, a connector or the runtime's own index. */
class SynapseConnectTest {

  @Test
  void aConnectivityIsUsedWithoutCopyingItsArrays() {
    Network net = Network.create();
    var pre = net.add(PoissonGroup.builder(30).name("P").build());
    var post = net.add(LeakyGroup.builder(20).name("Q").build());
    Connectivity c = Connect.fixedProb(0.3).seed(5).build(30, 20);
    var syn = net.connect(pre, post, ExpCOBASynapses.builder(), c);
    assertSame(c.preIndptr(), syn.connectivity().preIndptr());
    assertSame(c.postIds(), syn.connectivity().postIds());
    assertEquals(c.synapseCount(), syn.size());
    assertEquals(30, syn.connectivity().preNum());
    assertEquals(20, syn.connectivity().postNum());
    // the runtime's CSC view of the same synapses matches the connectivity's post-major form
    assertArrayEquals(c.postMajor().postIndptr(), syn.connectivity().postIndptr());
    assertArrayEquals(c.postMajor().synIds(), syn.connectivity().synByPost());
    assertArrayEquals(c.postMajor().preIds(), syn.connectivity().preByPost());
  }

  @Test
  void aConnectorIsBuiltForTheGroupsSizes() {
    Network net = Network.create();
    var pre = net.add(PoissonGroup.builder(7).name("P").build());
    var post = net.add(LeakyGroup.builder(3).name("Q").build());
    List<String> calls = new ArrayList<>();
    var syn = net.connect(pre, post, ExpCOBASynapses.builder(), (preShape, postShape) -> {
      calls.add(preShape[0] + "x" + postShape[0]);
      return Connect.all2All().build(preShape, postShape);
    });
    assertEquals(List.of("7x3"), calls);
    assertEquals(21, syn.size());
    // the same connector object gives the same synapses as building it by hand
    var p2 = net.add(PoissonGroup.builder(40).name("P2").build());
    var q2 = net.add(LeakyGroup.builder(25).name("Q2").build());
    var viaConnector = net.connect(p2, q2, ExpCOBASynapses.builder(),
        Connect.fixedProb(0.1).seed(3));
    Connectivity byHand = Connect.fixedProb(0.1).seed(3).build(40, 25);
    assertArrayEquals(byHand.preIndptr(), viaConnector.connectivity().preIndptr());
    assertArrayEquals(byHand.postIds(), viaConnector.connectivity().postIds());
  }

  @Test
  void theThreeFormsOfConnectRunTheSameSynapses() {
    Connectivity c = Connect.fixedProb(0.2).seed(8).build(30, 20);
    double[][] byConnectivity = run(b -> b.connectivity(c));
    double[][] byIndex = run(b -> b.index(
        new SynapseIndex(30, 20, c.preIndptr().clone(), c.postIds().clone())));
    double[][] byConnector = run(b -> b.connector());
    for (int n = 0; n < byIndex.length; n++) {
      assertArrayEquals(byIndex[n], byConnectivity[n], "step " + n);
      assertArrayEquals(byIndex[n], byConnector[n], "step " + n);
    }
  }

  /** How a test network connects P to Q. */
  private interface How {
    void connect(Builder b);
  }

  private static final class Builder {
    final Network net = Network.create();
    final PoissonGroup pre = net.add(PoissonGroup.builder(30).name("P").seed(2).build());
    final LeakyGroup post = net.add(LeakyGroup.builder(20).name("Q").V(-60).build());

    void connectivity(Connectivity c) {
      net.connect(pre, post, ExpCOBASynapses.builder(), c);
    }

    void index(SynapseIndex i) {
      net.connect(pre, post, ExpCOBASynapses.builder(), i);
    }

    void connector() {
      net.connect(pre, post, ExpCOBASynapses.builder(), Connect.fixedProb(0.2).seed(8));
    }
  }

  private static double[][] run(How how) {
    Builder b = new Builder();
    how.connect(b);
    RunResult r = b.net.runner().monitor(b.post.V()).run(50.0);
    return r.trace(b.post.V()).values();
  }
}
