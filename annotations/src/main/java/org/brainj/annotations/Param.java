package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A parameter of the model. The field's initializer (a constant expression) is its default; every
 * group may override it with a scalar, a per-neuron array or an initializer. Model code reads
 * parameters but never writes them.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Param {
  /** A one-line description shown in the generated builder's Javadoc. */
  String value() default "";
}
