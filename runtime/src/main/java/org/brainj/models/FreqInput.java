package org.brainj.models;

import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * Regular spike trains at a fixed frequency: an input group that synapses connect from (BrainPy
 * 0.2.3's {@code inputs.FreqInput(size, freq, start_time)}).
 *
 * <pre>
 *   due times: startTime + k * 1000 / freq,  k = 0, 1, 2, ...
 *   a neuron spikes in the first step whose start t reaches a due time
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code freq}</td><td>{@code freq}</td><td>10</td><td>Hz</td><td>firing frequency;
 *   0 never fires</td></tr>
 *   <tr><td>{@code startTime}</td><td>{@code start_time}</td><td>0</td><td>ms</td><td>time of
 *   the first spike</td></tr>
 * </table>
 *
 * <p>Variables: {@code nextSpike} (ms, the next due time; initial {@code startTime}),
 * {@code tLastSpike} (ms, initial -1e7) and the spike flag {@code spike}.
 *
 * <p>A step starting at {@code t} fires when {@code t >= nextSpike - 1e-6 dt}: the small margin
 * keeps rounding in {@code t} from moving a spike that falls on the time grid to the next step.
 * The next due time is computed from {@code startTime} and the spike count, not by adding up
 * periods, so it does not drift; due times that fall within one step give one spike (a neuron
 * fires at most once per step). Both parameters may differ per neuron.
 */
@NeuGroup
public class FreqInput {
  @Param("firing frequency, Hz")
  double freq = 10;

  @Param("time of the first spike, ms (BrainPy start_time)")
  double startTime = 0;

  @Var("time of the next spike, ms")
  double nextSpike = startTime;

  @Var("time of the last spike, ms")
  double tLastSpike = -1e7;

  @Spike boolean spike;

  @Update
  void update(double t, double dt) {
    spike = false;
    if (freq > 0 && t >= nextSpike - 1e-6 * dt) {
      spike = true;
      tLastSpike = t;
      double period = 1000 / freq;
      // the first due time after this step's start
      nextSpike = startTime + (Math.floor((t + 1e-6 * dt - startTime) / period) + 1) * period;
    }
  }
}
