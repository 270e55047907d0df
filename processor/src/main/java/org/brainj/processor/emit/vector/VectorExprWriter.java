package org.brainj.processor.emit.vector;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainj.processor.emit.java.JavaExprWriter;
import org.brainj.processor.emit.java.Names;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.BinaryOp;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
import org.brainj.processor.ir.Expr.Conditional;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.Dt;
import org.brainj.processor.ir.Expr.LocalRef;
import org.brainj.processor.ir.Expr.ParamRef;
import org.brainj.processor.ir.Expr.Random;
import org.brainj.processor.ir.Expr.Time;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.Expr.VarRef;
import org.brainj.processor.ir.Local;
import org.brainj.processor.ir.MathFn;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;

/**
 * Writes IR expressions as Java Vector API code: one lane per neuron.
 *
 * <p>An expression that does not depend on the neuron (constants, {@code t}, {@code dt} and, in a
 * loop where every parameter is shared, the parameters) is <em>invariant</em>: it is written as
 * plain scalar Java by {@link JavaExprWriter}, hoisted before the loop into a named local, and
 * combined with vectors through the {@code op(double)} overloads. Scalar Java is also what the
 * scalar backend runs, so a hoisted {@code Math.exp(-dt / tau)} is the same bits on both
 * backends. Everything else is a {@code DoubleVector}, and booleans are {@code VectorMask}s.
 *
 * <p>Floating-point addition and multiplication are commutative in IEEE 754, so {@code s + v}
 * may be written {@code v.add(s)}; subtraction and division keep their operand order through a
 * broadcast.
 */
final class VectorExprWriter {
  static final String PKG = "jdk.incubator.vector";
  static final ClassName DOUBLE_VECTOR = ClassName.get(PKG, "DoubleVector");
  static final ClassName VECTOR_MASK = ClassName.get(PKG, "VectorMask");
  static final ClassName OPERATORS = ClassName.get(PKG, "VectorOperators");
  static final ClassName VECTOR_MATH = ClassName.get("org.brainj.runtime.backend", "VectorMath");

  /** What a written expression is. */
  enum Kind {
    /** a scalar {@code double} (or int) expression, the same for every lane */
    SCALAR,
    /** a scalar {@code boolean} expression */
    SCALAR_BOOL,
    /** a {@code DoubleVector} */
    VECTOR,
    /** a {@code VectorMask<Double>} */
    MASK
  }

  /** Written code and what it is. */
  record Code(CodeBlock code, Kind kind) {
    boolean scalar() {
      return kind == Kind.SCALAR || kind == Kind.SCALAR_BOOL;
    }
  }

  private final LaneType lanes;
  private final Names names;
  private final JavaExprWriter scalar;
  private final boolean paramsInvariant;
  /** hoisted invariant expressions and the names they were given, in order of first use */
  private final Map<Expr, String> hoisted = new LinkedHashMap<>();
  private final Map<String, String> hoistedCode = new LinkedHashMap<>();
  private final Map<Local, Expr> invariantLocals = new IdentityHashMap<>();
  private boolean usesScratch;
  private CodeBlock.Builder prelude = CodeBlock.builder();

  /**
   * @param paramsInvariant whether parameters are shared by all neurons in this loop (then they
   *     are scalar locals declared before the loop; otherwise vectors loaded per iteration)
   */
  VectorExprWriter(Names names, boolean paramsInvariant) {
    this(LaneType.DOUBLE, names, paramsInvariant);
  }

  /** For lanes of {@code lanes}' type (the body demoted to float for {@link LaneType#FLOAT}). */
  VectorExprWriter(LaneType lanes, Names names, boolean paramsInvariant) {
    this.lanes = lanes;
    this.names = names;
    this.scalar = new JavaExprWriter(names, "i");
    this.paramsInvariant = paramsInvariant;
  }

