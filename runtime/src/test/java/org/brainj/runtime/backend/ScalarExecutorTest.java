package org.brainj.runtime.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.testmodels.ProbeGroup;
import org.junit.jupiter.api.Test;

class ScalarExecutorTest {

  @Test
  void runsEntriesInOrderWithTheClockSet() {
    ProbeGroup p = ProbeGroup.builder(2).name("P").build();
    List<String> log = new ArrayList<>();
    List<ScheduleEntry> entries =
        List.of(
            ScheduleEntry.action("P.input", ScheduleEntry.Kind.INPUT, p, (i, t) -> log.add("in " + i + " " + t)),
            ScheduleEntry.step("P.update", p, 0),
            ScheduleEntry.action(
                "P.monitor", ScheduleEntry.Kind.MONITOR, p,
                (i, t) -> log.add("mon " + i + " n=" + (int) p.n().get(0) + " step=" + (long) p.lastStep().get(0))));
    // origin 5.0, step 0 of the run is 2 steps after it, global counter starts at 40
    RunPlan plan = new RunPlan(entries, 3, 0.5, 5.0, 2, 40);
    assertEquals(6.0, plan.time(0));
    assertEquals(41, plan.globalStep(1));
    Executor ex = Backend.SCALAR.newExecutor();
    ex.execute(plan, 0, 2);
    ex.execute(plan, 2, 3);
    assertEquals(
        List.of(
            "in 0 6.0", "mon 0 n=1 step=40",
            "in 1 6.5", "mon 1 n=2 step=41",
            "in 2 7.0", "mon 2 n=3 step=42"),
        log);
    assertEquals(7.0, plan.clock().t());
    assertEquals(42, plan.clock().step());
    assertThrows(IllegalArgumentException.class, () -> ex.execute(plan, 2, 4));
    assertArrayEquals(new Object[] {"P.input", "P.update", "P.monitor"},
        plan.entries().stream().map(ScheduleEntry::label).toArray());
  }

  @Test
  void failuresAreWrappedWithTheirPlace() {
    ProbeGroup p = ProbeGroup.builder(1).name("P").build();
    RunPlan plan =
        new RunPlan(
            List.of(
                ScheduleEntry.step("P.update", p, 0),
                ScheduleEntry.action("P.monitor", ScheduleEntry.Kind.MONITOR, p, (i, t) -> {
                  if (i == 2) {
                    throw new IllegalStateException("disk full");
                  }
                })),
            5, 0.1, 0, 0, 0);
    SimulationException e =
        assertThrows(SimulationException.class, () -> new ScalarExecutor().execute(plan, 0, 5));
    assertEquals("P.monitor", e.entry());
    assertEquals(2, e.stepInRun());
    assertEquals(0.2, e.time(), 1e-12);
    assertEquals("disk full", e.getCause().getMessage());
    assertThrows(IllegalArgumentException.class, () -> ScheduleEntry.step("P.nope", p, 7));
  }
}
