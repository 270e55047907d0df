package org.brainj.models;

import static org.brainj.annotations.Dsl.rand;

import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * Independent Poisson spike trains: an input group that synapses connect from (BrainPy's
 * {@code inputs.PoissonInput(size, freqs)}, 2.x {@code PoissonGroup}).
 *
 * <pre>
 *   each step, each neuron: spike = rand() &lt; freq * dt / 1000
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code freq}</td><td>{@code freqs}</td><td>10</td><td>Hz</td><td>firing rate (one
 *   value for all, or per neuron)</td></tr>
 * </table>
 *
 * <p>Variables: the spike flag {@code spike} and {@code tLastSpike} (ms, initial -1e7).
 *
 * <p>A neuron spikes in a step with probability {@code p = freq dt / 1000} (at most once per
 * step, so {@code freq} should stay well below {@code 1000 / dt}); the number of spikes in
 * {@code n} steps is binomial with mean {@code n p} and variance {@code n p (1 - p)}, Poisson in
 * the limit {@code dt -> 0}. {@code rand()} is the counter-based generator: the group's seed and
 * name fix the trains exactly, and {@code freq = 0} never fires ({@code rand() < 0} is false; BrainPy
 * compares with {@code <=}).
 */
@NeuGroup
public class Poisson {
  @Param("firing rate, Hz (BrainPy freqs)")
  double freq = 10;

  @Var("time of the last spike, ms")
  double tLastSpike = -1e7;

  @Spike boolean spike;

  @Update
  void update(double t, double dt) {
    spike = rand() < freq * dt / 1000;
    if (spike) {
      tLastSpike = t;
    }
  }
}
