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
 * Leaky integrator: a membrane that relaxes to rest and integrates its input, with no threshold
 * and no spikes.
 *
 * <pre>
 *   tau dV/dt = -(V - vRest) + R * input
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code vRest}</td><td>{@code V_rest}</td><td>0</td><td>mV</td><td>resting potential</td></tr>
 *   <tr><td>{@code R}</td><td>{@code R}</td><td>1</td><td>MOhm</td><td>membrane resistance</td></tr>
 *   <tr><td>{@code tau}</td><td>{@code tau}</td><td>10</td><td>ms</td><td>membrane time constant</td></tr>
 * </table>
 *
 * <p>Variables: {@code V} (mV, initial 0 as BrainPy's {@code ZeroInit}) and the input
 * accumulator {@code input} (cleared after every time step).
 *
 * <p>Integration: {@code exp_auto} (exponential Euler, as BrainPy): the processor differentiates
 * the right-hand side to get its linear part {@code -1/tau}, so each step is exact for this linear
 * equation under constant input, at any {@code dt}.
 *
 * <p>Reference: BrainPy 2.x, {@code brainpy.neurons.LeakyIntegrator}.
 */
@NeuGroup
public class LeakyIntegrator {
  @Param("resting potential (BrainPy V_rest), mV")
  double vRest = 0;

  @Param("membrane resistance, MOhm")
  double R = 1;

  @Param("membrane time constant, ms")
  double tau = 10;

  @Var("membrane potential, mV")
  double V = 0;

  @Input double input;

  @Derivative(method = Methods.EXP_AUTO)
  double dV() {
    return (-(V - vRest) + R * input) / tau;
  }

  @Update
  void update() {
    integrate(V);
  }
}
