package org.brainj.runtime.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.input.InputOp;
import org.brainj.runtime.input.InputValue;
import org.brainj.runtime.testmodels.LeakyGroup;
import org.brainj.runtime.testmodels.LifGroup;
import org.brainj.runtime.testmodels.ProbeGroup;
import org.junit.jupiter.api.Test;

/** Manual chapter 7: step functions, the group and network schedules, @Every. */
class ScheduleTest {

  private static Network ei() {
    Network net = Network.create();
    net.add(LifGroup.builder(32).name("E").build());
    net.add(LifGroup.builder(8).name("I").build());
    return net;
  }

  @Test
  void groupScheduleOfTheManual() {
    // manual 7.1: ('input', 'update', 'monitor')
    assertEquals(List.of("input", "update", "monitor"), LeakyGroup.builder(1).build().schedule());
    assertEquals(
        List.of("input", "update", "threshold", "reset", "monitor"),
        LifGroup.builder(1).build().schedule());
  }

  @Test
  void defaultNetworkScheduleIsSerial() {
    // manual 7.2.2, DefaultNetwork (without the synapses)
    assertEquals(
        List.of(
            "E.input", "E.update", "E.threshold", "E.reset", "E.monitor",
            "I.input", "I.update", "I.threshold", "I.reset", "I.monitor"),
        ei().schedule());
  }

  @Test
  void phasedScheduleIsTheManualsCustomizedNetwork() {
    // manual 7.2.2, CustomizedNetwork (without the synapses)
    Network net = ei().schedule(Schedules.phased());
    assertEquals(
        List.of(
            "E.input", "I.input",
            "E.update", "E.threshold", "E.reset",
            "I.update", "I.threshold", "I.reset",
            "E.monitor", "I.monitor"),
        net.schedule());
    // a policy follows groups added later
    net.add(LeakyGroup.builder(2).name("L").build());
    assertEquals(
        List.of(
            "E.input", "I.input", "L.input",
            "E.update", "E.threshold", "E.reset",
            "I.update", "I.threshold", "I.reset",
            "L.update",
            "E.monitor", "I.monitor", "L.monitor"),
        net.schedule());
    assertEquals(10 + 3, net.defaultSchedule().schedule().size());
    assertEquals("E.input", net.schedule().get(0));
    assertEquals("E.update", net.schedule().get(1));
  }

  @Test
  void lambdaPolicies() {
    Network net = ei();
    net.schedule(
        n -> {
          List<String> order = new ArrayList<>();
          for (int k = n.nodes().size() - 1; k >= 0; k--) {
            order.addAll(n.nodes().get(k).entries());
          }
          return order;
        });
    assertEquals("I.input", net.schedule().get(0));
    assertEquals("E.monitor", net.schedule().get(9));
    assertEquals(List.of("update", "threshold", "reset"), net.nodes().get(0).steps());
    assertEquals(NodeKind.NEURON_GROUP, net.node("E").kind());
  }

