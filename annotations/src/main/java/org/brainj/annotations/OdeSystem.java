package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that describes a standalone system of ordinary differential equations (BrainPy's
 * {@code @bp.odeint} on a plain function, manual 2.1): {@link Param} fields, {@link Var} state
 * fields with their initial values, and one {@link Derivative} method per state variable. There
 * are no steps, spikes or inputs: every step integrates all derivatives, jointly per method.
 *
 * <p>The processor generates {@code <ClassName>System}: the state as a {@code double[]} (the
 * variables in declaration order), the parameters with typed setters, {@code step} (one step of
 * each derivative's method, expanded exactly as in a neuron group), {@code derivative} (the vector
 * field) and {@code jacobian} (exact, by symbolic differentiation). It implements the runtime's
 * {@code org.brainj.runtime.ode.VectorField} and {@code Stepper}, so analyses and the trajectory
 * helpers take any system.
 *
 * <pre>{@code
 * @OdeSystem
 * public class FHN {
 *   @Param double a = 0.7, b = 0.8, tau = 12.5, Iext = 1;
 *   @Var double V, w;
 *
 *   @Derivative double dV() { return V - V * V * V / 3 - w + Iext; }
 *   @Derivative double dw() { return (V + a - b * w) / tau; }
 * }
 *
 * FHNSystem fhn = FHNSystem.create().Iext(0.8);
 * Trajectory tr = fhn.trajectory(fhn.initialState(), 0, 100, 0.01);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface OdeSystem {
  /** Simple name of the generated class; default {@code <ClassName>System}. */
  String name() default "";
}
