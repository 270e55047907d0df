package org.brainj.runtime.connect;

import org.brainj.runtime.random.CounterRng;

/**
 * {@code brainpy.connect.FixedPreNum(num, include_self=True, seed=None)} (manual 5.2.2, 16.3.2):
 * each post neuron receives synapses from exactly {@code num} distinct pre neurons chosen uniformly
 * at random (in-degree fixed; out-degrees vary, some pre neurons may connect to nothing). {@code
 * num} is a count ({@code int}) or a fraction of {@code preNum} ({@code double}, giving {@code
 * int(preNum * num)}), as in BrainPy. Without {@code includeSelf}, post neuron {@code j} never picks
 * pre {@code j}. {@code seed} defaults to 0 and reproduces exactly. The choices are drawn per post
 * neuron and then stored in the usual pre-major order.
 */
public final class FixedPreNum implements Connector {
  private static final int TAG = CounterRng.streamOf("brainj.connect.FixedPreNum");
  private static final String WHO = "FixedPreNum";

  private final int num;
  private final double fraction;
  private final boolean isFraction;
  private final boolean includeSelf;
  private final long seed;

  FixedPreNum(int num, double fraction, boolean isFraction, boolean includeSelf, long seed) {
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

  /** Whether a post neuron may pick the pre neuron of the same index (default true). */
  public FixedPreNum includeSelf(boolean includeSelf) {
    return new FixedPreNum(num, fraction, isFraction, includeSelf, seed);
  }

  /** The random seed (default 0). */
  public FixedPreNum seed(long seed) {
    return new FixedPreNum(num, fraction, isFraction, includeSelf, seed);
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    int preNum = Shapes.size(WHO, "preShape", preShape);
    int postNum = Shapes.size(WHO, "postShape", postShape);
    int k =
        FixedNumSampler.count(
            WHO, "pre", num, fraction, isFraction, preNum, includeSelf, postNum > 0);
    CsrBuilder.checkCount(WHO, (double) k * postNum, preNum, postNum);
    return CsrBuilder.build(
            WHO,
            postNum,
            preNum,
            false,
            postNum > CsrBuilder.CHUNK,
            FixedNumSampler.rows(seed, TAG, preNum, k, includeSelf))
        .transpose();
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
