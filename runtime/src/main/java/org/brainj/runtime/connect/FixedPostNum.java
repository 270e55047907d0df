package org.brainj.runtime.connect;

import org.brainj.runtime.random.CounterRng;

/**
 * {@code brainpy.connect.FixedPostNum(num, include_self=True, seed=None)} (manual 5.2.3, 16.3.1):
 * each pre neuron connects to exactly {@code num} distinct post neurons chosen uniformly at random
 * (out-degree fixed; in-degrees vary, some post neurons may get none). {@code num} is a count
 * ({@code int}) or a fraction of {@code postNum} ({@code double}, giving {@code int(postNum *
 * num)}), as in BrainPy. Without {@code includeSelf}, pre neuron {@code i} never picks post {@code
 * i}. {@code seed} defaults to 0 and reproduces exactly.
 */
public final class FixedPostNum implements Connector {
  private static final int TAG = CounterRng.streamOf("brainj.connect.FixedPostNum");
  private static final String WHO = "FixedPostNum";

  private final int num;
  private final double fraction;
  private final boolean isFraction;
  private final boolean includeSelf;
  private final long seed;

  FixedPostNum(int num, double fraction, boolean isFraction, boolean includeSelf, long seed) {
    if (isFraction) {
      Shapes.probability(WHO, "num (a fraction)", fraction);
    } else if (num < 0) {
      throw new IllegalArgumentException(WHO + ": num must be >= 0, got " + num);
    }
    this.num = num;
    this.fraction = fraction;
    this.isFraction = isFraction;
    this.includeSelf = includeSelf;
    this.seed = seed;
  }

  /** Whether a pre neuron may pick the post neuron of the same index (default true). */
  public FixedPostNum includeSelf(boolean includeSelf) {
    return new FixedPostNum(num, fraction, isFraction, includeSelf, seed);
  }

  /** The random seed (default 0). */
  public FixedPostNum seed(long seed) {
    return new FixedPostNum(num, fraction, isFraction, includeSelf, seed);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    int preNum = Shapes.size(WHO, "preShape", preShape);
    int postNum = Shapes.size(WHO, "postShape", postShape);
    int k =
        FixedNumSampler.count(
            WHO, "post", num, fraction, isFraction, postNum, includeSelf, preNum > 0);
    CsrBuilder.checkCount(WHO, (double) k * preNum, preNum, postNum);
    return CsrBuilder.build(
        WHO,
        preNum,
        postNum,
        false,
        preNum > CsrBuilder.CHUNK,
        FixedNumSampler.rows(seed, TAG, postNum, k, includeSelf));
  }

  @Override
  public String toString() {
    return WHO
        + "(num="
        + (isFraction ? Double.toString(fraction) : Integer.toString(num))
        + ", includeSelf="
        + includeSelf
        + ", seed="
        + seed
        + ")";
  }
}
