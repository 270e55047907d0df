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
 * Hindmarsh-Rose model of spiking and bursting, as in the BrainPy 1.0 manual, chapter 4.3 (the
 * fast-slow analysis example): a fast subsystem {@code (x, y)} driven by a slow adaptation
 * variable {@code z}.
 *
 * <pre>
 *   dx/dt = y - a x^3 + b x^2 - z + Isyn + input
 *   dy/dt = c - d x^2 - y
 *   dz/dt = r (s (x - xR) - z)
 *   spike: x crosses vTh upwards within the step (x before &lt; vTh &lt;= x after)
 * </pre>
 *
 * <p>(The equations printed in the manual's text omit the {@code -y} in {@code dy/dt} and write
 * {@code dz/dt = r s (V - V_rest)}; the manual's code, used here, is the standard model.)
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code a}</td><td>{@code a}</td><td>1</td><td>1</td><td>cubic coefficient of the fast variable</td></tr>
 *   <tr><td>{@code b}</td><td>{@code b}</td><td>3</td><td>1</td><td>quadratic coefficient; switches between bursting and spiking</td></tr>
 *   <tr><td>{@code c}</td><td>{@code c}</td><td>1</td><td>1</td><td>constant drive of the recovery variable</td></tr>
 *   <tr><td>{@code d}</td><td>{@code d}</td><td>5</td><td>1</td><td>quadratic coupling of x into the recovery variable</td></tr>
 *   <tr><td>{@code s}</td><td>{@code s}</td><td>4</td><td>1</td><td>strength of the adaptation</td></tr>
 *   <tr><td>{@code xR}</td><td>{@code x_r}</td><td>-1.6</td><td>1</td><td>resting value of x for the adaptation</td></tr>
 *   <tr><td>{@code r}</td><td>{@code r}</td><td>0.001</td><td>1</td><td>speed of the slow variable z</td></tr>
 *   <tr><td>{@code Isyn}</td><td>{@code Isyn}</td><td>0.5</td><td>1</td><td>constant external current</td></tr>
 *   <tr><td>{@code vTh}</td><td>{@code V_th}</td><td>1</td><td>1</td><td>spike detection threshold on x</td></tr>
 * </table>
 *
 * <p>Variables: {@code x} (membrane potential, initial 1), {@code y} (recovery, initial 0),
 * {@code z} (slow adaptation, initial 0) -- the start of the manual's trajectory -- the spike
 * flag {@code spike} and the input accumulator {@code input}, added to {@code Isyn}.
 *
 * <p>The manual fixes the current at {@code Isyn = 0.5} for its analysis ({@code pars_update});
 * BrainPy 2.x's {@code HindmarshRose} has only the {@code input} accumulator (and
 * {@code r = 0.01}). The fast subsystem's equilibria for a frozen {@code z} are the roots of
 * {@code a x^3 + (d - b) x^2 + z - c - Isyn = 0} with {@code y = c - d x^2}.
 *
 * <p>Spikes are upward crossings of {@code vTh}, as in BrainPy 2.x, with its threshold
 * {@code V_th = 1.0}. The manual defines {@code Vth = 1.9} next to the model but never uses it;
 * as a threshold it would miss spikes: in the spiking and bursting regimes ({@code Isyn} 2 to 3)
 * the spike peaks settle at x = 1.78 to 1.81. With the default {@code Isyn = 0.5} the model is
 * quiescent (x settles near -1.505).
 *
 * <p>Integration: {@code x, y, z} jointly with {@code rk4}, the manual's method (with
 * {@code dt = 0.02}).
 *
 * <p>Differences from BrainPy 2.x's {@code brainpy.neurons.HindmarshRose} (same equations;
 * BrainPy calls {@code xR} {@code V_rest}): BrainPy's {@code r} is 0.01, here the manual's
 * 0.001; BrainPy starts at {@code V = 0, y = -10, z = 0}, here at (1, 0, 0); BrainPy has no
 * {@code Isyn} (only {@code input}; set {@code Isyn} to 0 for its behaviour); BrainPy integrates
 * with {@code exp_auto}, here with the manual's {@code rk4}. For BrainPy 2.x's defaults use
 * {@code .r(0.01).Isyn(0).x(0).y(-10)}.
 *
 * <p>Reference: J. L. Hindmarsh, R. M. Rose, A model of neuronal bursting using three coupled
 * first order differential equations, Proc. R. Soc. Lond. B 221 (1984) 87-102.
 */
@NeuGroup
public class HindmarshRose {
  @Param("cubic coefficient of the fast variable")
  double a = 1;

  @Param("quadratic coefficient of the fast variable")
  double b = 3;

  @Param("constant drive of the recovery variable")
  double c = 1;

  @Param("quadratic coupling of x into the recovery variable")
  double d = 5;

  @Param("strength of the adaptation")
  double s = 4;

  @Param("resting value of x for the adaptation (BrainPy x_r)")
  double xR = -1.6;

  @Param("speed of the slow variable")
  double r = 0.001;

  @Param("constant external current")
  double Isyn = 0.5;

  @Param("spike detection threshold on x (BrainPy V_th)")
  double vTh = 1;

  @Var("membrane potential")
  double x = 1;

  @Var("recovery variable")
  double y = 0;

  @Var("slow adaptation variable")
  double z = 0;

  @Spike boolean spike;

  @Input double input;

  @Derivative(method = Methods.RK4)
  double dx() {
    return y - a * x * x * x + b * x * x - z + Isyn + input;
  }

  @Derivative(method = Methods.RK4)
  double dy() {
    return c - d * x * x - y;
  }

  @Derivative(method = Methods.RK4)
  double dz() {
    return r * (s * (x - xR) - z);
  }

  @Update
  void update() {
    double xBefore = x;
    integrate(x, y, z);
    spike = xBefore < vTh && x >= vTh;
  }
}
