package org.brainj.models;

import static org.brainj.annotations.Dsl.integrate;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Input;
import org.brainj.annotations.Methods;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * Generalized integrate-and-fire neuron of Mihalas and Niebur (2009): a linear membrane with two
 * spike-induced internal currents and an adaptive threshold, with the parameters, defaults and
 * update of BrainPy 2.x's {@code brainpy.neurons.GIF}.
 *
 * <pre>
 *   dI1/dt  = -k1 I1
 *   dI2/dt  = -k2 I2
 *   tau dV/dt = -(V - vRest) + R (I1 + I2 + input)
 *   dvTh/dt = a (V - vRest) - b (vTh - vThInf)
 *   if V &gt;= vTh (the threshold from before the step): spike, and
 *     I1 = R1 I1 + A1,  I2 = R2 I2 + A2,  V = vReset,  vTh = max(vThReset, vTh)
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code vRest}</td><td>{@code V_rest}</td><td>-70</td><td>mV</td><td>resting potential</td></tr>
 *   <tr><td>{@code vReset}</td><td>{@code V_reset}</td><td>-70</td><td>mV</td><td>potential after a spike</td></tr>
 *   <tr><td>{@code vThInf}</td><td>{@code V_th_inf}</td><td>-50</td><td>mV</td><td>value the threshold relaxes to</td></tr>
 *   <tr><td>{@code vThReset}</td><td>{@code V_th_reset}</td><td>-60</td><td>mV</td><td>lowest threshold after a spike (above {@code vReset})</td></tr>
 *   <tr><td>{@code R}</td><td>{@code R}</td><td>20</td><td>MOhm</td><td>membrane resistance</td></tr>
 *   <tr><td>{@code tau}</td><td>{@code tau}</td><td>20</td><td>ms</td><td>membrane time constant</td></tr>
 *   <tr><td>{@code a}</td><td>{@code a}</td><td>0</td><td>1/ms</td><td>dependence of the threshold on V - vRest</td></tr>
 *   <tr><td>{@code b}</td><td>{@code b}</td><td>0.01</td><td>1/ms</td><td>rate at which the threshold relaxes to {@code vThInf}</td></tr>
 *   <tr><td>{@code k1}</td><td>{@code k1}</td><td>0.2</td><td>1/ms</td><td>decay rate of the internal current I1</td></tr>
 *   <tr><td>{@code k2}</td><td>{@code k2}</td><td>0.02</td><td>1/ms</td><td>decay rate of the internal current I2</td></tr>
 *   <tr><td>{@code R1}</td><td>{@code R1}</td><td>0</td><td>1</td><td>fraction of I1 kept at a spike</td></tr>
 *   <tr><td>{@code R2}</td><td>{@code R2}</td><td>1</td><td>1</td><td>fraction of I2 kept at a spike</td></tr>
 *   <tr><td>{@code A1}</td><td>{@code A1}</td><td>0</td><td>nA (input units)</td><td>amount added to I1 at a spike</td></tr>
 *   <tr><td>{@code A2}</td><td>{@code A2}</td><td>0</td><td>nA (input units)</td><td>amount added to I2 at a spike</td></tr>
 * </table>
 *
 * <p>Variables: {@code V} (mV, initial -70), the threshold {@code vTh} (BrainPy's variable
 * {@code V_th}, mV, initial -50), the internal currents {@code I1} and {@code I2} (initial 0), the
 * spike flag {@code spike} and the input accumulator {@code input}.
 *
 * <p>Behaviours (Mihalas and Niebur's Table 1; with {@code R = 20}, {@code tau = 20} as here,
 * their currents are in the input's units): with the defaults ({@code a = 0}, no spike-induced
 * currents) the model is a LIF neuron with a fixed threshold that fires tonically when
 * {@code R I > vThInf - vRest} = 20 mV; {@code a = 0.005} makes the threshold track the voltage,
 * giving spike-frequency adaptation ({@code I = 2}) or phasic spiking, a short train that stops
 * once the threshold has climbed above the steady voltage ({@code I = 1.5});
 * {@code a = 0.005, A1 = 10, A2 = -0.6} gives tonic bursting ({@code I = 2}).
 *
 * <p>Step, as BrainPy's {@code update}: the four variables are integrated jointly; the spike test
 * compares the new {@code V} with the threshold from before the step (BrainPy reads the
 * variable {@code V_th} before storing the integrated one), and the resets use the integrated
 * values.
 *
 * <p>Integration: {@code I1, I2, vTh, V} jointly with exponential Euler ({@code exp_auto}),
 * BrainPy's method. Each equation is linear in its own variable, so each variable's step is
 * exact given the others at the step's start.
 *
 * <p>Reference: S. Mihalas, E. Niebur, A generalized linear integrate-and-fire neural model
 * produces diverse spiking behaviors, Neural Comput. 21 (2009) 704-718; BrainPy 2.x
 * {@code brainpy.neurons.GIF}.
 */
@NeuGroup
public class GIF {
  @Param("resting potential, mV (BrainPy V_rest)")
  double vRest = -70;

  @Param("reset potential after a spike, mV (BrainPy V_reset)")
  double vReset = -70;

  @Param("value the threshold relaxes to, mV (BrainPy V_th_inf)")
  double vThInf = -50;

  @Param("lowest threshold after a spike, mV (BrainPy V_th_reset)")
  double vThReset = -60;

  @Param("membrane resistance, MOhm")
  double R = 20;

  @Param("membrane time constant, ms")
  double tau = 20;

  @Param("dependence of the threshold on V - vRest, 1/ms")
  double a = 0;

  @Param("rate at which the threshold relaxes to vThInf, 1/ms")
  double b = 0.01;

  @Param("decay rate of the internal current I1, 1/ms")
  double k1 = 0.2;

  @Param("decay rate of the internal current I2, 1/ms")
  double k2 = 0.02;

  @Param("fraction of I1 kept at a spike")
  double R1 = 0;

  @Param("fraction of I2 kept at a spike")
  double R2 = 1;

  @Param("amount added to I1 at a spike")
  double A1 = 0;

  @Param("amount added to I2 at a spike")
  double A2 = 0;

  @Var("internal current 1")
  double I1 = 0;

  @Var("internal current 2")
  double I2 = 0;

  @Var("spike threshold, mV (BrainPy V_th)")
  double vTh = -50;

  @Var("membrane potential, mV")
  double V = -70;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.EXP_AUTO)
  double dI1() {
    return -k1 * I1;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dI2() {
    return -k2 * I2;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dvTh() {
    return a * (V - vRest) - b * (vTh - vThInf);
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dV() {
    return (-(V - vRest) + R * (input + I1 + I2)) / tau;
  }

  @Update
  void update() {
    double thresholdBefore = vTh;
    integrate(I1, I2, vTh, V);
    spike = V >= thresholdBefore;
    if (spike) {
      V = vReset;
      I1 = R1 * I1 + A1;
      I2 = R2 * I2 + A2;
      vTh = Math.max(vThReset, vTh);
    }
  }
}
