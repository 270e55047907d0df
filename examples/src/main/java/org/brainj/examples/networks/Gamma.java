package org.brainj.examples.networks;

import org.brainj.models.HHGammaGroup;
import org.brainj.models.synapses.GABAASynapses;
import org.brainj.runtime.connect.Connect;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.random.CounterRng;

/**
 * The gamma-oscillation network of manual chapter 9: {@code n} Wang-Buzsaki HH neurons
 * ({@link org.brainj.models.HHGamma}) coupled all-to-all without self-connections by GABA_A
 * synapses with {@code g_max = 0.1 / n}, driven by a constant input of 1.2, at dt = 0.04 ms.
 *
 * <p>The manual's {@code reset()} draws {@code V} uniform in [-70, -50) and puts {@code h} and
 * {@code n} at their steady state for that {@code V}; here the draws come from
 * {@code CounterRng.uniform(2021, 0, 0, i)} and are the groups' initial values, so
 * {@code net.reset()} restores exactly them.
 *
 * @param network the network: the group "HH", then the synapses "GABAa"
 * @param group the neurons
 * @param synapses the GABA_A synapses
 */
public record Gamma(Network network, HHGammaGroup group, GABAASynapses synapses) {
  /** Time step, ms. */
  public static final double DT = 0.04;
  /** The constant drive, uA/cm^2. */
  public static final double INPUT = 1.2;

  /** Builds the network of {@code n} neurons. */
  public static Gamma build(int n) {
    double[] v = new double[n];
    double[] h = new double[n];
    double[] k = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = -70 + 20 * CounterRng.uniform(2021, 0, 0, i);
      double ha = 0.07 * Math.exp(-(v[i] + 58) / 20);
      double hb = 1 / (Math.exp(-0.1 * (v[i] + 28)) + 1);
      h[i] = ha / (ha + hb);
      double na = -0.01 * (v[i] + 34) / (Math.exp(-0.1 * (v[i] + 34)) - 1);
      double nb = 0.125 * Math.exp(-(v[i] + 44) / 80);
      k[i] = na / (na + nb);
    }
    Network net = Network.create();
    HHGammaGroup group = net.add(HHGammaGroup.builder(n).name("HH").V(v).h(h).n(k).build());
    GABAASynapses syn = net.connect(group, group,
        GABAASynapses.builder().name("GABAa").gMax(0.1 / n), Connect.all2All().includeSelf(false));
    return new Gamma(net, group, syn);
  }

  /** A runner with dt 0.04 ms and the constant input 1.2 (no monitors). */
  public Runner runner() {
    return network.runner().dt(DT).input(group.input(), INPUT);
  }
}
