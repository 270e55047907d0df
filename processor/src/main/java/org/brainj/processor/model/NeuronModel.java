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
    int randomSites) {

  public enum Role {
    STATE,
    SPIKE,
    INPUT
  }

  public record ParamSpec(String name, Type type, double defaultValue, String doc) {}

  /** {@code init} is the initial value expression (may read parameters), null for zero/false. */
  public record VarSpec(String name, Type type, Role role, Expr init, String doc) {}

  /**
   * The right-hand side of {@code d var / dt}: statements (local declarations) followed by the
   * result expression.
   */
  public record DerivativeSpec(
      String var, String method, List<Stmt> body, Expr result, Stmt.Origin origin) {}

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
      long lastLine) {}

  public ParamSpec param(String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  public VarSpec var(String name) {
    return vars.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
  }
}
