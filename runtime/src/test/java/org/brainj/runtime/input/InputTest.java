package org.brainj.runtime.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.runtime.backend.SimulationException;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.testmodels.LeakyGroup;
import org.brainj.runtime.testmodels.ProbeGroup;
import org.junit.jupiter.api.Test;

class InputTest {

  /** A 3-neuron probe with x = 3 and y = 3 at the start. */
  private static ProbeGroup probe(Network net) {
    return net.add(ProbeGroup.builder(3).name("P").init("x", 3).init("y", 3).build());
  }

  /** Runs 5 steps with one constant input on x and returns x after each step. */
  private static double[][] xAfterEachStep(InputOp op, double value) {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    RunResult r = net.runner().input(p.x(), op, value).monitor(p.x()).run(0.5);
    return r.trace(p.x()).values();
  }

  @Test
  void constantInputAppliesEachOperationOncePerStep() {
    double[][] add = xAfterEachStep(InputOp.ADD, 2);
    double[][] sub = xAfterEachStep(InputOp.SUB, 2);
    double[][] mul = xAfterEachStep(InputOp.MUL, 2);
    double[][] div = xAfterEachStep(InputOp.DIV, 2);
    double[][] set = xAfterEachStep(InputOp.SET, 2);
    assertEquals(5, add.length);
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(3 + 2.0 * (i + 1), add[i][j]);
        assertEquals(3 - 2.0 * (i + 1), sub[i][j]);
        assertEquals(3 * Math.pow(2, i + 1), mul[i][j]);
        assertEquals(3 / Math.pow(2, i + 1), div[i][j]);
        assertEquals(2.0, set[i][j]);
      }
    }
  }

  @Test
  void defaultOperationIsAdd() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    RunResult r = net.runner().input(p.x(), 0.5).monitor(p.x()).run(0.3);
    assertArrayEquals(new double[] {3.5, 4.0, 4.5}, r.trace(p.x()).column(0));
  }

  @Test
  void opSymbolsAreAccepted() {
    assertSame(InputOp.ADD, InputOp.of("+"));
    assertSame(InputOp.SUB, InputOp.of("-"));
    assertSame(InputOp.MUL, InputOp.of("*"));
    assertSame(InputOp.DIV, InputOp.of("/"));
    assertSame(InputOp.SET, InputOp.of("="));
    assertSame(InputOp.ADD, InputOp.of("+="));
    assertSame(InputOp.MUL, InputOp.of("mul"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InputOp.of("%"));
    assertTrue(e.getMessage().contains("'%'"), e.getMessage());
  }

  @Test
  void floatTargetsGetTheSameOperations() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    RunResult r =
        net.runner().input(p.y(), InputOp.MUL, 0.5).input(p.y(), InputOp.SUB, 0.25).monitor(p.y())
            .run(0.2);
    // (3 * 0.5) - 0.25 = 1.25; (1.25 * 0.5) - 0.25 = 0.375
    assertArrayEquals(new double[] {1.25, 0.375}, r.trace(p.y()).column(2));
  }

  @Test
  void perNeuronValues() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    double[] arr = {1, 2, 3};
    RunResult r =
        net.runner().input(p.x(), InputOp.SET, InputValue.perNeuron(arr))
            .input(p.y(), InputValue.perNeuron(arr)).monitor(p.x()).monitor(p.y()).run(0.2);
    assertArrayEquals(arr, r.trace(p.x()).values()[1]);
    assertArrayEquals(new double[] {3 + 1, 3 + 2, 3 + 3}, r.trace(p.y()).values()[0]);
    assertArrayEquals(new double[] {3 + 2, 3 + 4, 3 + 6}, r.trace(p.y()).values()[1]);
  }

  @Test
  void perStepSeriesIsIndexedByTheStepOfTheCurrentRun() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    double[] series = {10, 20, 30, 40, 50};
    var runner = net.runner().input(p.x(), InputOp.SET, InputValue.perStep(series)).monitor(p.x());
    RunResult first = runner.run(0.5);
    RunResult second = runner.run(0.3); // shorter run: its step 0 uses series[0] again
    assertArrayEquals(series, first.trace(p.x()).column(1));
    assertArrayEquals(new double[] {10, 20, 30}, second.trace(p.x()).column(1));
  }

  @Test
  void perStepAndNeuronMatrix() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    double[][] m = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    RunResult r =
        net.runner().input(p.x(), InputOp.SET, InputValue.perStepAndNeuron(m)).monitor(p.x())
            .run(0.3);
    assertArrayEquals(m, r.trace(p.x()).values());
  }

  @Test
  void functionsOfTimeAndOfTimeAndNeuron() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    RunResult r =
        net.runner()
            .input(p.x(), InputOp.SET, InputValue.ofTime(t -> t * 100))
            .input(p.y(), InputOp.SET, InputValue.ofTimeAndNeuron((t, i) -> t * 100 + i))
            .monitor(p.x())
            .monitor(p.y())
            .run(10.0, 10.3);
    double[] ts = r.ts();
    assertEquals(10.0, ts[0]);
    for (int k = 0; k < 3; k++) {
      for (int i = 0; i < 3; i++) {
        assertEquals(ts[k] * 100, r.trace(p.x()).values()[k][i]);
        assertEquals((float) (ts[k] * 100 + i), r.trace(p.y()).values()[k][i]);
      }
    }
  }

  @Test
  void lambdaOverloadsAddFunctionsOfTime() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    RunResult r =
        net.runner().input(p.x(), t -> 1.0).input(p.x(), (t, i) -> i).monitor(p.x()).run(0.2);
    assertArrayEquals(new double[] {5, 7, 9}, r.trace(p.x()).values()[1]); // 3 + 2 * (1 + i)
  }

  @Test
  void inputsOfAGroupApplyInTheOrderAdded() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    RunResult setThenAdd =
        net.runner().input(p.x(), InputOp.SET, 1).input(p.x(), 2.0).monitor(p.x()).run(0.1);
    net.reset();
    RunResult addThenSet =
        net.runner().input(p.x(), 2.0).input(p.x(), InputOp.SET, 1).monitor(p.x()).run(0.1);
    assertEquals(3.0, setThenAdd.trace(p.x()).get(0, 0));
    assertEquals(1.0, addThenSet.trace(p.x()).get(0, 0));
  }

  @Test
  void inputVariablesAreClearedAfterTheGroupsSteps() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    RunResult r = net.runner().input(p.input(), 7.0).monitor(p.input()).monitor(p.seen()).run(0.3);
    for (int k = 0; k < 3; k++) {
      assertArrayEquals(new double[] {0, 0, 0}, r.trace(p.input()).values()[k]);
      assertArrayEquals(new double[] {7, 7, 7}, r.trace(p.seen()).values()[k]);
    }
  }

  @Test
  void inputsPersistAcrossRunsUntilCleared() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    var runner = net.runner().input(p.x(), 1.0).monitor(p.x());
    runner.run(0.2);
    assertEquals(5.0, p.x().get(0));
    runner.run(0.2);
    assertEquals(7.0, p.x().get(0));
    runner.clearInputs();
    assertTrue(runner.inputs().isEmpty());
    RunResult r = runner.run(0.2);
    assertArrayEquals(new double[] {7, 7}, r.trace(p.x()).column(0));
  }

  @Test
  void targetsByName() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    RunResult r =
        net.runner().input("P.x", InputOp.SET, 5.0).input("P.x", 1.0).monitor("P.x").run(0.1);
    assertEquals(6.0, r.trace("P.x").get(0, 2));
    IllegalArgumentException noVar =
        assertThrows(IllegalArgumentException.class, () -> net.runner().input("P.zz", 1.0));
    assertTrue(noVar.getMessage().contains("'P'"), noVar.getMessage());
    assertTrue(noVar.getMessage().contains("'zz'"), noVar.getMessage());
    assertTrue(noVar.getMessage().contains("seen"), noVar.getMessage());
    IllegalArgumentException noGroup =
        assertThrows(IllegalArgumentException.class, () -> net.runner().input("Q.x", 1.0));
    assertTrue(noGroup.getMessage().contains("'Q'"), noGroup.getMessage());
    assertTrue(noGroup.getMessage().contains("[P]"), noGroup.getMessage());
    IllegalArgumentException unqualified =
        assertThrows(IllegalArgumentException.class, () -> net.runner().input("x", 1.0));
    assertTrue(unqualified.getMessage().contains("group.variable"), unqualified.getMessage());
    assertEquals(1, net.runner().input("P.x", 1.0).inputs().size());
    assertEquals(6.0, p.x().get(0));
  }

  @Test
  void nonFloatingTargetsAreRejectedNamingGroupAndVariable() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> net.runner().input(p.n(), 1.0));
    assertTrue(e.getMessage().contains("'n'"), e.getMessage());
    assertTrue(e.getMessage().contains("'P'"), e.getMessage());
    assertTrue(e.getMessage().contains("INT"), e.getMessage());
    IllegalArgumentException b =
        assertThrows(IllegalArgumentException.class, () -> net.runner().input(p.spike(), 1.0));
    assertTrue(b.getMessage().contains("BOOLEAN"), b.getMessage());
  }

  @Test
  void perNeuronLengthMustMatchTheGroup() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> net.runner().input(p.x(), InputValue.perNeuron(1, 2)));
    assertTrue(e.getMessage().contains("P.x"), e.getMessage());
    assertTrue(e.getMessage().contains("2 values"), e.getMessage());
    assertTrue(e.getMessage().contains("3 neurons"), e.getMessage());
    IllegalArgumentException rows =
        assertThrows(
            IllegalArgumentException.class,
            () -> net.runner().input(p.x(), InputValue.perStepAndNeuron(new double[][] {{1, 2, 3}, {1}})));
    assertTrue(rows.getMessage().contains("row 1"), rows.getMessage());
  }

  @Test
  void shortSeriesFailBeforeAnyStepRuns() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    var runner = net.runner().input(p.x(), InputValue.perStep(new double[5])).monitor(p.x());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.run(1.0));
    assertTrue(e.getMessage().contains("P.x"), e.getMessage());
    assertTrue(e.getMessage().contains("5 steps"), e.getMessage());
    assertTrue(e.getMessage().contains("10 steps"), e.getMessage());
    assertEquals(0.0, net.t());
    assertEquals(0, net.stepCount());
    assertEquals(0, p.n().get(0));

    Network net2 = Network.create();
    ProbeGroup p2 = probe(net2);
    var r2 =
        net2.runner().input(p2.x(), InputValue.perStepAndNeuron(new double[4][3]));
    IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> r2.run(0.5));
    assertTrue(e2.getMessage().contains("4 steps") && e2.getMessage().contains("5 steps"), e2.getMessage());
  }

  @Test
  void groupsOutsideTheNetworkAreRejected() {
    Network net = Network.create();
    probe(net);
    LeakyGroup stray = LeakyGroup.builder(2).name("stray").build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> net.runner().input(stray.input(), 1.0));
    assertTrue(e.getMessage().contains("'stray'"), e.getMessage());
    assertTrue(e.getMessage().contains("not in this network"), e.getMessage());
  }

  @Test
  void failingInputFunctionNamesTheEntryAndTheInput() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    var runner =
        net.runner()
            .input(p.x(), InputValue.ofTime(t -> {
              if (t > 0.25) {
                throw new ArithmeticException("boom");
              }
              return 1;
            }));
    SimulationException e = assertThrows(SimulationException.class, () -> runner.run(1.0));
    assertEquals("P.input", e.entry());
    assertEquals(3, e.stepInRun());
    assertTrue(e.getMessage().contains("P.x += function of t"), e.getMessage());
    assertTrue(e.getMessage().contains("boom"), e.getMessage());
    // three steps completed: the network's time says so
    assertEquals(3, net.stepCount());
    assertEquals(6.0, p.x().get(0));
  }

  @Test
  void describesInputs() {
    Network net = Network.create();
    ProbeGroup p = probe(net);
    var runner = net.runner().input(p.x(), 20.0).input(p.x(), InputOp.SET, InputValue.perStep(new double[7]));
    assertEquals("[P.x += 20.0, P.x = series of 7 steps]", runner.inputs().toString());
  }
}
