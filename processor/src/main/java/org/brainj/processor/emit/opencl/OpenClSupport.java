package org.brainj.processor.emit.opencl;

import java.util.List;
import java.util.Set;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
import org.brainj.processor.ir.Expr.Conditional;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.Dt;
import org.brainj.processor.ir.Expr.Time;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.MathFn;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel;

/**
 * Decides whether a step body maps onto a one-work-item-per-neuron OpenCL C kernel, and says why
 * not when it does not. A refused step runs the group's plain-Java loop on the host; nothing
 * changes in its results.
 *
 * <p>Supported: {@code double} and {@code boolean} variables, locals and parameters (an
 * {@code int} parameter is read through a cast); {@code + - * / %}, comparisons,
 * {@code && || !}, ternaries, {@code if}/{@code else} (real branches: OpenCL is SIMT), every
 * {@code Math} function of the DSL (as an OpenCL built-in); constant sub-expressions of any type.
 * {@code rand()}/{@code randn()} (the counter-based generator, {@link OpenClRandom}).
 * Not (yet): per-neuron {@code int}/{@code float} arithmetic and casts to them, and the loops and failure checks of
 * adaptive integrators.
 */
final class OpenClSupport {
  /** OpenCL C keywords, types and the built-ins the kernels call: no model name may be one. */
  static final Set<String> C_NAMES = Set.of("auto", "break", "case", "char", "const",
      "continue", "default", "do", "double", "else", "enum", "extern", "float", "for", "goto",
      "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed", "sizeof",
      "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while",
      "bool", "true", "false", "half", "uchar", "ushort", "uint", "ulong", "size_t", "ptrdiff_t",
      "intptr_t", "uintptr_t", "kernel", "__kernel", "global", "__global", "local", "__local",
      "constant", "__constant", "private", "__private", "read_only", "write_only", "read_write",
      "image2d_t", "image3d_t", "sampler_t", "event_t", "exp", "expm1", "log", "log10", "log1p",
      "pow", "sqrt", "cbrt", "fabs", "fmin", "fmax", "sin", "cos", "tan", "asin", "acos", "atan",
      "atan2", "sinh", "cosh", "tanh", "floor", "ceil", "rint", "sign", "hypot", "fmod", "min",
      "max", "abs", "mul_hi", "get_global_id", "NAN", "INFINITY", "M_PI", OpenClRandom.PHILOX,
      OpenClRandom.UNIFORM, OpenClRandom.NORMAL);

  private OpenClSupport() {}

  /** The OpenCL C built-in computing {@code fn} on doubles. */
  static String function(MathFn fn) {
    return switch (fn) {
      case ABS -> "fabs";
      case MIN -> "fmin";
      case MAX -> "fmax";
      case SIGNUM -> "sign";
      default -> fn.javaName; // exp, expm1, log, pow, sqrt, floor, ... have the same names
    };
  }

  /** Why the model's names cannot be used in OpenCL C, or null. */
  static String nameRefusal(NeuronModel model, Set<String> kernelNames) {
    for (NeuronModel.ParamSpec p : model.params()) {
      String r = name(p.name(), kernelNames);
      if (r != null) {
        return r;
      }
    }
    for (NeuronModel.VarSpec v : model.vars()) {
      String r = name(v.name(), kernelNames);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private static String name(String n, Set<String> kernelNames) {
    if (C_NAMES.contains(n)) {
      return "the model's name '" + n + "' is an OpenCL C keyword or built-in";
    }
    if (kernelNames.contains(n)) {
      return "the model's name '" + n + "' is taken by the OpenCL kernel";
    }
    return null;
  }

  /** Why {@code body} cannot run as an OpenCL kernel, or null if it can. */
  static String refusal(List<Stmt> body) {
    for (Stmt s : body) {
      String r = refusal(s);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private static String refusal(Stmt s) {
    if (s instanceof Stmt.Declare d) {
      String r = element(d.local().type(), "local '" + d.local().hint() + "'");
      return r != null ? r : d.init() == null ? null : expr(d.init());
    }
    if (s instanceof Stmt.Assign a) {
      String r = element(a.target().type(), "assignment target");
      return r != null ? r : expr(a.value());
    }
    if (s instanceof Stmt.If i) {
      String r = expr(i.condition());
      if (r == null) {
        r = refusal(i.then());
      }
      return r != null ? r : refusal(i.otherwise());
    }
    if (s instanceof Stmt.Block b) {
      return refusal(b.body());
    }
    if (s instanceof Stmt.While) {
      return "adaptive sub-stepping loops are not ported to OpenCL yet";
    }
    if (s instanceof Stmt.Fail) {
      return "run-time failure checks are not ported to OpenCL yet";
    }
    return "statement " + s.getClass().getSimpleName() + " is not ported to OpenCL";
  }

  private static String element(Type t, String what) {
    return t == Type.DOUBLE || t == Type.BOOLEAN ? null
        : what + " is " + t.javaName() + " (only double and boolean per-neuron values run on"
            + " OpenCL yet)";
  }

  /** Checks a per-neuron expression; constant sub-expressions are always fine. */
  private static String expr(Expr e) {
    if (constant(e)) {
      return null;
    }
    if (e instanceof Expr.Random) {
      return null; // OpenClRandom: CounterRng's Philox4x32-10 in OpenCL C
    }
    if (e instanceof Expr.ParamRef) {
      return null; // int parameters are read as (int) values[...], as in the scalar loop
    }
    String r = element(e.type(), "expression of type " + e.type().javaName());
    if (r != null) {
      return r;
    }
    if (e instanceof Unary u) {
      return expr(u.operand());
    }
    if (e instanceof Binary b) {
      String l = expr(b.left());
      return l != null ? l : expr(b.right());
    }
    if (e instanceof Conditional c) {
      String x = expr(c.condition());
      if (x == null) {
        x = expr(c.ifTrue());
      }
      return x != null ? x : expr(c.ifFalse());
    }
    if (e instanceof Call c) {
      for (Expr a : c.args()) {
        String x = expr(a);
        if (x != null) {
          return x;
        }
      }
      return null;
    }
    if (e instanceof Cast c) {
      return c.operand().type() == Type.DOUBLE || c.operand() instanceof Expr.ParamRef
          || constant(c.operand()) ? expr(c.operand())
          : "cast from " + c.operand().type().javaName() + " of a per-neuron value";
    }
    return null;
  }

  /** True for expressions of literals, t and dt only. */
  static boolean constant(Expr e) {
    if (e instanceof Const || e instanceof Time || e instanceof Dt) {
      return true;
    }
    if (e instanceof Unary u) {
      return constant(u.operand());
    }
    if (e instanceof Binary b) {
      return constant(b.left()) && constant(b.right());
    }
    if (e instanceof Conditional c) {
      return constant(c.condition()) && constant(c.ifTrue()) && constant(c.ifFalse());
    }
    if (e instanceof Call c) {
      return c.args().stream().allMatch(OpenClSupport::constant);
    }
    if (e instanceof Cast c) {
      return constant(c.operand());
    }
    return false;
  }
}
