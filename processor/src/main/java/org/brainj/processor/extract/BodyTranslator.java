package org.brainj.processor.extract;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import org.brainj.processor.extract.ModelSymbols.VarSymbol;
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
import org.brainj.processor.ir.Expr.Time;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.Expr.UnaryOp;
import org.brainj.processor.ir.Expr.VarRef;
import org.brainj.processor.ir.IrRewriter;
import org.brainj.processor.ir.Local;
import org.brainj.processor.ir.MathFn;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Stmt.Assign;
import org.brainj.processor.ir.Stmt.AssignOp;
import org.brainj.processor.ir.Stmt.Declare;
import org.brainj.processor.ir.Stmt.If;
import org.brainj.processor.ir.Stmt.Integrate;
import org.brainj.processor.ir.Stmt.LocalTarget;
import org.brainj.processor.ir.Stmt.Origin;
import org.brainj.processor.ir.Stmt.VarTarget;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel.Role;

/**
 * Translates the body of one model method (or one field initializer) from javac trees into IR.
 * Everything outside the DSL is reported as an error on the exact tree, saying what is supported
 * instead.
 */
final class BodyTranslator {

  /** What kind of code is being translated; decides which names and constructs are allowed. */
  enum Kind {
    /** a parameter's default: constants only */
    CONSTANT("a @Param default"),
    /** a variable's initial value: constants and parameters */
    VAR_INIT("a @Var initial value"),
    /** the right-hand side of a derivative: reads only */
    DERIVATIVE("a @Derivative"),
    /** an @Update step: reads and writes state, integrates */
    STEP("an @Update step"),
    /** an @Every(when) condition: t, dt and random draws, once per group */
    CONDITION("an @Every condition"),
    /** a static helper: its parameters and constants */
    HELPER("a static helper method");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** A translated body that ends with {@code return result;}. */
  record Returning(List<Stmt> body, Expr result) {}

  /** A translated helper: parameters (as locals), body, result, and which parameters it writes. */
  record Helper(List<Local> params, List<Stmt> body, Expr result, Set<Local> assigned) {}

  /** State shared by all translators of one model. */
  static final class Shared {
    final Map<ExecutableElement, Helper> helpers = new HashMap<>();
    final Set<ExecutableElement> inProgress = new LinkedHashSet<>();
    int randomSites;
  }

  private final Trees trees;
  private final Diagnostics diag;
  private final CompilationUnitTree unit;
  private final SourceLines lines;
  private final ModelSymbols symbols;
  private final Kind kind;
  private final Shared shared;
  private final Deque<Map<String, Local>> scopes = new ArrayDeque<>();
  /** Method parameters that stand for something else: t, dt, or a state variable. */
  private final Map<String, Expr> paramMeanings = new HashMap<>();

  private List<Stmt> sink;
  /** False in synapse event and output handlers: only @Update steps integrate. */
  boolean integrateAllowed = true;

  BodyTranslator(
      Trees trees,
      Diagnostics diag,
      CompilationUnitTree unit,
      SourceLines lines,
      ModelSymbols symbols,
      Kind kind,
      Shared shared) {
    this.trees = trees;
    this.diag = diag;
    this.unit = unit;
    this.lines = lines;
    this.symbols = symbols;
    this.kind = kind;
    this.shared = shared;
    scopes.push(new HashMap<>());
  }

  // ------------------------------------------------------------------ entry points

  /** Declares what a method parameter means inside the body ({@code t}, {@code dt}, a variable). */
  void bindParameter(String name, Expr meaning) {
    paramMeanings.put(name, meaning);
  }

  /** A single expression (field initializers); helper calls are inlined into {@code pre}. */
  Expr expression(ExpressionTree tree, List<Stmt> pre) {
    sink = pre;
    return expr(tree);
  }

  /** A void body: the statements of a step. */
  List<Stmt> statements(BlockTree body) {
    List<Stmt> out = new ArrayList<>();
    sink = out;
    for (StatementTree s : body.getStatements()) {
      statement(s, false);
    }
    return out;
  }

  /**
   * A body that computes a value: statements followed by exactly one final {@code return}.
   */
  Returning returning(MethodTree method) {
    BlockTree body = method.getBody();
    List<Stmt> out = new ArrayList<>();
    sink = out;
    List<? extends StatementTree> stmts = body.getStatements();
    if (stmts.isEmpty() || !(stmts.get(stmts.size() - 1) instanceof ReturnTree)) {
      throw diag.fail(
          method,
          unit,
          kind.label + " must end with 'return <expression>;' (and contain no other return)");
    }
    for (int i = 0; i < stmts.size() - 1; i++) {
      statement(stmts.get(i), false);
    }
    ReturnTree ret = (ReturnTree) stmts.get(stmts.size() - 1);
    Expr result = expr(ret.getExpression());
    return new Returning(out, result);
  }

  // ------------------------------------------------------------------ statements

