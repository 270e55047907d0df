package org.brainj.runtime.net;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.brainj.runtime.input.InputOp;
import org.brainj.runtime.input.InputValue;
import org.brainj.runtime.monitor.Indices;
import org.brainj.runtime.testmodels.LifGroup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The step loop must not allocate: a run 10 times longer, with the same preallocated storage,
 * allocates (almost) the same number of bytes. Counts bytes, not time.
 */
class AllocationTest {

  @Test
  void theStepLoopDoesNotAllocate() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
    Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported());
    mx.setThreadAllocatedMemoryEnabled(true);

    Network net = Network.create();
    LifGroup e = net.add(LifGroup.builder(100).name("E").sigma(0.5).build());
    LifGroup i = net.add(LifGroup.builder(30).name("I").build());
    double[] perNeuron = new double[100];
    Runner runner =
        net.runner()
            .input(e.input(), 1.0)
            .input(e.input(), InputValue.perNeuron(perNeuron))
            .input(e.input(), InputValue.ofTime(t -> 0.5))
            .input(i.input(), InputValue.ofTimeAndNeuron((t, k) -> 0.1 * k))
            .input(i.V(), InputOp.MUL, 1.0)
            // one row per run whatever its length (period longer than both runs)
            .monitor(e.V(), 10000.0)
            .monitor(i.V(), Indices.of(1, 2), 10000.0)
            .monitor(e.spike(), 10000.0)
            .monitorSpikes(i); // I stays below threshold: no spikes to store
    long id = Thread.currentThread().getId();
    long shortRun = 0;
    long longRun = 0;
    long excess = Long.MAX_VALUE;
    // repeat so that class loading and JIT settle; the best repetition counts, since code that
    // has not been JIT-compiled yet (a busy machine delays C2) allocates where compiled code does
    // not, while an allocation in the step loop itself shows in every repetition
    for (int rep = 0; rep < 8; rep++) {
      runner.reset();
      long a = mx.getThreadAllocatedBytes(id);
      runner.run(100.0);
      long b = mx.getThreadAllocatedBytes(id);
      runner.run(1000.0);
      long c = mx.getThreadAllocatedBytes(id);
      if ((c - b) - (b - a) < excess) {
        shortRun = b - a;
        longRun = c - b;
        excess = longRun - shortRun;
      }
    }
    assertTrue(
        excess < 16 * 1024,
        "1000 steps allocated " + shortRun + " bytes, 10000 steps " + longRun + " bytes");
  }
}
