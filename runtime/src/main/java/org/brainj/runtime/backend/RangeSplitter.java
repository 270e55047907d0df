package org.brainj.runtime.backend;

/**
 * Runs a task over disjoint ranges that together cover {@code [0, n)}, possibly on several
 * threads, and returns when all are done. A backend's worker pool implements it; synapse groups
 * use it to deliver spikes by ranges of postsynaptic neurons.
 */
public interface RangeSplitter {
  void split(int n, RangeTask task);

  /** Work on elements {@code [from, to)}. */
  @FunctionalInterface
  interface RangeTask {
    void run(int from, int to);
  }
}