  private void statement(StatementTree s, boolean nested) {
    switch (s.getKind()) {
      case VARIABLE -> declare((VariableTree) s);
      case EXPRESSION_STATEMENT -> expressionStatement((ExpressionStatementTree) s);
      case IF -> ifStatement((IfTree) s);
      case BLOCK -> {
        scopes.push(new HashMap<>());
        for (StatementTree inner : ((BlockTree) s).getStatements()) {
          statement(inner, true);
        }
        scopes.pop();
      }
      case EMPTY_STATEMENT -> {}
      case RETURN -> throw diag.fail(
          s,
          unit,
          kind == Kind.STEP
              ? "return is not supported in a step: the step runs for every neuron; use if/else"
              : "only one return, as the last statement, is supported; use a ternary"
                  + " (c ? a : b) for piecewise results");
      case FOR_LOOP, ENHANCED_FOR_LOOP, WHILE_LOOP, DO_WHILE_LOOP -> throw diag.fail(
          s,
          unit,
          "loops are not supported in model code: a model describes one neuron and BrainJ runs it"
              + " for the whole group; write fixed repetitions out, or use a static helper");
      case SWITCH -> throw diag.fail(s, unit, "switch is not supported in model code; use if/else");
      default -> throw diag.fail(
          s,
          unit,
          "this statement (" + describeKind(s) + ") is not supported in " + kind.label
              + "; supported: local variables, assignments (= += -= *= /=), ++/--, if/else,"
              + " blocks" + (kind == Kind.STEP ? ", integrate(...) and integrateEach(...)" : ""));
    }
  }

  private void declare(VariableTree v) {
    Type declared = null;
    Tree typeTree = v.getType();
    if (typeTree instanceof PrimitiveTypeTree p) {
      declared = primitive(p.getPrimitiveTypeKind());
      if (declared == null) {
        throw diag.fail(typeTree, unit, unsupportedType(typeTree.toString()));
      }
    } else if (typeTree != null && !"var".equals(typeTree.toString())) {
      throw diag.fail(typeTree, unit, unsupportedType(typeTree.toString()));
    }
    Expr init = null;
    if (v.getInitializer() != null) {
      init = expr(v.getInitializer());
      if (declared == null) {
        declared = init.type();
      } else {
        init = assignable(v.getInitializer(), init, declared, "'" + v.getName() + "'");
      }
    } else if (declared == null) {
      throw diag.fail(v, unit, "'var' needs an initializer");
    }
    String name = v.getName().toString();
    Local local = new Local(name, declared);
    scopes.peek().put(name, local);
    sink.add(new Declare(local, init, lines.origin(v)));
  }

  private void expressionStatement(ExpressionStatementTree s) {
    ExpressionTree e = s.getExpression();
    Origin origin = lines.origin(s);
    switch (e.getKind()) {
      case ASSIGNMENT -> {
        AssignmentTree a = (AssignmentTree) e;
        Stmt.Target target = target(a.getVariable());
        if (target instanceof VarTarget vt && symbols.vars.get(vt.name()).role() == Role.POST) {
          throw diag.fail(e, unit, "postsynaptic variable '" + vt.name() + "' is shared by all"
              + " synapses onto the neuron: add to it with += or -=, do not assign it");
        }
        Expr value = expr(a.getExpression());
        value = assignable(a.getExpression(), value, target.type(), describeTarget(target));
        sink.add(new Assign(target, AssignOp.SET, value, origin));
      }
      case PLUS_ASSIGNMENT, MINUS_ASSIGNMENT, MULTIPLY_ASSIGNMENT, DIVIDE_ASSIGNMENT,
          REMAINDER_ASSIGNMENT -> {
        CompoundAssignmentTree a = (CompoundAssignmentTree) e;
        Stmt.Target target = target(a.getVariable());
        if (target instanceof VarTarget vt && symbols.vars.get(vt.name()).role() == Role.POST
            && e.getKind() != Tree.Kind.PLUS_ASSIGNMENT && e.getKind() != Tree.Kind.MINUS_ASSIGNMENT) {
          throw diag.fail(e, unit, "postsynaptic variable '" + vt.name() + "' is shared by all"
              + " synapses onto the neuron: only += and -= accumulate into it");
        }
        Expr value = expr(a.getExpression());
        if (!target.type().isNumeric() || !value.type().isNumeric()) {
          throw diag.fail(e, unit, "compound assignment needs numeric operands");
        }
        AssignOp op =
            switch (e.getKind()) {
              case PLUS_ASSIGNMENT -> AssignOp.ADD;
              case MINUS_ASSIGNMENT -> AssignOp.SUB;
              case MULTIPLY_ASSIGNMENT -> AssignOp.MUL;
              case DIVIDE_ASSIGNMENT -> AssignOp.DIV;
              default -> AssignOp.REM;
            };
        sink.add(new Assign(target, op, value, origin));
      }
      case PREFIX_INCREMENT, POSTFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_DECREMENT -> {
        UnaryTree u = (UnaryTree) e;
        Stmt.Target target = target(u.getExpression());
        if (!target.type().isNumeric()) {
          throw diag.fail(e, unit, "++/-- needs a numeric variable");
        }
        boolean inc =
            e.getKind() == Tree.Kind.PREFIX_INCREMENT || e.getKind() == Tree.Kind.POSTFIX_INCREMENT;
        sink.add(
            new Assign(
                target, inc ? AssignOp.ADD : AssignOp.SUB, new Const(Type.INT, 1), origin));
      }
      case METHOD_INVOCATION -> {
        MethodInvocationTree call = (MethodInvocationTree) e;
        String name = calledName(call);
        if (isDslCall(call, "integrate") || isDslCall(call, "integrateEach")) {
          integrate(call, name.equals("integrate"), origin);
        } else {
          throw diag.fail(
              e,
              unit,
              "a call as a statement is not supported (model code has no side effects other"
                  + " than assignments); supported statement calls: integrate(...),"
                  + " integrateEach(...)");
        }
      }
      default -> throw diag.fail(
          e, unit, "this expression statement is not supported; use an assignment");
    }
  }

