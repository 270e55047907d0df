package org.brainj.processor.extract;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import org.brainj.annotations.Derivative;
import org.brainj.processor.extract.ModelSymbols.VarSymbol;
import org.brainj.processor.integrate.ButcherTableau;
import org.brainj.processor.integrate.Tableaux;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel.Adaptive;
import org.brainj.processor.model.NeuronModel.DerivativeSpec;
import org.brainj.processor.model.NeuronModel.Role;

/**
 * Checks {@code @Derivative(adaptive, tol, stepVar)} and reports each problem on the annotation
 * value at fault.
 */
final class AdaptiveCheck {
  private AdaptiveCheck() {}

  /**
   * The adaptive settings of a derivative, or null for a fixed step; reports (and returns null)
   * when they are inconsistent.
   */
  static Adaptive of(Diagnostics diag, ExecutableElement m, AnnotationMirror am, Derivative d,
      String var, ModelSymbols symbols) {
    AnnotationValue adaptiveValue = value(am, "adaptive");
    AnnotationValue tolValue = value(am, "tol");
    AnnotationValue stepVarValue = value(am, "stepVar");
    String adaptiveMethods = String.join(", ", Tableaux.adaptiveNames());
    if (!d.adaptive()) {
      if (tolValue != null || stepVarValue != null) {
        diag.error(m, am, tolValue != null ? tolValue : stepVarValue,
            (tolValue != null ? "tol" : "stepVar") + " only has a meaning with adaptive = true"
                + " (error-controlled sub-steps; adaptive methods: " + adaptiveMethods + ")");
      }
      return null;
    }
    ButcherTableau tab = Tableaux.byName(d.method());
    if (tab == null || !tab.embedded()) {
      diag.error(m, am, adaptiveValue, "method '" + d.method() + "' has no error estimate, so it"
          + " cannot adapt its step size; adaptive methods: " + adaptiveMethods);
      return null;
    }
    boolean ok = true;
    if (!(d.tol() > 0) || Double.isInfinite(d.tol())) {
      diag.error(m, am, tolValue, "tol must be a positive, finite error bound, not " + d.tol());
      ok = false;
    }
    String h = d.stepVar();
    if (h.isEmpty()) {
      diag.error(m, am, adaptiveValue, "adaptive = true needs stepVar: the name of a double @Var"
          + " that keeps each element's step size (@Var double h; ... stepVar = \"h\")");
      return null;
    }
    VarSymbol v = symbols.vars.get(h);
    if (v == null || v.role() != Role.STATE) {
      String states = String.join(", ", symbols.vars.values().stream()
          .filter(s -> s.role() == Role.STATE).map(VarSymbol::name).toList());
      diag.error(m, am, stepVarValue, "stepVar '" + h + "': no @Var field of that name"
          + (states.isEmpty() ? "" : "; state variables: " + states));
      return null;
    }
    if (v.type() != Type.DOUBLE) {
      diag.error(m, am, stepVarValue, "stepVar '" + h + "' must be a double @Var, not "
          + v.type().javaName());
      return null;
    }
    if (h.equals(var)) {
      diag.error(m, am, stepVarValue, "stepVar '" + h + "' is the variable being integrated;"
          + " declare a separate @Var double for the step size");
      return null;
    }
    if (ModelExtractor.derivativeTargets(symbols).contains(h)) {
      diag.error(m, am, stepVarValue, "stepVar '" + h + "' has a @Derivative; the step size"
          + " must be a plain @Var that only the integrator writes");
      return null;
    }
    return ok ? new Adaptive(d.tol(), h) : null;
  }

  /**
   * Within one integrate/integrateEach statement, each step-size variable belongs to one system:
   * two systems adapting the same variable would overwrite each other's step size.
   */
  static void oneSystemPerStepVar(Diagnostics diag, Tree call, CompilationUnitTree unit,
      List<List<String>> systems, Map<String, DerivativeSpec> derivatives) {
    Map<String, List<String>> owner = new LinkedHashMap<>();
    for (List<String> system : systems) {
      DerivativeSpec d = derivatives.get(system.get(0));
      if (d == null || d.adaptive() == null) {
        continue;
      }
      List<String> before = owner.putIfAbsent(d.adaptive().stepVar(), system);
      if (before != null && before != system) {
        diag.error(call, unit, "'" + before.get(0) + "' and '" + system.get(0) + "' are"
            + " integrated separately here but keep their step size in the same variable '"
            + d.adaptive().stepVar() + "'; integrate them jointly (integrate(...) with the same"
            + " settings) or give each its own stepVar");
        return;
      }
    }
  }

  private static AnnotationValue value(AnnotationMirror am, String name) {
    if (am == null) {
      return null;
    }
    for (var e : am.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
