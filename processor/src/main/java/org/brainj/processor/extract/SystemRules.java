package org.brainj.processor.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import org.brainj.annotations.Derivative;
import org.brainj.annotations.Input;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.OdeSystem;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.SynGroup;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel.DerivativeSpec;
import org.brainj.processor.model.NeuronModel.Role;
import org.brainj.processor.model.NeuronModel.VarSpec;

/**
 * What an {@code @OdeSystem} class must satisfy beyond the neuron rules that {@link
 * ModelExtractor} applies to it: a system is a neuron model without steps, events or inputs whose
 * state is exactly its differentiated {@code double} variables. Checked after extraction, on the
 * extracted parameters, variables and derivatives; every problem is reported on its element.
 */
final class SystemRules {
  /**
   * Names a system's parameters and variables must not take: members of the generated class and
   * of {@code VectorField}/{@code Stepper} (parameters become getter/setter methods), and the
   * parameters of the generated methods (variables become locals there).
   */
  static final Set<String> RESERVED = Set.of(
      "create", "copy", "dimension", "names", "derivative", "jacobian", "step", "integrate",
      "trajectory", "parameter", "parameters", "parameterNames", "setParameter", "initialState",
      "indexOf", "state", "out", "t", "dt", "t0", "t1", "NAMES", "PARAMETERS", "toString",
      "hashCode", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
      "Math", "Double", "Float", "Integer", "org", "java",
      // List.of(...) in generated code would read a field of that name
      "List");

  private final Diagnostics diag;

  SystemRules(Diagnostics diag) {
    this.diag = diag;
  }

  /** Whether {@code type} is annotated {@code @OdeSystem}. */
  static boolean isSystem(TypeElement type) {
    return type.getAnnotation(OdeSystem.class) != null;
  }

  /**
   * Before extraction: a class is a system or a group, not both. Returns false (after reporting)
   * when the class cannot be read as a system.
   */
  boolean checkAnnotations(TypeElement type) {
    if (type.getAnnotation(NeuGroup.class) != null || type.getAnnotation(SynGroup.class) != null) {
      diag.error(type, "an @OdeSystem is a standalone system of equations; it cannot also be a"
          + " @NeuGroup or @SynGroup");
      return false;
    }
    return true;
  }

  /** After extraction: the rules on fields and methods. */
  void check(TypeElement type, List<VarSpec> vars, Map<String, DerivativeSpec> derivatives) {
    for (Element e : type.getEnclosedElements()) {
      String name = e.getSimpleName().toString();
      if (e.getKind() == ElementKind.FIELD) {
        if (e.getAnnotation(Spike.class) != null || e.getAnnotation(Input.class) != null) {
          diag.error(e, "an @OdeSystem has no " + (e.getAnnotation(Spike.class) != null
              ? "@Spike" : "@Input") + " field: it is a vector field, without events or inputs;"
              + " make external drive a @Param (or the class a @NeuGroup)");
          continue;
        }
        boolean modelField = e.getAnnotation(Param.class) != null
            || e.getAnnotation(Var.class) != null;
        if (modelField && RESERVED.contains(name)) {
          diag.error(e, "the name '" + name + "' is reserved in generated systems (a member of the"
              + " generated class, VectorField or Stepper, or a name of generated code); rename"
              + " the field");
        }
      } else if (e.getKind() == ElementKind.METHOD) {
        if (e.getAnnotation(Update.class) != null) {
          diag.error(e, mirror(e, Update.class), "an @OdeSystem has no @Update steps: each step"
              + " integrates every @Derivative (jointly per method); for steps of your own, make"
              + " the class a @NeuGroup");
        }
        if (adaptive(e)) {
          diag.error(e, mirror(e, Derivative.class), "adaptive integration is not available in an"
              + " @OdeSystem (its step size would be state outside the double[] state); use the"
              + " method with a fixed step, or Odeint");
        }
      }
    }
    for (VarSpec v : vars) {
      if (v.role() != Role.STATE) {
        continue; // @Spike/@Input fields: reported above
      }
      Element field = field(type, v.name());
      if (v.type() != Type.DOUBLE) {
        diag.error(field, "state variables of an @OdeSystem are double (the state is a double[]),"
            + " not " + v.type().javaName());
      } else if (!derivatives.containsKey(v.name())) {
        diag.error(field, "state variable '" + v.name() + "' of an @OdeSystem has no @Derivative:"
            + " every variable of a system evolves by its derivative (make a constant a @Param)");
      }
    }
    for (DerivativeSpec d : derivatives.values()) {
      if (readsDt(d.body()) || readsDt(d.result())) {
        Element m = derivativeMethod(type, d.var());
        diag.error(m == null ? type : m, "the derivative of '" + d.var() + "' reads dt: the vector"
            + " field of an @OdeSystem does not depend on the step size");
      }
    }
  }

  private static Element field(TypeElement type, String name) {
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.FIELD && e.getSimpleName().contentEquals(name)) {
        return e;
      }
    }
    return type;
  }

  private static Element derivativeMethod(TypeElement type, String var) {
    for (Element e : type.getEnclosedElements()) {
      Derivative d = e.getAnnotation(Derivative.class);
      if (d == null || e.getKind() != ElementKind.METHOD) {
        continue;
      }
      String n = e.getSimpleName().toString();
      String of = !d.of().isEmpty() ? d.of() : n.length() > 1 ? n.substring(1) : n;
      if (of.equals(var)) {
        return e;
      }
    }
    return null;
  }

  private static boolean readsDt(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Declare d && d.init() != null && readsDt(d.init())) {
        return true;
      }
      if (s instanceof Stmt.Assign a && readsDt(a.value())) {
        return true;
      }
      if (s instanceof Stmt.If i
          && (readsDt(i.condition()) || readsDt(i.then()) || readsDt(i.otherwise()))) {
        return true;
      }
      if (s instanceof Stmt.Block b && readsDt(b.body())) {
        return true;
      }
    }
    return false;
  }

  private static boolean readsDt(Expr e) {
    if (e instanceof Expr.Dt) {
      return true;
    }
    if (e instanceof Expr.Unary u) {
      return readsDt(u.operand());
    }
    if (e instanceof Expr.Binary b) {
      return readsDt(b.left()) || readsDt(b.right());
    }
    if (e instanceof Expr.Conditional c) {
      return readsDt(c.condition()) || readsDt(c.ifTrue()) || readsDt(c.ifFalse());
    }
    if (e instanceof Expr.Call c) {
      return c.args().stream().anyMatch(SystemRules::readsDt);
    }
    if (e instanceof Expr.Cast c) {
      return readsDt(c.operand());
    }
    return false;
  }

  /** Whether {@code @Derivative(adaptive = true)} is written on {@code e}. */
  private static boolean adaptive(Element e) {
    AnnotationMirror m = mirror(e, Derivative.class);
    if (m == null) {
      return false;
    }
    for (var entry : m.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("adaptive")
          && Boolean.TRUE.equals(entry.getValue().getValue())) {
        return true;
      }
    }
    return false;
  }

  private static AnnotationMirror mirror(Element e, Class<?> annotation) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (m.getAnnotationType().toString().equals(annotation.getCanonicalName())) {
        return m;
      }
    }
    return null;
  }
}