  private void integrate(MethodInvocationTree call, boolean joint, Origin origin) {
    String name = joint ? "integrate" : "integrateEach";
    if (kind != Kind.STEP || !integrateAllowed) {
      throw diag.fail(call, unit, name + "(...) may only be used in @Update steps");
    }
    if (call.getArguments().isEmpty()) {
      throw diag.fail(call, unit, name + "(...) needs the state variables to advance, e.g. "
          + name + "(V)");
    }
    List<String> vars = new ArrayList<>();
    for (ExpressionTree arg : call.getArguments()) {
      String field = fieldName(arg);
      VarSymbol v = field == null || isLocal(field) ? null : symbols.vars.get(field);
      if (v == null) {
        throw diag.fail(arg, unit, name + "(...) takes state variables (@Var fields) that have a"
            + " @Derivative; '" + lines.text(arg) + "' is not one");
      }
      if (!ModelExtractor.derivativeTargets(symbols).contains(field)) {
        throw diag.fail(arg, unit, "state variable '" + field + "' has no @Derivative method;"
            + " declare 'double d" + field + "()' with @Derivative to integrate it");
      }
      if (vars.contains(field)) {
        throw diag.fail(arg, unit, "'" + field + "' is listed twice");
      }
      vars.add(field);
    }
    List<List<String>> systems = new ArrayList<>();
    if (joint) {
      systems.add(vars);
    } else {
      vars.forEach(v -> systems.add(List.of(v)));
    }
    sink.add(new Integrate(systems, origin));
    pendingIntegrateChecks.add(new PendingIntegrate(call, systems, joint));
  }

  /** Joint systems must share one method; checked by the extractor, which knows the methods. */
  record PendingIntegrate(MethodInvocationTree call, List<List<String>> systems, boolean joint) {}

  final List<PendingIntegrate> pendingIntegrateChecks = new ArrayList<>();

  private void ifStatement(IfTree s) {
    Expr cond = expr(s.getCondition());
    if (cond.type() != Type.BOOLEAN) {
      throw diag.fail(s.getCondition(), unit, "the condition must be boolean");
    }
    List<Stmt> outer = sink;
    List<Stmt> then = new ArrayList<>();
    List<Stmt> otherwise = new ArrayList<>();
    sink = then;
    scopes.push(new HashMap<>());
    statement(s.getThenStatement(), true);
    scopes.pop();
    if (s.getElseStatement() != null) {
      sink = otherwise;
      scopes.push(new HashMap<>());
      statement(s.getElseStatement(), true);
      scopes.pop();
    }
    sink = outer;
    sink.add(new If(cond, then, otherwise, lines.origin(s)));
  }

  private Stmt.Target target(ExpressionTree t) {
    ExpressionTree inner = unparen(t);
    if (inner instanceof IdentifierTree id) {
      String name = id.getName().toString();
      Local local = lookupLocal(name);
      if (local != null) {
        if (kind == Kind.HELPER || kind == Kind.STEP || kind == Kind.DERIVATIVE
            || kind == Kind.CONDITION) {
          return new LocalTarget(local);
        }
      }
      if (paramMeanings.containsKey(name)) {
        throw diag.fail(t, unit, "'" + name + "' is a parameter of the method and cannot be"
            + " assigned here");
      }
    }
    String field = fieldName(inner);
    if (field != null) {
      if (symbols.params.containsKey(field)) {
        throw diag.fail(t, unit, "parameter '" + field + "' is read-only in model code; set it"
            + " per group with the builder (." + field + "(...)) or group." + field
            + "().set(...) between runs");
      }
      VarSymbol v = symbols.vars.get(field);
      if (v != null && v.role() == Role.PRE) {
        throw diag.fail(t, unit, "presynaptic variable '" + field + "' is read only in a synapse"
            + " model");
      }
      if (v != null) {
        if (kind != Kind.STEP) {
          throw diag.fail(t, unit, kind.label + " must not change state variable '" + field
              + "'; only @Update steps write state");
        }
        return new VarTarget(field, v.type());
      }
    }
    throw diag.fail(t, unit, "cannot assign to '" + lines.text(t) + "': only local variables"
        + " and @Var fields can be assigned");
  }

