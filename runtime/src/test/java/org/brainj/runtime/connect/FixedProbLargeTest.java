package org.brainj.runtime.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The 400,000 x 400,000 FixedProb build (p = 80 / 400,000, ~32 million synapses) of
 * docs/connectivity.md. Not part of the unit suite; run it by hand with
 *
 * <pre>
 * mvn -o -pl runtime test -Dtest='org.brainj.runtime.connect.FixedProbLargeTest' \
 *     -Dbrainj.connect.large=true
 * </pre>
 *
 * It prints the build time and the heap retained by the result; it asserts only the size.
 */
class FixedProbLargeTest {

  @Test
  @EnabledIfSystemProperty(named = "brainj.connect.large", matches = "true")
  void fourHundredThousandSquared() {
    int n = 400_000;
    double p = 80.0 / n;
    Runtime rt = Runtime.getRuntime();
    for (int rep = 0; rep < 3; rep++) {
      System.gc();
      long before = rt.totalMemory() - rt.freeMemory();
      long t0 = System.nanoTime();
      Connectivity c = Connect.fixedProb(p).seed(rep).build(n, n);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.gc();
      long after = rt.totalMemory() - rt.freeMemory();
      System.out.printf(
          "FixedProb %d x %d, p=%.6f: %d synapses in %.3f s; heap +%.1f MB (index arrays %.1f MB),"
              + " max heap %.0f MB, %d processors%n",
          n,
          n,
          p,
          c.synapseCount(),
          seconds,
          (after - before) / 1e6,
          (4.0 * c.synapseCount() + 4.0 * (n + 1)) / 1e6,
          rt.maxMemory() / 1e6,
          rt.availableProcessors());
      assertEquals(80.0 * n, c.synapseCount(), 5 * Math.sqrt(80.0 * n));
    }
  }
}
