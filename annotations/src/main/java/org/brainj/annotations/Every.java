package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs an {@link Update} step less often than every {@code dt} (manual 7.3): either with a constant
 * {@link #period()} in ms (the step runs at the first step of a run and then whenever another
 * {@code period} has elapsed), or when the model's boolean method named by {@link #when()}
 * returns {@code true}. The condition is evaluated once per time step for the whole group; it may
 * read {@code t}, {@code dt} and {@link Dsl#rand()}. Give exactly one of the two.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Every {
  /** The period in ms; must be positive. */
  double period() default 0;

  /** Name of a {@code boolean} method of the model class deciding whether the step runs now. */
  String when() default "";
}