  private String describeTarget(Stmt.Target t) {
    return t instanceof VarTarget v ? "variable '" + v.name() + "'"
        : "'" + ((LocalTarget) t).local().hint() + "'";
  }

  // ------------------------------------------------------------------ expressions

  private Expr expr(ExpressionTree e) {
    switch (e.getKind()) {
      case PARENTHESIZED:
        return expr(((ParenthesizedTree) e).getExpression());
      case INT_LITERAL:
        return new Const(Type.INT, ((LiteralTree) e).getValue());
      case DOUBLE_LITERAL:
        return new Const(Type.DOUBLE, ((LiteralTree) e).getValue());
      case FLOAT_LITERAL:
        return new Const(Type.FLOAT, ((LiteralTree) e).getValue());
      case BOOLEAN_LITERAL:
        return new Const(Type.BOOLEAN, ((LiteralTree) e).getValue());
      case LONG_LITERAL:
        throw diag.fail(e, unit, "long values are not supported in model code; use int or"
            + " double");
      case STRING_LITERAL, CHAR_LITERAL, NULL_LITERAL:
        throw diag.fail(e, unit, "only numbers and booleans are supported in model code");
      case IDENTIFIER:
        return identifier((IdentifierTree) e);
      case MEMBER_SELECT:
        return memberSelect((MemberSelectTree) e);
      case METHOD_INVOCATION:
        return call((MethodInvocationTree) e);
      case UNARY_MINUS: {
        Expr x = numeric(((UnaryTree) e).getExpression());
        if (x instanceof Const c && c.type() != Type.BOOLEAN) {
          return negate(c);
        }
        return new Unary(UnaryOp.NEG, x, x.type() == Type.INT ? Type.INT : x.type());
      }
      case UNARY_PLUS:
        return numeric(((UnaryTree) e).getExpression());
      case LOGICAL_COMPLEMENT: {
        Expr x = expr(((UnaryTree) e).getExpression());
        requireBoolean(((UnaryTree) e).getExpression(), x, "!");
        return new Unary(UnaryOp.NOT, x, Type.BOOLEAN);
      }
      case PREFIX_INCREMENT, POSTFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_DECREMENT:
        throw diag.fail(e, unit, "++ and -- are supported as statements only, not inside"
            + " expressions");
      case CONDITIONAL_EXPRESSION:
        return conditional((ConditionalExpressionTree) e);
      case TYPE_CAST:
        return cast((TypeCastTree) e);
      case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER, LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN,
          GREATER_THAN_EQUAL, EQUAL_TO, NOT_EQUAL_TO, CONDITIONAL_AND, CONDITIONAL_OR:
        return binary((BinaryTree) e);
      case AND, OR, XOR:
        throw diag.fail(e, unit, "bitwise/non-short-circuit operators (&, |, ^) are not"
            + " supported; use && and ||");
      case LEFT_SHIFT, RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT, BITWISE_COMPLEMENT:
        throw diag.fail(e, unit, "bit operations are not supported in model code");
      case NEW_CLASS, NEW_ARRAY:
        throw diag.fail(e, unit, "allocation (new) is not supported in model code: state lives"
            + " in @Var fields, one value per neuron; use local variables for temporaries");
      case ARRAY_ACCESS:
        throw diag.fail(e, unit, "arrays are not supported in model code: a model describes one"
            + " neuron; use one @Var per quantity");
      case LAMBDA_EXPRESSION, MEMBER_REFERENCE:
        throw diag.fail(e, unit, "lambdas and method references are not supported in model"
            + " code; use a static helper method of the model class");
      case ASSIGNMENT, PLUS_ASSIGNMENT, MINUS_ASSIGNMENT, MULTIPLY_ASSIGNMENT, DIVIDE_ASSIGNMENT:
        throw diag.fail(e, unit, "assignments inside expressions are not supported; write them"
            + " as statements");
      default:
        throw diag.fail(e, unit, "this expression (" + describeKind(e) + ") is not supported in"
            + " model code; supported: numbers, parameters, variables, locals, t, dt, arithmetic,"
            + " comparisons, && || !, c ? a : b, casts, Math functions, static helpers");
    }
  }

  private Expr identifier(IdentifierTree id) {
    String name = id.getName().toString();
    Local local = lookupLocal(name);
    if (local != null) {
      return new LocalRef(local);
    }
    Expr meaning = paramMeanings.get(name);
    if (meaning != null) {
      return meaning;
    }
    return field(id, name);
  }

