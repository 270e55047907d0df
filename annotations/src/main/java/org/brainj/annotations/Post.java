package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * In a {@link SynGroup}: the field stands for a variable of the postsynaptic neuron. Model code
 * reads it, and adds to it with {@code +=} or {@code -=} (many synapses share one postsynaptic
 * neuron, so contributions accumulate). The value names the variable; default: the field's name.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Post {
  String value() default "";
}