  /**
   * Finds the locals of {@code body} that are the same for every neuron: declared with an
   * invariant value and never assigned again. They are not declared as vectors at all; their
   * uses are hoisted with their value substituted (so {@code double em = Math.exp(-dt / taum)}
   * costs one {@code exp} per step, not one per neuron).
   */
  void findInvariantLocals(List<Stmt> body) {
    Set<Local> assigned = Collections.newSetFromMap(new IdentityHashMap<>());
    assignedLocals(body, assigned);
    declarations(body, assigned);
  }

  /** The lanes' element type. */
  LaneType lanes() {
    return lanes;
  }

  /** Whether {@code local} is an invariant local (see {@link #findInvariantLocals}). */
  boolean invariantLocal(Local local) {
    return invariantLocals.containsKey(local);
  }

  private void declarations(List<Stmt> body, Set<Local> assigned) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Declare d && d.init() != null && !assigned.contains(d.local())
          && d.local().type() == lanes.type && invariant(d.init())) {
        invariantLocals.put(d.local(), substitute(d.init()));
      } else if (s instanceof Stmt.If i) {
        declarations(i.then(), assigned);
        declarations(i.otherwise(), assigned);
      } else if (s instanceof Stmt.Block b) {
        declarations(b.body(), assigned);
      }
    }
  }

  private static void assignedLocals(List<Stmt> body, Set<Local> out) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Assign a && a.target() instanceof Stmt.LocalTarget lt) {
        out.add(lt.local());
      } else if (s instanceof Stmt.If i) {
        assignedLocals(i.then(), out);
        assignedLocals(i.otherwise(), out);
      } else if (s instanceof Stmt.Block b) {
        assignedLocals(b.body(), out);
      } else if (s instanceof Stmt.While w) {
        assignedLocals(w.body(), out);
      }
    }
  }

  /** {@code e} with invariant locals replaced by their values. */
  private Expr substitute(Expr e) {
    if (e instanceof LocalRef l && invariantLocals.containsKey(l.local())) {
      return invariantLocals.get(l.local());
    }
    if (e instanceof Unary u) {
      return new Unary(u.op(), substitute(u.operand()), u.type());
    }
    if (e instanceof Binary b) {
      return new Binary(b.op(), substitute(b.left()), substitute(b.right()), b.type());
    }
    if (e instanceof Conditional c) {
      return new Conditional(substitute(c.condition()), substitute(c.ifTrue()),
          substitute(c.ifFalse()), c.type());
    }
    if (e instanceof Call c) {
      return new Call(c.fn(), c.args().stream().map(this::substitute).toList(), c.type());
    }
    if (e instanceof Cast c) {
      return new Cast(c.type(), substitute(c.operand()));
    }
    return e;
  }

  /** The hoisted invariants: name to their declaration ({@code double inv0 = ...}). */
  Map<String, String> hoisted() {
    return hoistedCode;
  }

  /** Whether {@code e} is the same for every neuron of the loop. */
  boolean invariant(Expr e) {
    if (e instanceof Const || e instanceof Time || e instanceof Dt) {
      return true;
    }
    if (e instanceof ParamRef) {
      return paramsInvariant;
    }
    if (e instanceof LocalRef l) {
      return invariantLocals.containsKey(l.local());
    }
    if (e instanceof VarRef || e instanceof Random) {
      return false;
    }
    if (e instanceof Unary u) {
      return invariant(u.operand());
    }
    if (e instanceof Binary b) {
      return invariant(b.left()) && invariant(b.right());
    }
    if (e instanceof Conditional c) {
      return invariant(c.condition()) && invariant(c.ifTrue()) && invariant(c.ifFalse());
    }
    if (e instanceof Call c) {
      return c.args().stream().allMatch(this::invariant);
    }
    if (e instanceof Cast c) {
      return invariant(c.operand());
    }
    throw new IllegalStateException("unknown expression " + e);
  }

  Code write(Expr e) {
    if (invariant(e)) {
      Kind k = e.type() == Type.BOOLEAN ? Kind.SCALAR_BOOL : Kind.SCALAR;
      if (e instanceof Const || e instanceof Time || e instanceof Dt || e instanceof ParamRef) {
        return new Code(CodeBlock.of("$L", scalar.write(e)), k);
      }
      return new Code(CodeBlock.of("$L", hoist(substitute(e))), k);
    }
    if (e instanceof ParamRef p) {
      return new Code(CodeBlock.of("$L", p.name()), Kind.VECTOR);
    }
    if (e instanceof VarRef v) {
      return new Code(CodeBlock.of("$L", v.name()), kindOf(v.type()));
    }
    if (e instanceof LocalRef l) {
      return new Code(CodeBlock.of("$L", names.of(l.local())), kindOf(l.type()));
    }
    if (e instanceof Random r) {
      return new Code(CodeBlock.of("$L(rngSeed, rngStream$L, step, i, scratch)",
          r.normal() ? "normalLanes" : "uniformLanes", r.site()), Kind.VECTOR);
    }
    if (e instanceof Unary u) {
      Code x = write(u.operand());
      return switch (u.op()) {
        case NEG -> new Code(CodeBlock.of("$L.neg()", x.code()), Kind.VECTOR);
        case NOT -> new Code(CodeBlock.of("$L.not()", x.code()), Kind.MASK);
      };
    }
    if (e instanceof Binary b) {
      return binary(b);
    }
    if (e instanceof Conditional c) {
      Code cond = mask(c.condition());
      if (c.type() == Type.BOOLEAN) {
        CodeBlock t = mask(c.ifTrue()).code();
        CodeBlock f = mask(c.ifFalse()).code();
        return new Code(CodeBlock.of("$L.and($L).or($L.andNot($L))", cond.code(), t, f,
            cond.code()), Kind.MASK);
      }
      CodeBlock t = vector(c.ifTrue()).code();
      CodeBlock f = vector(c.ifFalse()).code();
      return new Code(CodeBlock.of("$L.blend($L, $L)", f, t, cond.code()), Kind.VECTOR);
    }
    if (e instanceof Call c) {
      return call(c);
    }
    if (e instanceof Cast c) {
      // only casts to the lanes' own type reach here (VectorSupport refuses the others): of a
      // lane value, or of a random draw, whose lanes the kernel rounds
      return write(c.operand());
    }
    throw new IllegalStateException("unknown expression " + e);
  }

  /** {@code e} as a vector: scalars are broadcast. */
  Code vector(Expr e) {
    Code c = write(e);
    if (c.kind() == Kind.SCALAR) {
      return new Code(CodeBlock.of("$T.broadcast(SPECIES, $L)", lanes.vector, c.code()), Kind.VECTOR);
    }
    return c;
  }

  /** {@code e} as a mask: scalar booleans become all-true or all-false masks. */
  Code mask(Expr e) {
    Code c = write(e);
    if (c.kind() == Kind.SCALAR_BOOL) {
      return new Code(CodeBlock.of("SPECIES.maskAll($L)", c.code()), Kind.MASK);
    }
    return c;
  }

  private String hoist(Expr e) {
    String name = hoisted.get(e);
    if (name == null) {
      name = "inv" + hoisted.size();
      while (!names.reserveIfFree(name)) {
        name = name + "_";
      }
      hoisted.put(e, name);
      hoistedCode.put(name, e.type().javaName() + " " + name + " = " + scalar.write(e));
    }
    return name;
  }

  private static Kind kindOf(Type t) {
    return t == Type.BOOLEAN ? Kind.MASK : Kind.VECTOR;
  }

  private Code binary(Binary b) {
    BinaryOp op = b.op();
    if (op.isLogical()) {
      Code l = mask(b.left());
      Code r = mask(b.right());
      return new Code(CodeBlock.of("$L.$L($L)", l.code(), op == BinaryOp.AND ? "and" : "or",
          r.code()), Kind.MASK);
    }
    if (op.isComparison() && b.left().type() == Type.BOOLEAN) {
      Code l = mask(b.left());
      Code r = mask(b.right());
      return new Code(CodeBlock.of(op == BinaryOp.EQ ? "$L.eq($L)" : "$L.eq($L).not()",
          l.code(), r.code()), Kind.MASK);
    }
    Code l = write(b.left());
    Code r = write(b.right());
    if (op.isComparison()) {
      if (l.scalar()) {
        // s < v is v > s, exactly (NaN compares false either way)
        return new Code(CodeBlock.of("$L.compare($T.$L, $L)", r.code(), OPERATORS,
            comparison(flip(op)), l.code()), Kind.MASK);
      }
      return new Code(CodeBlock.of("$L.compare($T.$L, $L)", l.code(), OPERATORS,
          comparison(op), r.code()), Kind.MASK);
    }
    String method = switch (op) {
      case ADD -> "add";
      case SUB -> "sub";
      case MUL -> "mul";
      case DIV -> "div";
      default -> throw new IllegalStateException("no vector form for " + op);
    };
    if (l.scalar()) {
      if (op == BinaryOp.ADD || op == BinaryOp.MUL) {
        return new Code(CodeBlock.of("$L.$L($L)", r.code(), method, l.code()), Kind.VECTOR);
      }
      return new Code(CodeBlock.of("$T.broadcast(SPECIES, $L).$L($L)", lanes.vector, l.code(), method,
          r.code()), Kind.VECTOR);
    }
    return new Code(CodeBlock.of("$L.$L($L)", l.code(), method, r.code()), Kind.VECTOR);
  }

  private static BinaryOp flip(BinaryOp op) {
    return switch (op) {
      case LT -> BinaryOp.GT;
      case LE -> BinaryOp.GE;
      case GT -> BinaryOp.LT;
      case GE -> BinaryOp.LE;
      default -> op;
    };
  }

  private static String comparison(BinaryOp op) {
    return switch (op) {
      case LT -> "LT";
      case LE -> "LE";
      case GT -> "GT";
      case GE -> "GE";
      case EQ -> "EQ";
      case NE -> "NE";
      default -> throw new IllegalStateException(op + " is not a comparison");
    };
  }

  private Code call(Call c) {
    MathFn fn = c.fn();
    Code a = vector(c.args().get(0));
    switch (fn) {
      case ABS, SQRT -> {
        // exactly specified: the lane-wise operator gives Math's bits
        return new Code(CodeBlock.of("$L.lanewise($T.$L)", a.code(), OPERATORS,
            VectorSupport.unaryOperator(fn)), Kind.VECTOR);
      }
      case MIN, MAX -> {
        Code b = write(c.args().get(1));
        return new Code(CodeBlock.of("$L.lanewise($T.$L, $L)", a.code(), OPERATORS,
            fn == MathFn.MIN ? "MIN" : "MAX", b.code()), Kind.VECTOR);
      }
      case EXP, EXPM1 -> {
        // SIMD: the JIT's vector math, within an ulp of Math.exp (see docs/vector-backend.md on
        // reproducibility); a deterministic polynomial written out here made the largest
        // kernels too big for C2 (measured: cobahh 5x slower)
        return new Code(CodeBlock.of("$L.lanewise($T.$L)", a.code(), OPERATORS,
            VectorSupport.unaryOperator(fn)), Kind.VECTOR);
      }
      default -> {
        // lane by lane with Math: the scalar backend's bits
        usesScratch = true;
        if (fn.arity == 2) {
          Code b = vector(c.args().get(1));
          return new Code(CodeBlock.of("$T.$L($L, $L, scratch)", VECTOR_MATH, fn.javaName,
              a.code(), b.code()), Kind.VECTOR);
        }
        return new Code(CodeBlock.of("$T.$L($L, scratch)", VECTOR_MATH, fn.javaName, a.code()),
            Kind.VECTOR);
      }
    }
  }

  /**
   * The statements the last written expressions need first (inline {@code exp}/{@code expm1});
   * the statement writer emits them before the statement and this empties the list.
   */
  CodeBlock takePrelude() {
    CodeBlock c = prelude.build();
    prelude = CodeBlock.builder();
    return c;
  }

  /** Whether the written code calls a lane-by-lane function that needs the scratch array. */
  boolean usesScratch() {
    return usesScratch;
  }

}
