package org.brainj.runtime.measure;

import org.brainj.runtime.monitor.SpikeRecord;

/** Measurements of recorded activity (BrainPy's {@code bp.measure}). */
public final class Measures {
  private Measures() {}

  /**
   * The synchrony index of Wang and Buzsáki (1996), BrainPy's
   * {@code measure.cross_correlation(spikes, bin)}: the run is cut into bins of
 * {@code floor(binMs / dt)} steps;
   * each neuron's train becomes a 0/1 vector (1 if it fired in the bin); for each pair
   * {@code kappa_ij = sum(x_i x_j) / sqrt(sum x_i * sum x_j)}; the result is the mean over all
   * pairs of distinct neurons, pairs with a silent neuron counting as 0. It is 1 for perfectly
   * synchronous firing and near {@code rate * bin} for independent trains.
   */
  public static double crossCorrelation(SpikeRecord spikes, double binMs) {
    int n = spikes.size();
    if (n < 2) {
      throw new IllegalArgumentException("crossCorrelation of '" + spikes.group()
          + "' needs at least 2 neurons, it has " + n);
    }
    // as BrainPy: a bin is floor(bin / dt) steps (0.5 ms at dt 0.04 is 12 steps)
    int stepsPerBin = (int) Math.floor(binMs / spikes.dt() + 1e-9);
    if (stepsPerBin < 1) {
      throw new IllegalArgumentException("crossCorrelation: the bin " + binMs
          + " ms is shorter than one step (dt = " + spikes.dt() + " ms)");
    }
    int bins = (spikes.nSteps() + stepsPerBin - 1) / stepsPerBin;
    boolean[][] fired = new boolean[n][bins];
    int[] steps = spikes.steps();
    int[] idx = spikes.indices();
    for (int k = 0; k < spikes.count(); k++) {
      fired[idx[k]][steps[k] / stepsPerBin] = true;
    }
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      for (boolean b : fired[i]) {
        counts[i] += b ? 1 : 0;
      }
    }
    double sum = 0;
    long pairs = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        pairs++;
        if (counts[i] == 0 || counts[j] == 0) {
          continue;
        }
        int both = 0;
        for (int b = 0; b < bins; b++) {
          if (fired[i][b] && fired[j][b]) {
            both++;
          }
        }
        sum += both / Math.sqrt((double) counts[i] * counts[j]);
      }
    }
    return sum / pairs;
  }
}
