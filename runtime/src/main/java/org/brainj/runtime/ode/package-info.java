/**
 * Ordinary differential equations outside networks (BrainPy's {@code bp.odeint} on plain
 * functions, manual chapter 2): the {@link org.brainj.runtime.ode.VectorField} and
 * {@link org.brainj.runtime.ode.Stepper} interfaces that the classes generated from
 * {@code @OdeSystem} models implement, {@link org.brainj.runtime.ode.Odeint} for lambdas,
 * {@link org.brainj.runtime.ode.Trajectory} to record solutions, and the
 * {@link org.brainj.runtime.ode.Tableaux} of the explicit Runge-Kutta methods.
 *
 * <p>This package depends only on the JDK, so the processor's tests can compile it together with
 * the generated system classes.
 */
package org.brainj.runtime.ode;
