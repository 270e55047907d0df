package org.brainj.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that describes <em>one</em> synapse from a presynaptic to a postsynaptic neuron
 * (BrainPy's TwoEndConn). The processor generates {@code <ClassName>Synapses}, connected with
 * {@code net.connect(pre, post, ExpCOBASynapses.builder()..., connectivity)}.
 *
 * <pre>{@code
 * @SynGroup
 * public class ExpCOBA {
 *   @Param double tau = 5, weight = 0.6, E = 0;
 *   @Var double g;
 *   @Post("V") double vPost;          // the postsynaptic neuron's V
 *   @Post("input") double iPost;      // its input accumulator
 *
 *   @Derivative double dg() { return -g / tau; }
 *   @Update void update() { integrate(g); }
 *   @OnPre void spike() { g += weight; }                 // each synapse of a spiking neuron
 *   @Output void output() { iPost += g * (E - vPost); }  // every synapse, every step
 * }
 * }</pre>
 *
 * <p>Where the dynamics are linear and the events add, the processor lets the runtime keep the
 * state per postsynaptic neuron instead of per synapse, automatically.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface SynGroup {
  /** Simple name of the generated class; default {@code <ClassName>Synapses}. */
  String groupName() default "";
}
