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

  /**
   * Error-controlled sub-stepping (BrainPy's {@code adaptive=True}, manual 11.2); only for the
   * methods with an embedded error estimate ({@link Methods#ADAPTIVE}). Each
   * {@code integrate(...)} then still advances the variables by the network's {@code dt}, in as
   * many sub-steps as the tolerance needs; the step size is kept per element in the
   * {@link #stepVar()} variable from one time step to the next.
   */
  boolean adaptive() default false;

  /**
   * With {@link #adaptive()}: the largest accepted estimate of the local error of one sub-step,
   * an absolute error in the variables' units (the largest over the jointly integrated
   * variables). BrainPy's default is 0.1.
   */
  double tol() default 0.1;

  /**
   * With {@link #adaptive()}: the name of a {@code double} {@link Var} that holds each element's
   * current step size (ms). Its initial value is the first step tried; 0 (or any value that is
   * not positive) means "start with the network's dt". After each step it holds the step size
   * the controller proposes next.
   */
  String stepVar() default "";

  /**
   * For an SDE (the variable has a {@link Diffusion}): the stochastic integral the equation
   * means, {@link Methods#ITO} (default, BrainPy's {@code ITO_SDE}) or {@link Methods#STRATONOVICH}
   * ({@code STRA_SDE}). Ignored without a {@link Diffusion}.
   */
  String sdeIntegral() default Methods.ITO;

  /**
   * For an SDE: {@link Methods#SCALAR_WIENER} (default), one Wiener process per neuron shared by
   * all the model's scalar-noise variables, or {@link Methods#VECTOR_WIENER}, an independent
   * Wiener process per variable (diagonal noise). Ignored without a {@link Diffusion}.
   */
  String wienerType() default Methods.SCALAR_WIENER;
}
