package org.brainj.vector;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.brainj.runtime.backend.RangeSplitter;
import org.brainj.runtime.backend.RangeStep;

/**
 * A fixed pool of worker threads that run one step function over disjoint neuron ranges, with a
 * cheap barrier per call: the caller publishes the job by bumping a volatile epoch, runs the
 * first range itself, and spins until the workers have counted down. Workers spin briefly for
 * the next job (steps follow each other within microseconds), then poll with short parks, so an
 * idle pool costs almost nothing.
 *
 * <p>Ranges are multiples of the kernel's lane count, so the split changes only which thread
 * computes a neuron, never how: results do not depend on the number of threads.
 */
final class WorkerPool implements AutoCloseable, RangeSplitter {
  private static final int SPINS = 20_000;
  /**
   * Below this many elements a split costs more than it saves: handing a step to another core
   * and waiting for it takes about a microsecond, what 4 000 neuron updates take on one.
   */
  static final int DEFAULT_MIN_PARALLEL = 16_384;

  private final int minParallel;
  private static final long MIN_PARK_NANOS = 20_000;
  private static final long MAX_PARK_NANOS = 1_000_000;

  private final int threads;
  private final Thread[] workers;
  private final AtomicInteger remaining = new AtomicInteger();
  private volatile int epoch;
  private volatile boolean closed;
  private volatile Throwable failure;

  // the job, published by the volatile write of epoch
  private RangeStep job;
  private int stepId;
  private double t;
  private double dt;
  private long step;
  private int from;
  private int to;
  private int chunk;

  WorkerPool(int threads, int minParallel) {
    this.minParallel = minParallel;
    if (threads < 2) {
      throw new IllegalArgumentException("a worker pool needs at least 2 threads, got " + threads);
    }
    this.threads = threads;
    this.workers = new Thread[threads - 1];
    for (int w = 1; w < threads; w++) {
      final int id = w;
      Thread th = new Thread(() -> work(id), "brainj-vector-" + w);
      th.setDaemon(true);
      workers[w - 1] = th;
      th.start();
    }
  }

  int threads() {
    return threads;
  }

  /** {@code single} split over the pool, in ranges that are multiples of {@code lanes}. */
  RangeStep split(RangeStep single, int lanes) {
    return (stepId, t, dt, step, from, to) -> run(single, lanes, stepId, t, dt, step, from, to);
  }

  @Override
  public void split(int n, RangeTask task) {
    run((stepId, t, dt, step, from, to) -> task.run(from, to), 1, 0, 0, 0, 0, 0, n);
  }

  private void run(RangeStep single, int lanes, int stepId, double t, double dt, long step,
      int from, int to) {
    int n = to - from;
    int perThread = (n + threads - 1) / threads;
    int chunk = (perThread + lanes - 1) / lanes * lanes;
    if (n < minParallel || chunk == 0 || chunk >= n) {
      single.compute(stepId, t, dt, step, from, to);
      return;
    }
    this.job = single;
    this.stepId = stepId;
    this.t = t;
    this.dt = dt;
    this.step = step;
    this.from = from;
    this.to = to;
    this.chunk = chunk;
    remaining.set(threads - 1);
    epoch++; // publishes the job
    single.compute(stepId, t, dt, step, from, Math.min(to, from + chunk));
    while (remaining.get() != 0) {
      Thread.onSpinWait();
    }
    Throwable f = failure;
    if (f != null) {
      failure = null;
      if (f instanceof RuntimeException re) {
        throw re;
      }
      if (f instanceof Error e) {
        throw e;
      }
      throw new IllegalStateException(f);
    }
  }

  private void work(int id) {
    int seen = 0;
    while (true) {
      int spins = 0;
      long park = MIN_PARK_NANOS;
      while (epoch == seen) {
        if (closed) {
          return;
        }
        if (spins++ < SPINS) {
          Thread.onSpinWait();
        } else {
          // idle between runs: back off to at most one wake-up per millisecond
          LockSupport.parkNanos(park);
          park = Math.min(MAX_PARK_NANOS, 2 * park);
        }
      }
      seen = epoch;
      try {
        int a = from + id * chunk;
        int b = Math.min(to, a + chunk);
        if (a < b) {
          job.compute(stepId, t, dt, step, a, b);
        }
      } catch (Throwable e) {
        failure = e;
      } finally {
        remaining.decrementAndGet();
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    for (Thread w : workers) {
      LockSupport.unpark(w);
    }
  }
}
