package org.brainj.vector;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.brainj.runtime.backend.GroupKernel;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Precision;

/**
 * Gets a model's vector kernels compiled by the JIT before a run uses them. Until C2 compiles
 * it, Vector API code runs through generic fallbacks that allocate an object per operation and are
 * far slower than the scalar loop; a network run from cold would spend its first hundreds of steps
 * there. So each kernel class is first exercised on a small scratch group of the same model
 * (never on the user's group: results cannot depend on it), until its call time stops falling.
 * The generated kernels are branch-free, so what the JIT learns on scratch data holds for any
 * data.
 */
final class WarmUp {
  private static final Set<Class<?>> WARM = Collections.synchronizedSet(new HashSet<>());
  private static final int BATCH = 50;
  private static final int MAX_CALLS = 6000;
  private static final long MAX_NANOS = 3_000_000_000L;

  private WarmUp() {}

  /** Warms the kernels of {@code group}'s class once per JVM; returns the seconds it took. */
  static double ensure(NeuronGroup group, GroupKernel kernel) {
    if (kernel == null || !WARM.add(kernel.getClass())) {
      return 0;
    }
    long start = System.nanoTime();
    NeuronGroup scratch = scratchLike(group, 32 * kernel.lanes() + 1);
    if (scratch == null) {
      return 0;
    }
    GroupKernel k = Kernels.of(scratch);
    double dt = 0.1;
    for (int stepId = 0; stepId < scratch.stepNames().size(); stepId++) {
      if (!k.vectorized(stepId).isEmpty()) {
        continue;
      }
      long best = Long.MAX_VALUE;
      int sinceBest = 0;
      int calls = 0;
      while (calls < MAX_CALLS && System.nanoTime() - start < MAX_NANOS) {
        long t0 = System.nanoTime();
        for (int c = 0; c < BATCH; c++, calls++) {
          k.compute(stepId, calls * dt, dt, calls, 0, scratch.size());
        }
        long took = System.nanoTime() - t0;
        if (took < best * 0.8) {
          best = took;
          sinceBest = 0;
        } else if (++sinceBest >= 8 && calls >= 1500) {
          break; // compiled: no batch was 20 % faster than the best for a while
        }
      }
    }
    return (System.nanoTime() - start) * 1e-9;
  }

  /** A small group of the same generated class, through its static {@code builder(int)}. */
  private static NeuronGroup scratchLike(NeuronGroup group, int size) {
    try {
      Method builder = group.getClass().getMethod("builder", int.class);
      Object b = builder.invoke(null, size);
      b.getClass().getMethod("precision", Precision.class).invoke(b, group.precision());
      Method build = b.getClass().getMethod("build");
      return (NeuronGroup) build.invoke(b);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // not a generated group: it runs cold
    }
  }
}
