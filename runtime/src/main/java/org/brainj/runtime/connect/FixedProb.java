package org.brainj.runtime.connect;

import org.brainj.runtime.random.CounterRng;

/**
 * {@code brainpy.connect.FixedProb(prob, include_self=True, seed=None)} (manual 5.2.1, 16.3.3):
 * each (pre, post) pair is connected independently with probability {@code prob}; without {@code
 * includeSelf}, pairs {@code (i, i)} are never connected. Out-degrees are thus {@code
 * Binomial(postNum, prob)} ({@code postNum - 1} for rows that have a self pair excluded).
 *
 * <p>No {@code preNum x postNum} intermediate is made (BrainPy's {@code method='matrix'} draws
 * one): each row is drawn by geometric skipping (the gap to the next synapse is {@code
 * floor(ln U / ln(1 - prob))}), once to count and once to fill the exact arrays, from a
 * counter-based stream per row (seed, row), in parallel for large groups. Memory is the result's
 * arrays; time is proportional to the number of synapses. {@code seed} defaults to 0: a seed always
 * reproduces the same synapses, whatever the thread count.
 */
public final class FixedProb implements Connector {
  private static final int TAG = CounterRng.streamOf("brainj.connect.FixedProb");

  private final double prob;
  private final boolean includeSelf;
  private final long seed;

  FixedProb(double prob, boolean includeSelf, long seed) {
    this.prob = Shapes.probability("FixedProb", "prob", prob);
    this.includeSelf = includeSelf;
    this.seed = seed;
  }

  /** Whether {@code (i, i)} pairs may be connected (default true). */
  public FixedProb includeSelf(boolean includeSelf) {
    return new FixedProb(prob, includeSelf, seed);
  }

  /** The random seed (default 0). */
  public FixedProb seed(long seed) {
    return new FixedProb(prob, includeSelf, seed);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    int preNum = Shapes.size("FixedProb", "preShape", preShape);
    int postNum = Shapes.size("FixedProb", "postShape", postShape);
    return build(preNum, postNum, preNum > CsrBuilder.CHUNK);
  }

  Connectivity build(int preNum, int postNum, boolean parallel) {
    double p = prob;
    boolean self = includeSelf;
    long s = seed;
    double logQ = Math.log1p(-p);
    CsrBuilder.checkCount("FixedProb", (double) preNum * postNum * p, preNum, postNum);
    return CsrBuilder.build(
        "FixedProb",
        preNum,
        postNum,
        false,
        parallel,
        () -> {
          RngStream rng = new RngStream(s, TAG);
          return (pre, sink) -> {
            boolean skipSelf = !self && pre < postNum;
            int n = skipSelf ? postNum - 1 : postNum;
            if (p == 0.0 || n == 0) {
              return;
            }
            if (p == 1.0) {
              for (int q = 0; q < n; q++) {
                sink.add(skipSelf && q >= pre ? q + 1 : q);
              }
              return;
            }
            rng.reset(pre);
            long pos = -1;
            while (true) {
              double gap = Math.floor(Math.log(rng.nextOpenClosed()) / logQ);
              if (gap >= n - pos - 1) {
                return;
              }
              pos += 1 + (long) gap;
              int q = (int) pos;
              sink.add(skipSelf && q >= pre ? q + 1 : q);
            }
          };
        });
  }

  @Override
  public String toString() {
    return "FixedProb(prob=" + prob + ", includeSelf=" + includeSelf + ", seed=" + seed + ")";
  }
}