  private Expr memberSelect(MemberSelectTree m) {
    ExpressionTree owner = unparen(m.getExpression());
    String member = m.getIdentifier().toString();
    if (owner instanceof IdentifierTree oid) {
      String o = oid.getName().toString();
      if (o.equals("this")) {
        return field(m, member);
      }
      if (o.equals("Math") || o.equals("StrictMath")) {
        if (member.equals("PI")) {
          return Const.ofDouble(Math.PI);
        }
        if (member.equals("E")) {
          return Const.ofDouble(Math.E);
        }
      }
      if (o.equals(symbols.type.getSimpleName().toString())
          && symbols.constants.containsKey(member)) {
        return symbols.constants.get(member);
      }
    }
    throw diag.fail(m, unit, "'" + lines.text(m) + "' is not supported in model code: only"
        + " this.<field>, Math.PI, Math.E and the model's own static final constants");
  }

  private Expr field(Tree where, String name) {
    Const constant = symbols.constants.get(name);
    if (constant != null) {
      return constant;
    }
    Type p = symbols.params.get(name);
    if (p != null) {
      if (kind == Kind.CONSTANT) {
        throw diag.fail(where, unit, "a @Param default must be a constant; it cannot read"
            + " parameter '" + name + "'");
      }
      if (kind == Kind.CONDITION) {
        throw diag.fail(where, unit, "an @Every condition runs once for the whole group and may"
            + " only read t, dt, constants and rand(); parameter '" + name + "' can differ"
            + " between neurons");
      }
      return new ParamRef(name, p);
    }
    VarSymbol v = symbols.vars.get(name);
    if (v != null) {
      if (kind == Kind.CONSTANT || kind == Kind.VAR_INIT) {
        throw diag.fail(where, unit, kind.label + " cannot read state variable '" + name
            + "'; use constants and parameters");
      }
      if (kind == Kind.CONDITION) {
        throw diag.fail(where, unit, "an @Every condition runs once for the whole group and may"
            + " only read t, dt, constants and rand(); it cannot read state variable '" + name
            + "'");
      }
      return new VarRef(name, v.type());
    }
    if ((name.equals("PI") || name.equals("E")) && staticallyImportedFromMath(name)) {
      return Const.ofDouble(name.equals("PI") ? Math.PI : Math.E);
    }
    String other = symbols.otherFields.get(name);
    if (other != null) {
      throw diag.fail(where, unit, "field '" + name + "' is " + other + "; model code can read"
          + " @Param, @Var, @Spike and @Input fields and static final constants");
    }
    throw diag.fail(where, unit, "'" + name + "' is not known to the model DSL here: model code"
        + " can read its locals, t and dt, @Param/@Var/@Spike/@Input fields and constants");
  }

  /** Whether the file has {@code import static java.lang.Math.*} or {@code ...Math.<name>}. */
  private boolean staticallyImportedFromMath(String name) {
    for (ImportTree i : unit.getImports()) {
      String q = i.getQualifiedIdentifier().toString();
      if (i.isStatic() && (q.equals("java.lang.Math.*") || q.equals("java.lang.Math." + name))) {
        return true;
      }
    }
    return false;
  }

  private Expr call(MethodInvocationTree call) {
    String name = calledName(call);
    if (name == null) {
      throw diag.fail(call, unit, "calls on other objects are not supported in model code;"
          + " supported: Math." + "<fn>(...), static helper methods of the model class, rand(),"
          + " randn()");
    }
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof MemberSelectTree ms) {
      ExpressionTree owner = unparen(ms.getExpression());
      String o = owner instanceof IdentifierTree oid ? oid.getName().toString()
          : owner instanceof MemberSelectTree oms ? oms.toString() : "";
      // not StrictMath: generated code calls Math, whose results may differ from StrictMath's
      if (o.equals("Math") || o.equals("java.lang.Math")) {
        return math(call, name);
      }
      if (o.equals("Dsl") || o.equals("org.brainj.annotations.Dsl")) {
        return dsl(call, name);
      }
      if (o.equals(symbols.type.getSimpleName().toString()) && symbols.helpers.containsKey(name)) {
        return inline(call, symbols.helpers.get(name));
      }
      throw diag.fail(call, unit, "calls on other objects or classes are not supported in model"
          + " code ('" + lines.text(select) + "'); supported: Math.<fn>(...) (" 
          + MathFn.supportedNames() + "), static helper methods of the model class, rand(),"
          + " randn()");
    }
    if (symbols.helpers.containsKey(name)) {
      return inline(call, symbols.helpers.get(name));
    }
    if (symbols.instanceMethods.containsKey(name)) {
      throw diag.fail(call, unit, "instance method '" + name + "' cannot be called from model"
          + " code; make it a static helper (static double " + name + "(...)) or, for a"
          + " derivative, advance the variable with integrate(...)");
    }
    if (name.equals("integrate") || name.equals("integrateEach")) {
      throw diag.fail(call, unit, name + "(...) is a statement: it advances the variables in"
          + " place and has no value");
    }
    if (name.equals("rand") || name.equals("randn")) {
      return dsl(call, name);
    }
    if (MathFn.byName(name) != null) {
      return math(call, name); // statically imported java.lang.Math
    }
    throw diag.fail(call, unit, "unknown method '" + name + "': model code can call Math.<fn>"
        + " (" + MathFn.supportedNames() + "), static helper methods of the model class, rand()"
        + " and randn()");
  }

