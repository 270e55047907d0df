package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A state variable: one value per neuron, kept as a primitive array in the generated group. The
 * field's initializer is the initial value; it may read parameters ({@code V = vReset}). Groups
 * may override it with a scalar, a per-neuron array or an initializer.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Var {
  /** A one-line description shown in the generated builder's Javadoc. */
  String value() default "";
}
