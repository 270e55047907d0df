package org.brainj.processor.model;

import java.util.List;
import java.util.Map;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;

/**
 * One neuron model as the processor understands it after extraction: everything the emitters
 * need, nothing of javac's trees.
 *
 * @param packageName package of the model class (and of the generated group)
 * @param modelName simple name of the model class
 * @param qualifiedName qualified name of the model class
 * @param groupName simple name of the generated group class
 * @param sourceFile file name of the model source, for comments
 * @param schedule explicit group schedule, or empty for the default
 * @param kind what the class describes: a neuron, a synapse or a standalone ODE system
 */
public record NeuronModel(
    String packageName,
    String modelName,
    String qualifiedName,
    String groupName,
    String sourceFile,
    String javadoc,
    List<ParamSpec> params,
    List<VarSpec> vars,
    Map<String, DerivativeSpec> derivatives,
    List<StepSpec> steps,
    List<String> schedule,
    int randomSites,
    Kind kind) {

  /** What a model class describes, by its annotation. */
  public enum Kind {
    /** {@code @NeuGroup}: one neuron; generates {@code <Model>Group} */
    NEURON,
    /** {@code @SynGroup}: one synapse; generates {@code <Model>Synapses} */
    SYNAPSE,
    /** {@code @OdeSystem}: a standalone ODE system; generates {@code <Model>System} */
    SYSTEM
  }

  /** A neuron ({@code synapse == false}) or synapse model. */
  public NeuronModel(String packageName, String modelName, String qualifiedName,
      String groupName, String sourceFile, String javadoc, List<ParamSpec> params,
      List<VarSpec> vars, Map<String, DerivativeSpec> derivatives, List<StepSpec> steps,
      List<String> schedule, int randomSites, boolean synapse) {
    this(packageName, modelName, qualifiedName, groupName, sourceFile, javadoc, params, vars,
        derivatives, steps, schedule, randomSites, synapse ? Kind.SYNAPSE : Kind.NEURON);
  }

  /** Whether this is a synapse model ({@code @SynGroup}). */
  public boolean synapse() {
    return kind == Kind.SYNAPSE;
  }

  /** Whether this is a standalone ODE system ({@code @OdeSystem}). */
  public boolean system() {
    return kind == Kind.SYSTEM;
  }

  public enum Role {
    STATE,
    SPIKE,
    INPUT,
    /** a synapse model's view of a presynaptic variable (read only) */
    PRE,
    /** a synapse model's view of a postsynaptic variable (read, accumulate) */
    POST
  }

  /** When a step runs: every step, or (synapses) on pre/post spikes, or as output. */
  public enum Phase {
    UPDATE,
    ON_PRE,
    ON_POST,
    OUTPUT
  }

  public record ParamSpec(String name, Type type, double defaultValue, String doc) {}

  /**
   * {@code init} is the initial value expression (may read parameters), null for zero/false;
   * {@code binding} names the pre/post group's variable for {@link Role#PRE}/{@link Role#POST}.
   */
  public record VarSpec(String name, Type type, Role role, Expr init, String doc, String binding) {
    public VarSpec(String name, Type type, Role role, Expr init, String doc) {
      this(name, type, role, init, doc, null);
    }

    /** Whether the generated class keeps this variable's own array (not a pre/post view). */
    public boolean owned() {
      return role != Role.PRE && role != Role.POST;
    }
  }

  /**
   * The right-hand side of {@code d var / dt}: statements (local declarations) followed by the
   * result expression.
   */
  public record DerivativeSpec(
      String var, String method, List<Stmt> body, Expr result, Stmt.Origin origin,
      Adaptive adaptive, Sde sde) {
    /** A derivative integrated with a fixed step. */
    public DerivativeSpec(
        String var, String method, List<Stmt> body, Expr result, Stmt.Origin origin) {
      this(var, method, body, result, origin, null, null);
    }

    /** An ODE derivative, adaptive or not. */
    public DerivativeSpec(String var, String method, List<Stmt> body, Expr result,
        Stmt.Origin origin, Adaptive adaptive) {
      this(var, method, body, result, origin, adaptive, null);
    }

    /** This drift with a noise coefficient: the variable's equation becomes an SDE. */
    public DerivativeSpec withSde(Sde s) {
      return new DerivativeSpec(var, method, body, result, origin, adaptive, s);
    }

    /**
     * What must agree between jointly integrated variables: the method and, for adaptive ones,
     * the tolerance and the step-size variable; for SDEs the integral and the Wiener type.
     */
    public String integrator() {
      if (sde != null) {
        return method + " SDE (" + sde.integral() + ", " + sde.wiener() + " Wiener)";
      }
      return adaptive == null ? method : method + " adaptive (tol " + adaptive.tol()
          + ", stepVar " + adaptive.stepVar() + ")";
    }
  }

  /**
   * The noise of an SDE variable ({@code @Diffusion}): its coefficient {@code g} as statements
   * plus a result, the integral ({@code "ito"}/{@code "stratonovich"}), the Wiener type
   * ({@code "scalar"}/{@code "vector"}) and the random call site of its Wiener increments (shared
   * by all scalar-Wiener variables of a model), and the second site the SRK schemes draw
   * {@code I10} from (likewise shared; -1 for the other methods).
   */
  public record Sde(List<Stmt> body, Expr result, Stmt.Origin origin, String integral,
      String wiener, int noiseSite, int auxSite) {
    public boolean stratonovich() {
      return integral.equals("stratonovich");
    }
  }

  /**
   * Error-controlled sub-stepping of a derivative ({@code @Derivative(adaptive = true)}):
   * {@code tol} bounds the estimated local error of one sub-step, {@code stepVar} names the
   * {@code double} state variable that keeps the step size.
   */
  public record Adaptive(double tol, String stepVar) {}

  /**
   * A step function. {@code period > 0} for {@code @Every(period)}; {@code condition} non-null for
   * {@code @Every(when)}, as statements plus a boolean result.
   */
  public record StepSpec(
      String name,
      List<Stmt> body,
      double period,
      List<Stmt> conditionBody,
      Expr condition,
      Stmt.Origin origin,
      long lastLine,
      Phase phase) {
    public StepSpec(String name, List<Stmt> body, double period, List<Stmt> conditionBody,
        Expr condition, Stmt.Origin origin, long lastLine) {
      this(name, body, period, conditionBody, condition, origin, lastLine, Phase.UPDATE);
    }
  }

  public ParamSpec param(String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  public VarSpec var(String name) {
    return vars.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
  }
}