  private Expr math(MethodInvocationTree call, String name) {
    MathFn fn = MathFn.byName(name);
    if (fn == null) {
      throw diag.fail(call, unit, "Math." + name + " is not supported; supported Math functions: "
          + MathFn.supportedNames());
    }
    if (call.getArguments().size() != fn.arity) {
      throw diag.fail(call, unit, "Math." + name + " takes " + fn.arity + " argument(s)");
    }
    List<Expr> args = new ArrayList<>();
    Type argType = null;
    for (ExpressionTree a : call.getArguments()) {
      Expr x = numeric(a);
      args.add(x);
      argType = argType == null ? x.type() : Type.promote(argType, x.type());
    }
    // Java widens the arguments to the overload it picks; the result type follows it
    Type result = fn.resultType(argType);
    return new Call(fn, args, result);
  }

  private Expr dsl(MethodInvocationTree call, String name) {
    if (name.equals("rand") || name.equals("randn")) {
      if (!call.getArguments().isEmpty()) {
        throw diag.fail(call, unit, name + "() takes no arguments");
      }
      if (kind != Kind.STEP && kind != Kind.CONDITION) {
        throw diag.fail(call, unit, name + "() may be used in @Update steps and @Every"
            + " conditions only" + (kind == Kind.DERIVATIVE ? " (a derivative must be a"
                + " deterministic function of the state)" : ""));
      }
      return new Expr.Random(name.equals("randn"), shared.randomSites++);
    }
    if (name.equals("integrate") || name.equals("integrateEach")) {
      throw diag.fail(call, unit, name + "(...) is a statement: it advances the variables in"
          + " place and has no value");
    }
    throw diag.fail(call, unit, "Dsl." + name + " is not supported here");
  }

  private Expr inline(MethodInvocationTree call, ExecutableElement method) {
    Helper helper = helper(call, method);
    if (helper.params().size() != call.getArguments().size()) {
      throw diag.fail(call, unit, "'" + method.getSimpleName() + "' takes "
          + helper.params().size() + " argument(s)");
    }
    IrRewriter rw = new IrRewriter(null, null);
    for (int i = 0; i < helper.params().size(); i++) {
      Local p = helper.params().get(i);
      ExpressionTree argTree = call.getArguments().get(i);
      Expr arg = assignable(argTree, expr(argTree), p.type(), "argument '" + p.hint() + "'");
      boolean simple = arg instanceof Const || arg instanceof LocalRef || arg instanceof VarRef
          || arg instanceof ParamRef || arg instanceof Time || arg instanceof Dt;
      if (simple && !helper.assigned().contains(p)) {
        rw.bind(p, arg);
      } else {
        Local copy = new Local(p.hint(), p.type());
        sink.add(new Declare(copy, arg, lines.origin(call)));
        rw.bind(p, new LocalRef(copy));
      }
    }
    sink.addAll(rw.stmts(helper.body()));
    return rw.expr(helper.result());
  }

  private Helper helper(Tree callSite, ExecutableElement method) {
    Helper cached = shared.helpers.get(method);
    if (cached != null) {
      return cached;
    }
    if (shared.inProgress.contains(method)) {
      throw diag.fail(callSite, unit, "recursion is not supported in model code: '"
          + method.getSimpleName() + "' calls itself (directly or through other helpers)");
    }
    MethodTree tree = trees.getTree(method);
    if (tree == null || tree.getBody() == null) {
      throw diag.fail(callSite, unit, "the body of helper '" + method.getSimpleName()
          + "' is not available to the processor");
    }
    Type returnType = primitive(method.getReturnType().getKind());
    if (returnType == null) {
      throw diag.fail(tree, unit, "a static helper called from model code must return double,"
          + " float, int or boolean");
    }
    shared.inProgress.add(method);
    try {
      BodyTranslator inner = new BodyTranslator(trees, diag, unit, lines, symbols, Kind.HELPER,
          shared);
      List<Local> params = new ArrayList<>();
      for (VariableElement p : method.getParameters()) {
        Type t = primitive(p.asType().getKind());
        if (t == null) {
          throw diag.fail(tree, unit, "helper parameters must be double, float, int or boolean");
        }
        Local l = new Local(p.getSimpleName().toString(), t);
        params.add(l);
        inner.scopes.peek().put(l.hint(), l);
      }
      Returning r = inner.returning(tree);
      Expr result = inner.assignable(tree, r.result(), returnType, "the return value");
      Set<Local> assigned = new java.util.HashSet<>();
      collectAssigned(r.body(), assigned);
      Helper h = new Helper(params, r.body(), result, assigned);
      shared.helpers.put(method, h);
      return h;
    } finally {
      shared.inProgress.remove(method);
    }
  }

  private static void collectAssigned(List<Stmt> body, Set<Local> out) {
    for (Stmt s : body) {
      if (s instanceof Assign a && a.target() instanceof LocalTarget lt) {
        out.add(lt.local());
      } else if (s instanceof If i) {
        collectAssigned(i.then(), out);
        collectAssigned(i.otherwise(), out);
      } else if (s instanceof Stmt.Block b) {
        collectAssigned(b.body(), out);
      }
    }
  }

