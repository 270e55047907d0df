package org.brainj.examples.models.synapses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.brainj.examples.networks.Coba;
import org.brainj.runtime.group.SynapseGroup;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manual's seven hand-written synapse forms compute the generated ExpCOBA's conductances on
 * the same COBA network: the forms with the same arithmetic give the same spikes bit for bit,
 * the matrix forms (which add the conductances of a column, zeros included) the same potentials
 * to rounding.
 */
class ManualCobaTest {
  private static final int N = 400;
  private static final long SEED = 3;
  private static final double DURATION = 50;

  private static Outcome perPost;
  private static Outcome perSynapse;

  /** Spikes of both groups and the final potentials. */
  private record Outcome(SpikeRecord e, SpikeRecord i, double[] vE, double[] vI, Coba coba) {}

  @BeforeAll
  static void generated() {
    perPost = run(Coba.build(N, SEED, Coba.Layout.PER_POST));
    perSynapse = run(Coba.build(N, SEED, Coba.Layout.PER_SYNAPSE));
    assertTrue(perPost.e().count() > 50 && perPost.i().count() > 10,
        "the network fires, so the comparisons say something: " + perPost.e().count() + " E, "
            + perPost.i().count() + " I spikes");
  }

  private static Outcome run(Coba coba) {
    RunResult r = coba.runner().monitorSpikes(coba.E(), coba.I()).run(DURATION);
    return new Outcome(r.spikes(coba.E()), r.spikes(coba.I()), coba.E().V().toDoubleArray(),
        coba.I().V().toDoubleArray(), coba);
  }

  private static Outcome run(ManualCoba.Form form) {
    return run(Coba.build(N, SEED, (name, tau, weight, reversal) ->
        form.builder().name(name).tau(tau).weight(weight).E(reversal)));
  }

  private static void assertSameSpikes(Outcome expected, Outcome actual, String what) {
    assertArrayEquals(expected.e().steps(), actual.e().steps(), what + ": E spike steps");
    assertArrayEquals(expected.e().indices(), actual.e().indices(), what + ": E spike neurons");
    assertArrayEquals(expected.i().steps(), actual.i().steps(), what + ": I spike steps");
    assertArrayEquals(expected.i().indices(), actual.i().indices(), what + ": I spike neurons");
    assertArrayEquals(expected.vE(), actual.vE(), what + ": final E potentials");
  }

  @Test
  void perNeuronFormsAreTheGeneratedPerNeuronLayoutBitForBit() {
    // g per postsynaptic neuron, events adding weight, output g (E - V): the same operations
    assertSameSpikes(perPost, run(ManualCoba.Form.VEC3), "vec 3");
    assertSameSpikes(perPost, run(ManualCoba.Form.VEC5), "vec 5");
  }

  @Test
  void perSynapseFormsAreTheGeneratedPerSynapseLayoutBitForBit() {
    // g per synapse; each neuron's input adds its synapses' g (E - V) in presynaptic order
    assertSameSpikes(perSynapse, run(ManualCoba.Form.VEC1), "vec 1");
    assertSameSpikes(perSynapse, run(ManualCoba.Form.VEC2), "vec 2");
    assertSameSpikes(perSynapse, run(ManualCoba.Form.VEC4), "vec 4");
  }

  @Test
  void matrixFormsGiveThePotentialsToRounding() {
    for (ManualCoba.Form form : List.of(ManualCoba.Form.MAT1, ManualCoba.Form.MAT2)) {
      Outcome o = run(form);
      double worst = 0;
      for (int k = 0; k < o.vE().length; k++) {
        worst = Math.max(worst, Math.abs(o.vE()[k] - perPost.vE()[k]));
      }
      for (int k = 0; k < o.vI().length; k++) {
        worst = Math.max(worst, Math.abs(o.vI()[k] - perPost.vI()[k]));
      }
      assertTrue(worst < 1e-9, form.label() + ": largest |V - V_per_post| " + worst + " mV");
      assertEquals(perPost.e().count(), o.e().count(), form.label() + ": E spikes");
      assertEquals(perPost.i().count(), o.i().count(), form.label() + ": I spikes");
    }
  }

  @Test
  void eachFormKeepsTheStateTheManualDescribes() {
    Coba coba = perSynapse.coba();
    long synapses = coba.synapseCount();
    long pairs = 0;
    long posts = 0;
    for (SynapseGroup s : coba.projections()) {
      pairs += (long) s.pre().size() * s.post().size();
      posts += s.post().size();
    }
    assertEquals(pairs, conductances(ManualCoba.Form.MAT1));
    assertEquals(pairs, conductances(ManualCoba.Form.MAT2));
    assertEquals(synapses, conductances(ManualCoba.Form.VEC1));
    assertEquals(synapses, conductances(ManualCoba.Form.VEC2));
    assertEquals(posts, conductances(ManualCoba.Form.VEC3));
    assertEquals(synapses, conductances(ManualCoba.Form.VEC4));
    assertEquals(posts, conductances(ManualCoba.Form.VEC5));
  }

  private static long conductances(ManualCoba.Form form) {
    Coba coba = Coba.build(N, SEED, (name, tau, weight, reversal) ->
        form.builder().name(name).tau(tau).weight(weight).E(reversal));
    long n = 0;
    for (SynapseGroup s : coba.projections()) {
      n += ((ManualCoba) s).conductances();
    }
    return n;
  }

  @Test
  void formsAreNamedAsInTheManualsSpeedComparison() {
    String[] manual = {"mat 1", "mat 2", "vec 1", "vec 2", "vec 3", "vec 4", "vec 5"};
    ManualCoba.Form[] forms = ManualCoba.Form.values();
    assertEquals(manual.length, forms.length);
    for (int k = 0; k < forms.length; k++) {
      assertEquals(manual[k], forms[k].label());
    }
  }
}
