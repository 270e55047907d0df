package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that describes <em>one</em> neuron. The BrainJ processor reads the class (method
 * bodies included) and generates {@code <ClassName>Group}: a whole population with
 * structure-of-arrays state, a typed builder and compiled step functions.
 *
 * <pre>{@code
 * @NeuGroup
 * public class LIF {
 *   @Param double vRest = -65, vTh = -50, vReset = -65, tau = 10, tauRef = 2;
 *   @Var double V = -65, tLast = -1e7;
 *   @Spike boolean spike;
 *   @Input double input;
 *
 *   @Derivative(method = Methods.EULER)
 *   double dV() { return (-(V - vRest) + input) / tau; }
 *
 *   @Update void update(double t) {
 *     spike = false;
 *     if (t - tLast > tauRef) {
 *       integrate(V);
 *       if (V >= vTh) { V = vReset; spike = true; tLast = t; }
 *     }
 *   }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface NeuGroup {
  /** Simple name of the generated group class; default {@code <ClassName>Group}. */
  String groupName() default "";

  /**
   * The group's own schedule: the order of its step functions within one time step, as names:
   * {@code "input"}, {@code "monitor"} and the names of the {@link Update} methods. Empty means
   * {@code input, <steps in declaration order>, monitor} (manual 7.1).
   */
  String[] schedule() default {};
}
