package org.brainj.processor.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.brainj.processor.emit.GeneratedSource;
import org.brainj.processor.integrate.IntegratorExpander;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.IrRewriter;
import org.brainj.processor.ir.IrUsage;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel;
import org.brainj.processor.model.NeuronModel.DerivativeSpec;
import org.brainj.processor.model.NeuronModel.ParamSpec;
import org.brainj.processor.model.NeuronModel.StepSpec;
import org.brainj.processor.model.NeuronModel.VarSpec;
import org.brainj.processor.transform.Differentiator;
import org.brainj.processor.transform.JacobianSimplifier;

/**
 * Emits the class of an {@code @OdeSystem}: {@code <Model>System implements VectorField,
 * Stepper} with the state as a {@code double[]} (variables in declaration order), parameters as
 * fields with typed getters and setters, and four computations written out from the IR:
 *
 * <ul>
 *   <li>{@code step}: the model's default step (integrate every derivative, jointly per method)
 *       expanded by {@link IntegratorExpander}, exactly as for a neuron group, so it computes the
 *       same bits;
 *   <li>{@code derivative}: each derivative's body and result;
 *   <li>{@code jacobian}: {@code d f_i / d x_j} for every pair, by {@link Differentiator};
 *   <li>{@code initialState}: the {@code @Var} initializers (which may read parameters).
 * </ul>
 *
 * <p>The runtime is named by qualified names only, so the processor does not depend on it.
 */