  private Expr conditional(ConditionalExpressionTree c) {
    Expr cond = expr(c.getCondition());
    requireBoolean(c.getCondition(), cond, "?:");
    // each branch collects the statements of helpers it inlines, so they run only when Java
    // would evaluate that branch
    List<Stmt> whenTrue = new ArrayList<>();
    List<Stmt> whenFalse = new ArrayList<>();
    Expr a = inSink(whenTrue, c.getTrueExpression());
    Expr b = inSink(whenFalse, c.getFalseExpression());
    Type t;
    if (a.type() == Type.BOOLEAN && b.type() == Type.BOOLEAN) {
      t = Type.BOOLEAN;
    } else if (!a.type().isNumeric() || !b.type().isNumeric()) {
      throw diag.fail(c, unit, "both branches of ?: must be numbers, or both booleans");
    } else {
      t = Type.promote(a.type(), b.type());
    }
    if (whenTrue.isEmpty() && whenFalse.isEmpty()) {
      return new Conditional(cond, widen(a, t), widen(b, t), t);
    }
    Origin origin = lines.origin(c);
    Local result = new Local("chosen", t);
    sink.add(new Declare(result, null, origin));
    whenTrue.add(new Assign(new LocalTarget(result), AssignOp.SET, widen(a, t), origin));
    whenFalse.add(new Assign(new LocalTarget(result), AssignOp.SET, widen(b, t), origin));
    sink.add(new If(cond, whenTrue, whenFalse, origin));
    return new LocalRef(result);
  }

  /** Translates {@code e} with inlined helper statements going to {@code into}. */
  private Expr inSink(List<Stmt> into, ExpressionTree e) {
    List<Stmt> outer = sink;
    sink = into;
    try {
      return expr(e);
    } finally {
      sink = outer;
    }
  }

  private Expr cast(TypeCastTree c) {
    if (!(c.getType() instanceof PrimitiveTypeTree p) || primitive(p.getPrimitiveTypeKind()) == null
        || primitive(p.getPrimitiveTypeKind()) == Type.BOOLEAN) {
      throw diag.fail(c, unit, "only casts to int, float and double are supported");
    }
    Type to = primitive(p.getPrimitiveTypeKind());
    Expr x = numeric(c.getExpression());
    return x.type() == to ? x : new Cast(to, x);
  }

  private Expr binary(BinaryTree b) {
    BinaryOp op =
        switch (b.getKind()) {
          case PLUS -> BinaryOp.ADD;
          case MINUS -> BinaryOp.SUB;
          case MULTIPLY -> BinaryOp.MUL;
          case DIVIDE -> BinaryOp.DIV;
          case REMAINDER -> BinaryOp.REM;
          case LESS_THAN -> BinaryOp.LT;
          case LESS_THAN_EQUAL -> BinaryOp.LE;
          case GREATER_THAN -> BinaryOp.GT;
          case GREATER_THAN_EQUAL -> BinaryOp.GE;
          case EQUAL_TO -> BinaryOp.EQ;
          case NOT_EQUAL_TO -> BinaryOp.NE;
          case CONDITIONAL_AND -> BinaryOp.AND;
          default -> BinaryOp.OR;
        };
    Expr l = expr(b.getLeftOperand());
    if (op.isLogical()) {
      requireBoolean(b.getLeftOperand(), l, op.symbol);
      // short-circuit: helper statements of the right side run only when Java evaluates it
      List<Stmt> rightPre = new ArrayList<>();
      Expr r = inSink(rightPre, b.getRightOperand());
      requireBoolean(b.getRightOperand(), r, op.symbol);
      if (rightPre.isEmpty()) {
        return new Binary(op, l, r, Type.BOOLEAN);
      }
      Origin origin = lines.origin(b);
      Local result = new Local(op == BinaryOp.AND ? "both" : "either", Type.BOOLEAN);
      sink.add(new Declare(result, l, origin));
      rightPre.add(new Assign(new LocalTarget(result), AssignOp.SET, r, origin));
      Expr evaluateRight = op == BinaryOp.AND ? new LocalRef(result)
          : new Unary(UnaryOp.NOT, new LocalRef(result), Type.BOOLEAN);
      sink.add(new If(evaluateRight, rightPre, List.of(), origin));
      return new LocalRef(result);
    }
    Expr r = expr(b.getRightOperand());
    if ((op == BinaryOp.EQ || op == BinaryOp.NE) && l.type() == Type.BOOLEAN
        && r.type() == Type.BOOLEAN) {
      return new Binary(op, l, r, Type.BOOLEAN);
    }
    if (!l.type().isNumeric() || !r.type().isNumeric()) {
      throw diag.fail(b, unit, "'" + op.symbol + "' needs numeric operands");
    }
    Type t = Type.promote(l.type(), r.type());
    return new Binary(op, l, r, op.isComparison() ? Type.BOOLEAN : t);
  }

