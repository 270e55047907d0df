package org.brainj.models;

import static org.brainj.annotations.Dsl.integrate;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Input;
import org.brainj.annotations.Methods;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * The Wilson-Cowan (1972) rate model of an excitatory and an inhibitory population, with the
 * parameters, defaults and update of BrainPy 2.x's {@code brainpy.rates.WilsonCowanModel}. Each
 * "neuron" of a group is one E-I pair: {@code x} and {@code y} are the fractions of active
 * excitatory and inhibitory cells. There are no spikes.
 *
 * <pre>
 *   eTau dx/dt = -x + (1 - r x) F(wEE x - wIE y + input,  eA, eTheta)
 *   iTau dy/dt = -y + (1 - r y) F(wEI x - wII y + inputY, iA, iTheta)
 *   F(z, a, theta) = 1 / (1 + exp(-a (z - theta))) - 1 / (1 + exp(a theta))
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code eTau}</td><td>{@code E_tau}</td><td>1</td><td>ms</td><td>time constant of the excitatory population</td></tr>
 *   <tr><td>{@code eA}</td><td>{@code E_a}</td><td>1.2</td><td>1</td><td>gain (slope) of the excitatory response function</td></tr>
 *   <tr><td>{@code eTheta}</td><td>{@code E_theta}</td><td>2.8</td><td>1</td><td>threshold of the excitatory response function</td></tr>
 *   <tr><td>{@code iTau}</td><td>{@code I_tau}</td><td>1</td><td>ms</td><td>time constant of the inhibitory population</td></tr>
 *   <tr><td>{@code iA}</td><td>{@code I_a}</td><td>1</td><td>1</td><td>gain of the inhibitory response function</td></tr>
 *   <tr><td>{@code iTheta}</td><td>{@code I_theta}</td><td>4</td><td>1</td><td>threshold of the inhibitory response function</td></tr>
 *   <tr><td>{@code wEE}</td><td>{@code wEE}</td><td>12</td><td>1</td><td>coupling E to E</td></tr>
 *   <tr><td>{@code wIE}</td><td>{@code wIE}</td><td>4</td><td>1</td><td>coupling I to E (subtracted in E's input)</td></tr>
 *   <tr><td>{@code wEI}</td><td>{@code wEI}</td><td>13</td><td>1</td><td>coupling E to I</td></tr>
 *   <tr><td>{@code wII}</td><td>{@code wII}</td><td>11</td><td>1</td><td>coupling I to I (subtracted in I's input)</td></tr>
 *   <tr><td>{@code r}</td><td>{@code r}</td><td>1</td><td>1</td><td>refractoriness: the fraction of the population that can respond is {@code 1 - r x}</td></tr>
 * </table>
 *
 * <p>Variables: {@code x} and {@code y} (initial 0), and two input accumulators, {@code input}
 * into the excitatory population and {@code inputY} into the inhibitory one (BrainPy's
 * {@code input} and {@code input_y}). BrainPy draws the initial {@code x}, {@code y} uniformly
 * from [0, 0.05); give {@code .x(Init.uniform(0, 0.05))} for that. {@code F} is shifted so that
 * {@code F(0) = 0}: without input, {@code x = y = 0} is a fixed point.
 *
 * <p>Regimes: with the defaults (Wilson and Cowan's parameters for multiple steady states) the
 * E-I pair settles on a fixed point, and for a range of excitatory inputs on one of two stable
 * fixed points (hysteresis); with {@code wEE = 16, wIE = 12, wEI = 15, wII = 3, eA = 1.3,
 * eTheta = 4, iA = 2, iTheta = 3.7} and {@code input = 1.25} (their limit-cycle set) the fixed
 * point is unstable and the activities oscillate.
 *
 * <p>Left out: BrainPy's optional Ornstein-Uhlenbeck noise on the inputs ({@code x_ou_*},
 * {@code y_ou_*}, off by default); drive {@code input}/{@code inputY} with a noise input instead.
 *
 * <p>Integration: {@code x, y} jointly with exponential Euler ({@code exp_auto}, BrainPy's
 * {@code exp_euler_auto}).
 *
 * <p>Reference: H. R. Wilson, J. D. Cowan, Excitatory and inhibitory interactions in localized
 * populations of model neurons, Biophys. J. 12 (1972) 1-24; BrainPy 2.x
 * {@code brainpy.rates.WilsonCowanModel}.
 */
@NeuGroup
public class WilsonCowan {
  @Param("time constant of the excitatory population, ms (BrainPy E_tau)")
  double eTau = 1;

  @Param("gain of the excitatory response function (BrainPy E_a)")
  double eA = 1.2;

  @Param("threshold of the excitatory response function (BrainPy E_theta)")
  double eTheta = 2.8;

  @Param("time constant of the inhibitory population, ms (BrainPy I_tau)")
  double iTau = 1;

  @Param("gain of the inhibitory response function (BrainPy I_a)")
  double iA = 1;

  @Param("threshold of the inhibitory response function (BrainPy I_theta)")
  double iTheta = 4;

  @Param("coupling E to E")
  double wEE = 12;

  @Param("coupling I to E")
  double wIE = 4;

  @Param("coupling E to I")
  double wEI = 13;

  @Param("coupling I to I")
  double wII = 11;

  @Param("refractoriness")
  double r = 1;

  @Var("activity of the excitatory population")
  double x = 0;

  @Var("activity of the inhibitory population")
  double y = 0;

  @Input double input;

  @Input double inputY;

  @Derivative(method = Methods.EXP_AUTO)
  double dx() {
    double drive = wEE * x - wIE * y + input;
    return (-x + (1 - r * x) * response(drive, eA, eTheta)) / eTau;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dy() {
    double drive = wEI * x - wII * y + inputY;
    return (-y + (1 - r * y) * response(drive, iA, iTheta)) / iTau;
  }

  @Update
  void update() {
    integrate(x, y);
  }

  /** The sigmoid response function, shifted so that it is 0 at 0. */
  static double response(double z, double a, double theta) {
    return 1 / (1 + Math.exp(-a * (z - theta))) - 1 / (1 + Math.exp(a * theta));
  }
}
