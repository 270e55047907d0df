package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The noise coefficient {@code g} of one state variable, which makes its equation the stochastic
 * differential equation {@code dX = f dt + g dW} (manual 2.2): a method returning {@code double}
 * whose body is {@code g}; the drift {@code f} is the variable's {@link Derivative}. The variable
 * is named by {@link #of()}, or by the method name {@code gX} (as {@code dX} names a
 * derivative's). Parameters as for a {@link Derivative}: none, state variable names, {@code t},
 * {@code dt}.
 *
 * <p>The SDE method, the kind of stochastic integral and of Wiener process are attributes of the
 * {@link Derivative}: {@link Derivative#method()}, {@link Derivative#sdeIntegral()} and
 * {@link Derivative#wienerType()}; {@link Methods#SDE_METHODS} lists the combinations that exist.
 * The Wiener increments are {@code sqrt(dt) * N(0, 1)} from the counter-based generator (group
 * seed, one stream per noise, the step, the neuron), so a seed reproduces a run bit for bit.
 * Integrate an SDE variable once per time step: a second {@code integrate} in the same step
 * would reuse the step's increment. Only {@link NeuGroup} models have SDE variables.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Diffusion {
  /** The state variable this is the noise coefficient of; default: the method name without its leading 'g'. */
  String of() default "";
}