  @Test
  void customOrdersAreValidated() {
    Network net = ei();
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                net.schedule(
                    "E.input", "E.updat", "E.threshold", "E.reset", "E.monitor",
                    "I.input", "I.update", "I.threshold", "I.reset", "I.monitor"));
    assertTrue(unknown.getMessage().contains("unknown entries [E.updat]"), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("missing entries [E.update]"), unknown.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                net.schedule(
                    "E.input", "E.update", "E.threshold", "E.reset", "E.monitor",
                    "I.input", "I.update", "I.threshold", "I.reset", "I.monitor", "E.update"));
    assertTrue(twice.getMessage().contains("more than once [E.update]"), twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> net.schedule(n -> List.of("E.input")));
    // nothing was changed by the rejected orders
    assertEquals(ei().schedule(), net.schedule());
  }

  @Test
  void fixedOrdersSayWhenTheNetworkOutgrewThem() {
    Network net = Network.create();
    LeakyGroup a = net.add(LeakyGroup.builder(2).name("A").build());
    net.schedule("A.monitor", "A.input", "A.update");
    assertEquals(List.of("A.monitor", "A.input", "A.update"), net.schedule());
    net.add(LeakyGroup.builder(2).name("B").build());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> net.runner().monitor(a.V()).run(1.0));
    assertTrue(e.getMessage().contains("missing entries [B.input, B.update, B.monitor]"), e.getMessage());
    assertTrue(e.getMessage().contains("schedule(List)"), e.getMessage());
  }

  private static final double[] SERIES = new double[100];

  static {
    for (int i = 0; i < SERIES.length; i++) {
      SERIES[i] = (i * 37 % 11) + 1; // varied, never 0
    }
  }

  /** Manual 7.2.1: monitoring {@code input} before the update shows what the step will use. */
  @Test
  void groupOrderMonitorUpdateInputShowsTheInput() {
    Network net = Network.create();
    LeakyGroup hh = net.add(LeakyGroup.builder(1).name("HH").build());
    LeakyGroup hh2 =
        net.add(LeakyGroup.builder(1).name("HH2").schedule("monitor", "update", "input").build());
    RunResult r =
        net.runner()
            .input(hh.input(), InputValue.perStep(SERIES))
            .input(hh2.input(), InputValue.perStep(SERIES))
            .monitor(hh.input())
            .monitor(hh2.input())
            .run(10.0);
    double[] plain = r.trace(hh.input()).column(0);
    double[] custom = r.trace(hh2.input()).column(0);
    assertArrayEquals(new double[100], plain); // cleared by update before the monitor
    assertEquals(0.0, custom[0]);
    for (int i = 1; i < 100; i++) {
      assertEquals(SERIES[i - 1], custom[i], "row " + i);
    }
  }

  @Test
  void networkOrderChangesWhatIsObserved() {
    Network net = Network.create();
    LeakyGroup g = net.add(LeakyGroup.builder(1).name("G").build());
    Runner runner = net.runner().input(g.input(), InputValue.perStep(SERIES)).monitor(g.input());
    assertArrayEquals(new double[20], runner.run(2.0).trace(g.input()).column(0));
    net.schedule("G.input", "G.monitor", "G.update");
    double[] seen = runner.reset().run(2.0).trace(g.input()).column(0);
    for (int i = 0; i < 20; i++) {
      assertEquals(SERIES[i], seen[i]);
    }
  }

  @Test
  void groupsWithoutAnInputEntryCannotTakeInputs() {
    // a model whose default schedule lacks 'input' would drop inputs silently; it must fail instead
    org.brainj.runtime.group.ModelInfo noInput =
        org.brainj.runtime.group.ModelInfo.builder("NoInput", "test.NoInput")
            .var("V", org.brainj.runtime.group.ModelInfo.VarType.DOUBLE,
                org.brainj.runtime.group.ModelInfo.Role.STATE, "")
            .step("update", 0, false)
            .schedule("update", "monitor")
            .build();
    class NoInputGroup extends org.brainj.runtime.group.NeuronGroup {
      NoInputGroup(org.brainj.runtime.group.GroupBuilder<?, ?> b) {
        super(noInput, b);
        reset();
      }

      @Override
      protected void initDefaults() {}

      @Override
      protected void compute(int stepId, double t, double dt, long step, int from, int to) {}
    }
    class B extends org.brainj.runtime.group.GroupBuilder<NoInputGroup, B> {
      B() {
        super(noInput, 2);
      }

      @Override
      public NoInputGroup build() {
        return new NoInputGroup(this);
      }
    }
    Network net = Network.create();
    NoInputGroup g = net.add(new B().name("N").build());
    assertEquals(List.of("N.update", "N.monitor"), net.schedule());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> net.runner().input(g.var("V"), 1.0).run(1.0));
    assertTrue(e.getMessage().contains("'N'") && e.getMessage().contains("'input'"), e.getMessage());
    assertTrue(e.getMessage().contains("N.V += 1.0"), e.getMessage());
  }

  /** Manual 7.3: a step with a period of 1 ms at dt 0.1 runs once per ms, at the first step of each. */
  @Test
  void everyPeriodRunsOncePerPeriod() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(2).name("P").build());
    RunResult r = net.runner().monitor(p.ticks(), org.brainj.runtime.monitor.Indices.of(0)).run(10.0);
    assertEquals(10.0, p.ticks().get(0));
    assertEquals(10.0, p.ticks().get(1));
    double[] ticks = r.trace(p.ticks()).column(0);
    for (int i = 0; i < 100; i++) {
      assertEquals(i / 10 + 1, ticks[i], "step " + i); // increments at steps 0, 10, 20, ...
    }
    net.runner().run(5.0);
    assertEquals(15.0, p.ticks().get(0));
    net.reset();
    assertEquals(0.0, p.ticks().get(0));
    net.runner().run(0.1);
    assertEquals(1.0, p.ticks().get(0)); // the timing is forgotten by reset
  }

  @Test
  void everyConditionRunsExactlyWhenItSays() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(1).name("P").build());
    RunResult r = net.runner().monitor(p.conds()).run(10.0);
    double[] conds = r.trace(p.conds()).column(0);
    double expected = 0;
    for (int i = 0; i < 100; i++) {
      if (i % 4 == 0) {
        expected++;
      }
      assertEquals(expected, conds[i], "step " + i);
    }
    assertEquals(25.0, p.conds().get(0));
    p.condEvery().set(10);
    net.runner().run(10.0);
    assertEquals(35.0, p.conds().get(0));
  }

  @Test
  void opsOnInputVariableWithCustomGroupOrder() {
    // inputs applied after the update (order monitor, update, input) accumulate into the next step
    Network net = Network.create();
    ProbeGroup p =
        net.add(
            ProbeGroup.builder(1)
                .name("P")
                .schedule("monitor", "update", "tick", "cond", "input")
                .build());
    RunResult r = net.runner().input(p.input(), InputOp.ADD, 2.0).monitor(p.seen()).run(0.3);
    // seen at the monitor of step k is what update saw at step k - 1
    assertArrayEquals(new double[] {0, 0, 2}, r.trace(p.seen()).column(0));
  }
}
