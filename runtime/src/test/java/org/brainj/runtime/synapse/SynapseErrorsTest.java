package org.brainj.runtime.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.models.synapses.ExpCOBASynapses;
import org.brainj.runtime.connect.Connect;
import org.brainj.runtime.connect.Connectivity;
import org.brainj.runtime.group.SynapseIndex;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.net.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Mistakes in connecting groups are caught when connecting, with messages that say what to do. */
class SynapseErrorsTest {

  private static String message(Executable e) {
    return assertThrows(IllegalArgumentException.class, e).getMessage();
  }

  private static void contains(String message, String... parts) {
    for (String p : parts) {
      assertTrue(message.contains(p), "message should contain '" + p + "': " + message);
    }
  }

  @Test
  void aPostVariableTheModelNeedsIsMissingFromThePostGroup() {
    Network net = Network.create();
    var pre = net.add(PoissonGroup.builder(3).name("P").build());
    var post = net.add(NoVoltageGroup.builder(4).name("N").build());
    String m = message(() -> net.connect(pre, post, ExpCOBASynapses.builder(),
        Connect.all2All()));
    contains(m, "synapse group 'P->N'", "ExpCOBA", "field 'vPost'", "variable 'V'",
        "group 'N'", "NoVoltage", "[x, spike, input]");
    assertEquals(2, net.nodes().size(), "nothing was added");
  }

  @Test
  void theConnectivityMustHaveTheGroupsSizes() {
    Network net = Network.create();
    var pre = net.add(PoissonGroup.builder(3).name("P").build());
    var post = net.add(LeakyGroup.builder(5).name("Q").build());
    Connectivity c34 = Connect.all2All().build(3, 4);
    String expected = "synapse group 'P->Q': the connectivity is 3 x 4 but the groups have 3 and"
        + " 5 neurons";
    contains(message(() -> net.connect(pre, post, ExpCOBASynapses.builder(), c34)), expected);
    contains(message(() -> net.connect(pre, post, ExpCOBASynapses.builder(),
        new SynapseIndex(3, 4, c34.preIndptr(), c34.postIds()))), expected);
    // a connector that ignores the sizes it is given
    contains(message(() -> net.connect(pre, post, ExpCOBASynapses.builder(),
        (preShape, postShape) -> c34)), expected);
    // a per-synapse array of the wrong length
    contains(message(() -> net.connect(pre, post,
            ExpCOBASynapses.builder().weight(new double[] {1, 2, 3}), Connect.all2All())),
        "ExpCOBA synapses 'P->Q': parameter 'weight' got 3 values but the connectivity has 15"
            + " synapses");
    // a named group is named by its own name
    contains(message(() -> net.connect(pre, post,
            ExpCOBASynapses.builder().name("E2I").weight(new double[] {1, 2, 3}),
            Connect.all2All())), "ExpCOBA synapses 'E2I': parameter 'weight'");
    assertEquals(2, net.nodes().size(), "nothing was added");
  }

  @Test
  void aDecreasingRowPointerIsRefused() {
    String m = message(() -> new SynapseIndex(3, 2, new int[] {0, 2, 1, 3}, new int[] {0, 1, 0}));
    contains(m, "row pointer decreases at row 1 (2 then 1)");
  }

  @Test
  void aParameterThePerPostLayoutNeedsUniformCannotBecomePerSynapse() {
    Network net = Network.create();
    var pre = net.add(PoissonGroup.builder(3).name("P").build());
    var post = net.add(LeakyGroup.builder(5).name("Q").build());
    var syn = net.connect(pre, post, ExpCOBASynapses.builder().name("AMPA"), Connect.all2All());
    assertTrue(syn.perPost());
    for (Executable e : new Executable[] {
        () -> syn.tau().set(new double[15]), () -> syn.E().set(Init.uniform(0, 1))}) {
      contains(message(e), "synapse group 'AMPA'", "must stay one value for all synapses",
          "per postsynaptic neuron", ".perSynapse()");
    }
    syn.tau().set(7);                         // one value is fine
    syn.weight().set(new double[15]);         // and the weight may vary per synapse
    assertEquals(7, syn.tau().get(4));
    // the same group built per synapse takes per-synapse values
    Network net2 = Network.create();
    var pre2 = net2.add(PoissonGroup.builder(3).name("P").build());
    var post2 = net2.add(LeakyGroup.builder(5).name("Q").build());
    var each = net2.connect(pre2, post2, ExpCOBASynapses.builder().perSynapse(),
        Connect.all2All());
    assertFalse(each.perPost());
    each.tau().set(new double[15]);
  }

  @Test
  void aNonZeroInitialValueKeepsTheStatePerSynapse() {
    // per neuron, the state is the sum over the neuron's synapses: a start of 0.5 per synapse
    // would have to be 0.5 x in-degree, so such groups keep one value per synapse
    Network net = Network.create();
    var pre = net.add(PoissonGroup.builder(3).name("P").build());
    var post = net.add(LeakyGroup.builder(5).name("Q").build());
    assertTrue(net.connect(pre, post, ExpCOBASynapses.builder().name("zero").g(0.0),
        Connect.all2All()).perPost());
    var started = net.connect(pre, post, ExpCOBASynapses.builder().name("half").g(0.5),
        Connect.all2All());
    assertFalse(started.perPost());
    assertEquals(15, started.g().size());
  }

  @Test
  void thePresynapticGroupMustSpike() {
    Network net = Network.create();
    var silent = net.add(LeakyGroup.builder(3).name("L").build());
    var post = net.add(LeakyGroup.builder(3).name("Q").build());
    contains(message(() -> net.connect(silent, post, ExpCOBASynapses.builder(),
            Connect.one2One())),
        "synapse group 'L->Q'", "presynaptic group 'L' (Leaky) has no @Spike variable");
  }

  @Test
  void bothGroupsMustBeInTheNetworkAndNamesUnique() {
    Network net = Network.create();
    var pre = net.add(PoissonGroup.builder(3).name("P").build());
    var stray = LeakyGroup.builder(3).name("stray").build();
    contains(message(() -> net.connect(pre, stray, ExpCOBASynapses.builder(),
        Connect.one2One())), "group 'stray' is not in this network");
    var post = net.add(LeakyGroup.builder(3).name("Q").build());
    net.connect(pre, post, ExpCOBASynapses.builder(), Connect.one2One());
    contains(message(() -> net.connect(pre, post, ExpCOBASynapses.builder(),
        Connect.one2One())), "already has a node named 'P->Q'", ".name(");
  }
}
