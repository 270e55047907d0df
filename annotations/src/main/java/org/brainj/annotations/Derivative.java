package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The time derivative of one state variable: a method returning {@code double} whose body is the
 * right-hand side {@code dX/dt}. The variable is named by {@link #of()}, or by the method name
 * {@code dX}. The method may take no parameters, or parameters named like state variables (they
 * mean the same as the fields), {@code t} and {@code dt}.
 *
 * <p>Steps advance variables with {@link Dsl#integrate(double...)} (jointly) or
 * {@link Dsl#integrateEach(double...)} (each on its own); a model without {@link Update} methods
 * integrates all its derivatives jointly every step.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Derivative {
  /** The state variable this is the derivative of; default: the method name without its leading 'd'. */
  String of() default "";

  /** The integration method, a keyword of {@link Methods} (BrainPy's names). */
  String method() default Methods.EULER;
}
