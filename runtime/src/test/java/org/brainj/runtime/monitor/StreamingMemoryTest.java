package org.brainj.runtime.monitor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.testmodels.LifGroup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming keeps memory constant: a run 10 times longer, recording every neuron every step,
 * allocates (almost) the same number of bytes (in memory it allocates 8 MB more). Counts bytes,
 * not time.
 */
class StreamingMemoryTest {
  @TempDir Path dir;

  @Test
  void aStreamedRunAllocatesTheSameWhateverItsLength() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
    Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported());
    mx.setThreadAllocatedMemoryEnabled(true);

    Network net = Network.create();
    LifGroup e = net.add(LifGroup.builder(100).name("E").sigma(2.0).build());
    Runner runner = net.runner()
        .input(e.input(), 14.0)
        .monitor(e.V())
        .monitor(e.spike(), Indices.of(1, 2))
        .monitorSpikes(e)
        .streamTo(dir);
    long id = Thread.currentThread().getId();
    long shortRun = 0;
    long longRun = 0;
    for (int rep = 0; rep < 5; rep++) { // repeat so that class loading and JIT settle
      runner.reset();
      long a = mx.getThreadAllocatedBytes(id);
      runner.run(100.0);
      long b = mx.getThreadAllocatedBytes(id);
      runner.run(1000.0);
      long c = mx.getThreadAllocatedBytes(id);
      shortRun = b - a;
      longRun = c - b;
    }
    assertTrue(longRun - shortRun < 64 * 1024,
        "1000 steps allocated " + shortRun + " bytes, 10000 steps " + longRun + " bytes");
  }
}
