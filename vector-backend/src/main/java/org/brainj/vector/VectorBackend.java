package org.brainj.vector;

import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.backend.Executor;
import org.brainj.runtime.group.NeuronGroup;

/**
 * The Vector API backend: {@code runner.backend(VectorBackend.threads(2))}, or by name
 * {@code Backend.named("vector", Map.of("threads", "2"))}. Needs the JVM option
 * {@code --add-modules jdk.incubator.vector}; the species width is chosen per JVM with
 * {@code -Dbrainj.vector.bits} (see {@link org.brainj.runtime.backend.VectorWidth}).
 */
public final class VectorBackend implements Backend {
  private final int threads;
  private boolean profile;
  private int parallelThreshold = WorkerPool.DEFAULT_MIN_PARALLEL;
  private VectorExecutor last;

  private VectorBackend(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("the vector backend needs at least 1 thread, got "
          + threads);
    }
    this.threads = threads;
  }

  /** The backend on the calling thread only. */
  public static VectorBackend singleThread() {
    return new VectorBackend(1);
  }

  /** The backend with {@code threads} threads (the calling one included). */
  public static VectorBackend threads(int threads) {
    return new VectorBackend(threads);
  }

  /**
   * Gets the vector kernels of these groups' models compiled by the JIT now, instead of during
   * the first run (which does it by itself otherwise); returns the seconds it took. Benchmarks
   * call it to keep warm-up, like a compiler's build step, out of the simulation-loop time.
   */
  public static double warmUp(NeuronGroup... groups) {
    double s = 0;
    for (NeuronGroup g : groups) {
      s += WarmUp.ensure(g, Kernels.of(g));
    }
    return s;
  }

  /**
   * Groups (and synapse targets) smaller than {@code elements} run on one thread even with a pool
   * (default 16 384): handing a step to another core costs about what a few thousand neuron
   * updates do. 0 splits everything (tests use it to check that splits change nothing).
   */
  public VectorBackend parallelThreshold(int elements) {
    if (elements < 0) {
      throw new IllegalArgumentException("parallelThreshold must be >= 0, got " + elements);
    }
    this.parallelThreshold = elements;
    return this;
  }

  /**
   * Measures the time of every schedule entry ({@code "P.update"}, {@code "Ce.update"}, ...);
   * read it with {@link #profile()} after a run. Costs two clock reads per entry and step.
   */
  public VectorBackend profiled() {
    this.profile = true;
    return this;
  }

  /** Seconds per schedule entry of the last executor this backend made (empty unless profiled). */
  public java.util.Map<String, Double> profile() {
    return last == null ? java.util.Map.of() : last.profile();
  }

  public int threadCount() {
    return threads;
  }

  @Override
  public String name() {
    return "vector";
  }

  @Override
  public Executor newExecutor() {
    if (!Kernels.vectorApiPresent()) {
      throw new IllegalStateException("the vector backend needs the JDK's Vector API: run the JVM"
          + " with --add-modules jdk.incubator.vector");
    }
    last = new VectorExecutor(threads, parallelThreshold, profile);
    return last;
  }

  @Override
  public String toString() {
    return "vector (" + threads + (threads == 1 ? " thread)" : " threads)");
  }
}
