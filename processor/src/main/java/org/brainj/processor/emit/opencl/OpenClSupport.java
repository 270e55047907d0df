package org.brainj.processor.emit.opencl;

import java.util.List;
import java.util.Set;
import org.brainj.processor.emit.TargetCheck;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Cast;
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
    return CHECK.refusal(body);
  }

  private static final TargetCheck CHECK = new TargetCheck() {
    @Override
    protected String typeReason(Type t, String what) {
      return t == Type.DOUBLE || t == Type.BOOLEAN ? null
          : what + " is " + t.javaName() + " (only double and boolean per-neuron values run on"
              + " OpenCL yet)";
    }

    @Override
    protected String loopReason() {
      return "adaptive sub-stepping loops are not ported to OpenCL yet";
    }

    @Override
    protected String failReason() {
      return "run-time failure checks are not ported to OpenCL yet";
    }

    @Override
    protected boolean accepts(Expr e) {
      // rand()/randn(): CounterRng's Philox4x32-10 in OpenCL C (OpenClRandom); int parameters
      // are read as (int) values[...], as in the scalar loop
      return e instanceof Expr.Random || e instanceof Expr.ParamRef;
    }

    @Override
    protected String nodeReason(Expr e) {
      if (e instanceof Cast c && c.operand().type() != Type.DOUBLE
          && !(c.operand() instanceof Expr.ParamRef) && !constant(c.operand())) {
        return "cast from " + c.operand().type().javaName() + " of a per-neuron value";
      }
      return null;
    }
  };
}