public final class JavaSystemEmitter {
  static final String ODE = JavaGroupEmitter.RT + ".ode";
  private static final ClassName VECTOR_FIELD = ClassName.get(ODE, "VectorField");
  private static final ClassName STEPPER = ClassName.get(ODE, "Stepper");
  private static final TypeName STRING_LIST =
      ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));

  private final NeuronModel model;
  private final ClassName self;
  private final List<VarSpec> state;

  public JavaSystemEmitter(NeuronModel model) {
    if (!model.system()) {
      throw new IllegalArgumentException(model.modelName() + " is not an @OdeSystem");
    }
    this.model = model;
    this.self = ClassName.get(model.packageName(), model.groupName());
    this.state = model.vars(); // the extractor admits only double variables with derivatives
  }

  public JavaFile emit() {
    TypeSpec.Builder type = GeneratedSource.publicClass(self, model)
        .addSuperinterface(VECTOR_FIELD)
        .addSuperinterface(STEPPER)
        .addJavadoc(classDoc());
    for (int k = 0; k < state.size(); k++) {
      VarSpec v = state.get(k);
      type.addField(FieldSpec.builder(int.class, v.name(), Modifier.PUBLIC, Modifier.STATIC,
              Modifier.FINAL)
          .addJavadoc("Index of {@code $L}$L in the state array.\n", v.name(),
              JavaGroupEmitter.docSuffix(v.doc()))
          .initializer("$L", k)
          .build());
    }
    type.addField(FieldSpec.builder(STRING_LIST, "NAMES", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.of($L)", List.class, quotedList(state.stream().map(VarSpec::name)
            .toList()))
        .build());
    type.addField(FieldSpec.builder(STRING_LIST, "PARAMETERS", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.of($L)", List.class, quotedList(model.params().stream()
            .map(ParamSpec::name).toList()))
        .build());
    for (ParamSpec p : model.params()) {
      type.addField(FieldSpec.builder(typeName(p.type()), p.name(), Modifier.PRIVATE)
          .initializer("$L", literal(p.type(), p.defaultValue()))
          .build());
    }
    type.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc("A system with the default parameters of {@link $L}.\n", model.modelName())
        .addModifiers(Modifier.PUBLIC)
        .build());
    type.addMethod(MethodSpec.methodBuilder("create")
        .addJavadoc("A system with the default parameters; set others with the typed setters,"
            + " e.g. {@code $L.create()$L}.\n", model.groupName(), model.params().isEmpty() ? ""
            : "." + model.params().get(0).name() + "(...)")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addStatement("return new $T()", self)
        .build());
    type.addMethod(copy());
    for (ParamSpec p : model.params()) {
      type.addMethod(getter(p));
      type.addMethod(setter(p));
    }
    type.addMethod(simple("dimension", TypeName.INT, "The number of state variables.",
        "return " + state.size()));
    type.addMethod(simple("names", STRING_LIST, "The state variables, in state order: "
        + String.join(", ", state.stream().map(VarSpec::name).toList()) + ".", "return NAMES"));
    type.addMethod(simple("parameterNames", STRING_LIST, "The parameters, in declaration order.",
        "return PARAMETERS"));
    type.addMethod(parameterGet());
    type.addMethod(parameterSet());
    type.addMethod(initialState());
    type.addMethod(derivative());
    type.addMethod(jacobian());
    if (stochastic()) {
      type.addField(FieldSpec.builder(long.class, "seed", Modifier.PRIVATE).build());
      type.addField(FieldSpec.builder(long.class, "stepCount", Modifier.PRIVATE).build());
      type.addField(FieldSpec.builder(int.class, "STREAM_BASE", Modifier.PUBLIC, Modifier.STATIC,
              Modifier.FINAL)
          .addJavadoc("The base of the noise streams: {@code CounterRng.streamOf($S)}; random"
              + " call site {@code k} draws from stream {@code STREAM_BASE + k * 0x9E3779B9},"
              + " element 0, as a neuron group named so draws for its neuron 0.\n",
              model.modelName())
          .initializer("$L.random.CounterRng.streamOf($S)", JavaGroupEmitter.RT,
              model.modelName())
          .build());
      type.addMethod(MethodSpec.methodBuilder("seed")
          .addJavadoc("Sets the seed of the noise and restarts the step counter at 0, so the"
              + " same seed and steps give the same path bit for bit; returns this system.\n")
          .addModifiers(Modifier.PUBLIC)
          .addParameter(long.class, "seed")
          .returns(self)
          .addStatement("this.seed = seed")
          .addStatement("this.stepCount = 0")
          .addStatement("return this")
          .build());
      type.addMethod(MethodSpec.methodBuilder("seed")
          .addJavadoc("The seed of the noise (default 0).\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(long.class)
          .addStatement("return seed")
          .build());
      type.addMethod(MethodSpec.methodBuilder("stepCount")
          .addJavadoc("The step number the next {@code step(state, t, dt)} draws its noise"
              + " for.\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(long.class)
          .addStatement("return stepCount")
          .build());
      type.addMethod(diffusion());
      type.addMethod(MethodSpec.methodBuilder("step")
          .addJavadoc("One step with the noise of step number {@link #stepCount()}, which then"
              + " advances: {@code step(state, t, dt, stepCount++)}.\n")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .addParameter(double[].class, "state")
          .addParameter(double.class, "t")
          .addParameter(double.class, "dt")
          .addStatement("step(state, t, dt, stepCount++)")
          .build());
    }
    type.addMethod(step());
    type.addMethod(checkLength());
    type.addMethod(unknownParameter());
    type.addMethod(toStringMethod());
    return GeneratedSource.file(model, type.build());
  }

  // ------------------------------------------------------------------ structure

  private CodeBlock classDoc() {
    CodeBlock.Builder d = CodeBlock.builder();
    d.add("The {@link $L} system of ordinary differential equations, generated by the BrainJ"
        + " processor.\n", model.modelName());
    if (!model.javadoc().isEmpty()) {
      d.add("\n<p>$L\n", model.javadoc().replace("$", "$$").split("\n\n")[0]);
    }
    List<String> layout = new ArrayList<>();
    for (int k = 0; k < state.size(); k++) {
      layout.add("{@code state[" + k + "]} = {@code " + state.get(k).name() + "}");
    }
    d.add("\n<p>State layout: $L.\n", String.join(", ", layout));
    if (!model.params().isEmpty()) {
      List<String> ps = new ArrayList<>();
      model.params().forEach(p -> ps.add("{@code " + p.name() + "} = " + p.defaultValue()));
      d.add("\n<p>Parameters (defaults): $L.\n", String.join(", ", ps));
    }
    List<String> parts = new ArrayList<>();
    model.derivatives().values().forEach(x -> parts.add(x.var() + " by " + x.method()));
    d.add("\n<p>Integration ({@link #step}): $L, jointly per method.\n",
        String.join(", ", parts));
    return d.build();
  }

  private MethodSpec copy() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("copy")
        .addJavadoc("A new system with this one's parameters (systems are not thread-safe"
            + " while their parameters change; give each thread its own copy).\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addStatement("$T c = new $T()", self, self);
    for (ParamSpec p : model.params()) {
      m.addStatement("c.$L = this.$L", p.name(), p.name());
    }
    if (stochastic()) {
      m.addStatement("c.seed = this.seed");
    }
    return m.addStatement("return c").build();
  }

  private MethodSpec getter(ParamSpec p) {
    return MethodSpec.methodBuilder(p.name())
        .addJavadoc("Parameter {@code $L}$L (default $L).\n", p.name(),
            JavaGroupEmitter.docSuffix(p.doc()), p.defaultValue())
        .addModifiers(Modifier.PUBLIC)
        .returns(typeName(p.type()))
        .addStatement("return $L", p.name())
        .build();
  }

  private MethodSpec setter(ParamSpec p) {
    return MethodSpec.methodBuilder(p.name())
        .addJavadoc("Sets parameter {@code $L}$L (default $L); returns this system.\n", p.name(),
            JavaGroupEmitter.docSuffix(p.doc()), p.defaultValue())
        .addModifiers(Modifier.PUBLIC)
        .addParameter(typeName(p.type()), "value")
        .returns(self)
        .addStatement("this.$L = value", p.name())
        .addStatement("return this")
        .build();
  }

  private static MethodSpec simple(String name, TypeName returns, String doc, String body) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n", doc)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement(body)
        .build();
  }

  private MethodSpec parameterGet() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("parameter")
        .addJavadoc("The value of a parameter, by name.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(String.class, "name")
        .returns(double.class);
    m.beginControlFlow("switch (name)");
    for (ParamSpec p : model.params()) {
      m.addStatement("case $S: return $L", p.name(), p.name());
    }
    m.addStatement("default: throw unknownParameter(name)");
    m.endControlFlow();
    return m.build();
  }

  private MethodSpec parameterSet() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("setParameter")
        .addJavadoc("Sets a parameter by name; an {@code int} parameter takes only integral"
            + " values.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(String.class, "name")
        .addParameter(double.class, "value");
    m.beginControlFlow("switch (name)");
    for (ParamSpec p : model.params()) {
      switch (p.type()) {
        case INT -> {
          m.beginControlFlow("case $S:", p.name());
          m.beginControlFlow("if (value != (int) value)");
          m.addStatement("throw new $T($S + value + $S)", IllegalArgumentException.class,
              model.groupName() + ": parameter '" + p.name() + "' is an int, got ", "");
          m.endControlFlow();
          m.addStatement("this.$L = (int) value", p.name());
          m.addStatement("return");
          m.endControlFlow();
        }
        case FLOAT -> m.addStatement("case $S: this.$L = (float) value; return", p.name(),
            p.name());
        default -> m.addStatement("case $S: this.$L = value; return", p.name(), p.name());
      }
    }
    m.addStatement("default: throw unknownParameter(name)");
    m.endControlFlow();
    return m.build();
  }

  private MethodSpec initialState() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("initialState")
        .addJavadoc("A new state array with the {@code @Var} initial values of {@link $L} (with"
            + " this system's parameters where they read them).\n", model.modelName())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(double[].class);
    Names names = new Names(reserved());
    JavaExprWriter w = new JavaExprWriter(names, "-1");
    List<String> values = new ArrayList<>();
    for (VarSpec v : state) {
      values.add(v.init() == null ? "0.0" : w.write(v.init()));
    }
    m.addStatement("return new double[] {$L}", String.join(", ", values));
    return m.build();
  }

  private MethodSpec derivative() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("derivative")
        .addJavadoc("The vector field: {@code out[i] = d state[i] / dt} at time {@code t}, from"
            + " the {@code @Derivative} methods of {@link $L}.\n", model.modelName())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(double[].class, "state")
        .addParameter(double.class, "t")
        .addParameter(double[].class, "out");
    m.addStatement("checkLength(state, $S)", "state");
    m.addStatement("checkLength(out, $S)", "out");
    List<Stmt> all = new ArrayList<>();
    List<Expr> results = new ArrayList<>();
    for (VarSpec v : state) {
      DerivativeSpec d = model.derivatives().get(v.name());
      all.addAll(d.body());
      results.add(d.result());
    }
    loadParamsAndState(m, IrUsage.of(all, results.toArray(Expr[]::new)), true);
    Names names = new Names(reserved());
    JavaExprWriter w = new JavaExprWriter(names, "-1");
    for (int i = 0; i < state.size(); i++) {
      DerivativeSpec d = model.derivatives().get(state.get(i).name());
      m.addComment("d$L/dt: $L", d.var(), d.origin().describe());
      new StmtWriter(m, w, names).write(d.body());
      m.addStatement("out[$L] = $L", i, w.write(d.result()));
    }
    return m.build();
  }

  /**
   * Every {@code d f_i / d x_j}: the derivative of {@code f_i}'s body and result by forward-mode
   * differentiation; an entry whose {@code f_i} does not read {@code x_j} is 0. Entries whose
   * body has locals get a block of their own (the body is repeated, with derivative locals).
   */
  private MethodSpec jacobian() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("jacobian")
        .addJavadoc("The exact Jacobian {@code out[i][j] = d f_i / d state[j]} at time {@code t},"
            + " by symbolic differentiation of the {@code @Derivative} methods ({@code f_i} is"
            + " {@code d state[i] / dt}). Piecewise expressions are differentiated branch by"
            + " branch.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(double[].class, "state")
        .addParameter(double.class, "t")
        .addParameter(double[][].class, "out");
    m.addStatement("checkLength(state, $S)", "state");
    m.beginControlFlow("if (out.length != $L)", state.size());
    m.addStatement("throw new $T($S + out.length + $S)", IllegalArgumentException.class,
        model.groupName() + ": the Jacobian has ", " rows, expected " + state.size());
    m.endControlFlow();
    m.beginControlFlow("for (double[] row : out)");
    m.addStatement("checkLength(row, $S)", "a row of the Jacobian");
    m.endControlFlow();
    // every entry first, so that only what they read is loaded
    int n = state.size();
    Differentiator.Result[][] entries = new Differentiator.Result[n][n];
    List<Stmt> all = new ArrayList<>();
    List<Expr> exprs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      DerivativeSpec d = model.derivatives().get(state.get(i).name());
      Set<String> reads = IrUsage.of(d.body(), d.result()).varsRead;
      for (int j = 0; j < n; j++) {
        String x = state.get(j).name();
        if (!reads.contains(x)) {
          continue; // f_i does not read x_j: the entry is 0
        }
        IrRewriter copy = new IrRewriter(null, null);
        List<Stmt> body = copy.stmts(d.body());
        Expr result = copy.expr(d.result());
        entries[i][j] =
            JacobianSimplifier.simplify(Differentiator.differentiate(body, result, x));
        all.addAll(entries[i][j].body());
        exprs.add(entries[i][j].derivative());
      }
    }
    loadParamsAndState(m, IrUsage.of(all, exprs.toArray(Expr[]::new)), true);
    for (int i = 0; i < n; i++) {
      DerivativeSpec d = model.derivatives().get(state.get(i).name());
      m.addComment("row $L, d$L/dt: $L", i, d.var(), d.origin().describe());
      for (int j = 0; j < n; j++) {
        Differentiator.Result r = entries[i][j];
        if (r == null) {
          m.addStatement("out[$L][$L] = 0.0", i, j);
          continue;
        }
        // a block per entry whose body has locals: each repeats what it needs of the body
        Names names = new Names(reserved());
        JavaExprWriter w = new JavaExprWriter(names, "-1");
        if (r.body().isEmpty()) {
          m.addStatement("out[$L][$L] = $L", i, j, w.write(r.derivative()));
        } else {
          m.addCode("{ // d(d$L/dt)/d$L\n$>", d.var(), state.get(j).name());
          new StmtWriter(m, w, names).write(r.body());
          m.addStatement("out[$L][$L] = $L", i, j, w.write(r.derivative()));
          m.addCode("$<}\n");
        }
      }
    }
    return m.build();
  }

  /** Whether a variable has a {@code @Diffusion}: the system is an SDE. */
  private boolean stochastic() {
    return model.derivatives().values().stream().anyMatch(d -> d.sde() != null);
  }

  private MethodSpec diffusion() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("diffusion")
        .addJavadoc("The noise coefficients: {@code out[i] = g_i(state, t)} of {@code dX_i ="
            + " f_i dt + g_i dW}, 0 for a variable without a {@code @Diffusion}.\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(double[].class, "state")
        .addParameter(double.class, "t")
        .addParameter(double[].class, "out");
    m.addStatement("checkLength(state, $S)", "state");
    m.addStatement("checkLength(out, $S)", "out");
    List<Stmt> all = new ArrayList<>();
    List<Expr> results = new ArrayList<>();
    for (VarSpec v : state) {
      NeuronModel.Sde sde = model.derivatives().get(v.name()).sde();
      if (sde != null) {
        all.addAll(sde.body());
        results.add(sde.result());
      }
    }
    IrUsage use = IrUsage.of(all, results.toArray(Expr[]::new));
    loadParamsAndState(m, use, true);
    Names names = new Names(reserved());
    JavaExprWriter w = new JavaExprWriter(names, "0");
    for (int i = 0; i < state.size(); i++) {
      NeuronModel.Sde sde = model.derivatives().get(state.get(i).name()).sde();
      if (sde == null) {
        m.addStatement("out[$L] = 0.0", i);
        continue;
      }
      m.addComment("g$L: $L", state.get(i).name(), sde.origin().describe());
      new StmtWriter(m, w, names).write(sde.body());
      m.addStatement("out[$L] = $L", i, w.write(sde.result()));
    }
    return m.build();
  }

  private MethodSpec step() {
    StepSpec update = model.steps().get(0);
    List<Stmt> body = new IntegratorExpander(model).expand(update.body());
    boolean sde = stochastic();
    MethodSpec.Builder m = MethodSpec.methodBuilder("step")
        .addJavadoc(sde ? "Advances {@code state} in place by one step of {@code dt} from time"
            + " {@code t}, with each derivative's method and the noise of step number"
            + " {@code step} (for this system's seed): the same expansion and the same random"
            + " numbers as neuron 0 of a group named {@code $S}.\n"
            : "Advances {@code state} in place by one step of {@code dt} from time"
            + " {@code t}, with each derivative's method: the same expansion as a neuron group's"
            + " step.\n", model.modelName())
        .addModifiers(Modifier.PUBLIC)
        .addParameter(double[].class, "state")
        .addParameter(double.class, "t")
        .addParameter(double.class, "dt");
    if (sde) {
      m.addParameter(long.class, "step");
    } else {
      m.addAnnotation(Override.class);
    }
    m.addStatement("checkLength(state, $S)", "state");
    IrUsage use = IrUsage.of(body);
    loadParamsAndState(m, use, false);
    if (!use.randomSites.isEmpty()) {
      m.addStatement("final long rngSeed = this.seed");
      for (int site : use.randomSites) {
        m.addStatement("final int rngStream$L = STREAM_BASE + $L * 0x9E3779B9", site, site);
      }
    }
    Names names = new Names(reserved());
    new StmtWriter(m, new JavaExprWriter(names, "0"), names).write(body);
    for (int k = 0; k < state.size(); k++) {
      if (use.varsWritten.contains(state.get(k).name())) {
        m.addStatement("state[$L] = $L", k, state.get(k).name());
      }
    }
    return m.build();
  }

  /**
   * Parameters into final locals (as a group loads them per neuron) and the state variables into
   * locals named like the model's fields ({@code final} where nothing writes them).
   */
  private void loadParamsAndState(MethodSpec.Builder m, IrUsage use, boolean readOnly) {
    for (ParamSpec p : model.params()) {
      if (use.paramsRead.contains(p.name())) {
        m.addStatement("final $L $L = this.$L", p.type().javaName(), p.name(), p.name());
      }
    }
    for (int k = 0; k < state.size(); k++) {
      String v = state.get(k).name();
      if (use.varsRead.contains(v) || use.varsWritten.contains(v)) {
        m.addStatement("$Ldouble $L = state[$L]", readOnly ? "final " : "", v, k);
      }
    }
  }

  private MethodSpec checkLength() {
    return MethodSpec.methodBuilder("checkLength")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(double[].class, "array")
        .addParameter(String.class, "what")
        .beginControlFlow("if (array.length != $L)", state.size())
        .addStatement("throw new $T($S + what + $S + array.length + $S)",
            IllegalArgumentException.class, model.groupName() + ": ", " has length ",
            ", expected " + state.size() + " (" + String.join(", ",
                state.stream().map(VarSpec::name).toList()) + ")")
        .endControlFlow()
        .build();
  }

  private MethodSpec unknownParameter() {
    return MethodSpec.methodBuilder("unknownParameter")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(String.class, "name")
        .returns(IllegalArgumentException.class)
        .addStatement("return new $T($S + name + $S + PARAMETERS)",
            IllegalArgumentException.class, model.groupName() + " has no parameter '",
            "'; parameters: ")
        .build();
  }

  private MethodSpec toStringMethod() {
    CodeBlock.Builder b = CodeBlock.builder().add("return $S", model.groupName() + "{");
    for (int k = 0; k < model.params().size(); k++) {
      String n = model.params().get(k).name();
      b.add(" + $S + $L", (k == 0 ? "" : ", ") + n + "=", n);
    }
    b.add(" + $S", "}");
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("The class name and the parameters.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement(b.build())
        .build();
  }

  // ------------------------------------------------------------------ helpers

  /** Names a local of generated code must not take. */
  private Set<String> reserved() {
    Set<String> r = new HashSet<>(Set.of("state", "out", "t", "dt", "row", "value", "name",
        "Math", "Double", "Float", "org", "NAMES", "PARAMETERS", "step", "seed", "stepCount",
        "rngSeed", "STREAM_BASE"));
    for (int k = 0; k < model.randomSites(); k++) {
      r.add("rngStream" + k);
    }
    model.params().forEach(p -> r.add(p.name()));
    state.forEach(v -> r.add(v.name()));
    return r;
  }

  private static String quotedList(List<String> names) {
    List<String> q = new ArrayList<>();
    names.forEach(n -> q.add(CodeBlock.of("$S", n).toString()));
    return String.join(", ", q);
  }

  private static TypeName typeName(Type t) {
    return switch (t) {
      case DOUBLE -> TypeName.DOUBLE;
      case FLOAT -> TypeName.FLOAT;
      case INT -> TypeName.INT;
      case BOOLEAN -> TypeName.BOOLEAN;
    };
  }

  private static String literal(Type t, double value) {
    return switch (t) {
      case INT -> JavaExprWriter.literal(new Expr.Const(Type.INT, (int) value));
      case FLOAT -> JavaExprWriter.literal(new Expr.Const(Type.FLOAT, (float) value));
      default -> JavaExprWriter.literal(Expr.Const.ofDouble(value));
    };
  }
}