  // ------------------------------------------------------------------ helpers

  private Expr numeric(ExpressionTree t) {
    Expr x = expr(t);
    if (!x.type().isNumeric()) {
      throw diag.fail(t, unit, "a number is needed here, not a boolean");
    }
    return x;
  }

  private void requireBoolean(ExpressionTree t, Expr x, String op) {
    if (x.type() != Type.BOOLEAN) {
      throw diag.fail(t, unit, "'" + op + "' needs a boolean operand");
    }
  }

  /** Checks Java's assignment conversion (widening only) and makes it explicit. */
  Expr assignable(Tree where, Expr value, Type to, String what) {
    if (value.type() == to) {
      return value;
    }
    if (to == Type.BOOLEAN || value.type() == Type.BOOLEAN) {
      throw diag.fail(where, unit, "cannot assign a " + value.type().javaName() + " to " + what
          + " of type " + to.javaName());
    }
    if (rank(value.type()) > rank(to)) {
      if (value instanceof Const c && to == Type.INT) {
        throw diag.fail(where, unit, "a " + value.type().javaName() + " cannot be assigned to "
            + what + " of type int without a cast");
      }
      throw diag.fail(where, unit, "a " + value.type().javaName() + " cannot be assigned to "
          + what + " of type " + to.javaName() + " without a cast");
    }
    return widen(value, to);
  }

  private static int rank(Type t) {
    return switch (t) {
      case INT -> 0;
      case FLOAT -> 1;
      case DOUBLE -> 2;
      case BOOLEAN -> -1;
    };
  }

  private static Expr widen(Expr x, Type to) {
    if (x.type() == to) {
      return x;
    }
    if (x instanceof Const c) {
      double v = c.asDouble();
      return switch (to) {
        case DOUBLE -> Const.ofDouble(v);
        case FLOAT -> new Const(Type.FLOAT, (float) v);
        default -> x;
      };
    }
    return new Cast(to, x);
  }

  private static Const negate(Const c) {
    return switch (c.type()) {
      case INT -> new Const(Type.INT, -((Integer) c.value()));
      case FLOAT -> new Const(Type.FLOAT, -((Float) c.value()));
      default -> Const.ofDouble(-((Number) c.value()).doubleValue());
    };
  }

  private Local lookupLocal(String name) {
    for (Map<String, Local> scope : scopes) {
      Local l = scope.get(name);
      if (l != null) {
        return l;
      }
    }
    return null;
  }

  private boolean isLocal(String name) {
    return lookupLocal(name) != null || paramMeanings.containsKey(name)
        && !(paramMeanings.get(name) instanceof VarRef);
  }

  /** The field named by {@code x} or {@code this.x}, or null. */
  private static String fieldName(ExpressionTree t) {
    ExpressionTree e = unparen(t);
    if (e instanceof IdentifierTree id) {
      return id.getName().toString();
    }
    if (e instanceof MemberSelectTree m && unparen(m.getExpression()) instanceof IdentifierTree o
        && o.getName().contentEquals("this")) {
      return m.getIdentifier().toString();
    }
    return null;
  }

  private static String calledName(MethodInvocationTree call) {
    ExpressionTree s = call.getMethodSelect();
    if (s instanceof IdentifierTree id) {
      return id.getName().toString();
    }
    if (s instanceof MemberSelectTree m) {
      ExpressionTree owner = unparen(m.getExpression());
      if (owner instanceof IdentifierTree || owner instanceof MemberSelectTree) {
        return m.getIdentifier().toString();
      }
    }
    return null;
  }

  private boolean isDslCall(MethodInvocationTree call, String name) {
    ExpressionTree s = call.getMethodSelect();
    if (s instanceof IdentifierTree id) {
      return id.getName().contentEquals(name) && !symbols.helpers.containsKey(name)
          && !symbols.instanceMethods.containsKey(name);
    }
    if (s instanceof MemberSelectTree m && m.getIdentifier().contentEquals(name)) {
      String owner = unparen(m.getExpression()).toString();
      return owner.equals("Dsl") || owner.equals("org.brainj.annotations.Dsl");
    }
    return false;
  }

  private static ExpressionTree unparen(ExpressionTree t) {
    while (t instanceof ParenthesizedTree p) {
      t = p.getExpression();
    }
    return t;
  }

  static Type primitive(TypeKind k) {
    return switch (k) {
      case DOUBLE -> Type.DOUBLE;
      case FLOAT -> Type.FLOAT;
      case INT -> Type.INT;
      case BOOLEAN -> Type.BOOLEAN;
      default -> null;
    };
  }

  private static String unsupportedType(String type) {
    return "type '" + type + "' is not supported in model code; use double, float, int or"
        + " boolean";
  }

  private static String describeKind(Tree t) {
    return t.getKind().name().toLowerCase().replace('_', ' ');
  }

  /** Kinds of role, for callers. */
  static boolean isState(VarSymbol v) {
    return v.role() == Role.STATE;
  }
}
