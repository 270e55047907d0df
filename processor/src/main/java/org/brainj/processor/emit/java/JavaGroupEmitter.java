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
import org.brainj.processor.ir.IrUsage;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Stmt.Assign;
import org.brainj.processor.ir.Stmt.Block;
import org.brainj.processor.ir.Stmt.Declare;
import org.brainj.processor.ir.Stmt.If;
import org.brainj.processor.ir.Stmt.LocalTarget;
import org.brainj.processor.ir.Stmt.VarTarget;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel;
import org.brainj.processor.model.NeuronModel.ParamSpec;
import org.brainj.processor.model.NeuronModel.Role;
import org.brainj.processor.model.NeuronModel.StepSpec;
import org.brainj.processor.model.NeuronModel.VarSpec;

/**
 * Emits the plain-Java group class of a model: {@code <Model>Group extends NeuronGroup} with its
 * {@code MODEL} description, a typed builder, typed accessors and one compiled loop per step.
 * The runtime is named by qualified names only, so the processor does not depend on it.
 */
public final class JavaGroupEmitter {
  static final String RT = "org.brainj.runtime";
  private static final ClassName NEURON_GROUP = ClassName.get(RT + ".group", "NeuronGroup");
  private static final ClassName GROUP_BUILDER = ClassName.get(RT + ".group", "GroupBuilder");
  static final ClassName MODEL_INFO = ClassName.get(RT + ".group", "ModelInfo");
  static final ClassName PARAMETER = ClassName.get(RT + ".group", "Parameter");
  static final ClassName STATE_VAR = ClassName.get(RT + ".group", "StateVar");
  static final ClassName INIT = ClassName.get(RT + ".init", "Init");
  static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");

  private final NeuronModel model;
  private final ClassName self;
  private final ClassName builder;

  public JavaGroupEmitter(NeuronModel model) {
    this.model = model;
    this.self = ClassName.get(model.packageName(), model.groupName());
    this.builder = self.nestedClass("Builder");
  }

  public JavaFile emit() {
    TypeSpec.Builder type = GeneratedSource.publicClass(self, model)
        .superclass(NEURON_GROUP)
        .addJavadoc(classDoc());
    type.addField(modelField());
    for (ParamSpec p : model.params()) {
      type.addField(PARAMETER, p.name(), Modifier.PRIVATE, Modifier.FINAL);
    }
    for (VarSpec v : model.vars()) {
      type.addField(arrayType(v.type()), v.name(), Modifier.PRIVATE, Modifier.FINAL);
      if (v.type() == Type.DOUBLE) {
        type.addField(arrayType(Type.FLOAT), Precision.FLOAT.array(v.name(), v.type()),
            Modifier.PRIVATE, Modifier.FINAL);
      }
    }
    type.addMethod(constructor());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder for a group of {@code size} $L neurons.\n", model.modelName())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(int.class, "size")
            .returns(builder)
            .addStatement("return new $T(size)", builder)
            .build());
    for (ParamSpec p : model.params()) {
      type.addMethod(
          MethodSpec.methodBuilder(p.name())
              .addJavadoc("Parameter {@code $L}$L (default $L); {@code set} it between runs.\n",
                  p.name(), docSuffix(p.doc()), p.defaultValue())
              .addModifiers(Modifier.PUBLIC)
              .returns(PARAMETER)
              .addStatement("return $L", p.name())
              .build());
    }
    for (VarSpec v : model.vars()) {
      if (v.role() == Role.SPIKE && v.name().equals("spike")) {
        continue; // NeuronGroup.spike() already returns it
      }
      type.addMethod(
          MethodSpec.methodBuilder(v.name())
              .addJavadoc("State variable {@code $L}$L: target of monitors and inputs.\n",
                  v.name(), docSuffix(v.doc()))
              .addModifiers(Modifier.PUBLIC)
              .returns(STATE_VAR)
              .addStatement("return var($S)", v.name())
              .build());
    }
    type.addMethod(initDefaults());
    type.addMethod(compute());
    if (model.steps().stream().anyMatch(s -> s.condition() != null)) {
      type.addMethod(condition());
    }
    for (Precision p : Precision.values()) {
      for (int k = 0; k < model.steps().size(); k++) {
        type.addMethod(step(model.steps().get(k), p));
      }
    }
    type.addType(builderType());
    return GeneratedSource.file(model, type.build());
  }

  // ------------------------------------------------------------------ structure

  private CodeBlock classDoc() {
    CodeBlock.Builder d = CodeBlock.builder();
    d.add("A group of {@link $L} neurons, generated by the BrainJ processor.\n", model.modelName());
    if (!model.javadoc().isEmpty()) {
      d.add("\n<p>$L\n", model.javadoc().replace("$", "$$").split("\n\n")[0]);
    }
    if (!model.derivatives().isEmpty()) {
      d.add("\n<p>Integration: ");
      List<String> parts = new ArrayList<>();
      model.derivatives().values().forEach(x -> parts.add(x.var() + " by " + x.method()));
      d.add("$L.\n", String.join(", ", parts));
    }
    d.add("\n<p>Schedule: $L.\n", String.join(", ", schedule()));
    return d.build();
  }

  private List<String> schedule() {
    if (!model.schedule().isEmpty()) {
      return model.schedule();
    }
    List<String> s = new ArrayList<>();
    s.add("input");
    model.steps().forEach(x -> s.add(x.name()));
    s.add("monitor");
    return s;
  }

  private FieldSpec modelField() {
    CodeBlock.Builder b = CodeBlock.builder();
    b.add("$T.builder($S, $S)", MODEL_INFO, model.modelName(), model.qualifiedName());
    b.indent().indent();
    for (ParamSpec p : model.params()) {
      b.add("\n.param($S, $L, $S)", p.name(), JavaExprWriter.literal(Expr.Const.ofDouble(
          p.defaultValue())), p.doc());
    }
    for (VarSpec v : model.vars()) {
      b.add("\n.var($S, $T.VarType.$L, $T.Role.$L, $S)", v.name(), MODEL_INFO, v.type().name(),
          MODEL_INFO, v.role().name(), v.doc());
    }
    for (StepSpec s : model.steps()) {
      b.add("\n.step($S, $L, $L)", s.name(), JavaExprWriter.literal(Expr.Const.ofDouble(
          s.period())), s.condition() != null);
    }
    if (!model.schedule().isEmpty()) {
      b.add("\n.schedule(");
      for (int i = 0; i < model.schedule().size(); i++) {
        b.add(i == 0 ? "$S" : ", $S", model.schedule().get(i));
      }
      b.add(")");
    }
    b.add("\n.floatPrecision()");
    b.add("\n.build()");
    b.unindent().unindent();
    return FieldSpec.builder(MODEL_INFO, "MODEL", Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("What the processor read from $L: parameters, variables, steps.\n",
            model.modelName())
        .initializer(b.build())
        .build();
  }

  private MethodSpec constructor() {
    MethodSpec.Builder c = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builder, "b")
        .addStatement("super(MODEL, b)");
    for (ParamSpec p : model.params()) {
      c.addStatement("this.$L = param($S)", p.name(), p.name());
    }
    for (VarSpec v : model.vars()) {
      if (v.type() == Type.DOUBLE) {
        // one of the two arrays exists: the group's precision decides which
        c.addStatement("this.$L = singlePrecision() ? null : $L($S)", v.name(),
            accessor(v.type()), v.name());
        c.addStatement("this.$L = singlePrecision() ? $L($S) : null",
            Precision.FLOAT.array(v.name(), v.type()), accessor(Type.FLOAT), v.name());
      } else {
        c.addStatement("this.$L = $L($S)", v.name(), accessor(v.type()), v.name());
      }
    }
    c.addStatement("reset()");
    return c.build();
  }

  private MethodSpec initDefaults() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("initDefaults")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED);
    Precision.branch(m, p -> initDefaults(m, p));
    return m.build();
  }

  private void initDefaults(MethodSpec.Builder m, Precision precision) {
    List<VarSpec> perNeuron = new ArrayList<>();
    for (VarSpec v : model.vars()) {
      Expr init = v.init() == null ? null : precision.expr(v.init());
      Type type = precision.type(v.type());
      String array = precision.array(v.name(), v.type());
      if (init == null) {
        m.addStatement("$T.fill(this.$L, $L)", ARRAYS, array,
            type == Type.BOOLEAN ? "false" : type == Type.FLOAT ? "0f"
                : type == Type.INT ? "0" : "0.0");
      } else if (init instanceof Expr.Const c) {
        m.addStatement("$T.fill(this.$L, $L)", ARRAYS, array, JavaExprWriter.literal(c));
      } else {
        perNeuron.add(v);
      }
    }
    if (!perNeuron.isEmpty()) {
      Set<String> params = new java.util.TreeSet<>();
      perNeuron.forEach(v -> params.addAll(IrUsage.of(List.of(), v.init()).paramsRead));
      Names names = new Names(reservedNames());
      JavaExprWriter w = new JavaExprWriter(names, "i");
      hoistParams(m, params);
      m.beginControlFlow("for (int i = 0; i < size(); i++)");
      loadParams(m, params, precision);
      for (VarSpec v : perNeuron) {
        m.addStatement("this.$L[i] = $L", precision.array(v.name(), v.type()),
            w.write(precision.expr(v.init())));
      }
      m.endControlFlow();
    }
  }

  private MethodSpec compute() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("compute")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(int.class, "stepId")
        .addParameter(double.class, "t")
        .addParameter(double.class, "dt")
        .addParameter(long.class, "step")
        .addParameter(int.class, "from")
        .addParameter(int.class, "to");
    Precision.branch(m, p -> dispatch(m, p));
    return m.build();
  }

  private void dispatch(MethodSpec.Builder m, Precision precision) {
    m.beginControlFlow("switch (stepId)");
    for (int k = 0; k < model.steps().size(); k++) {
      m.addStatement("case $L: $L(t, dt, step, from, to); break", k,
          precision.method(model.steps().get(k).name()));
    }
    m.addStatement("default: throw new $T(\"no step \" + stepId)",
        IllegalArgumentException.class);
    m.endControlFlow();
  }

  private MethodSpec condition() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("condition")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(boolean.class)
        .addParameter(int.class, "stepId")
        .addParameter(double.class, "t")
        .addParameter(double.class, "dt")
        .addParameter(long.class, "step");
    m.beginControlFlow("switch (stepId)");
    for (int k = 0; k < model.steps().size(); k++) {
      StepSpec s = model.steps().get(k);
      if (s.condition() == null) {
        continue;
      }
      m.beginControlFlow("case $L:", k);
      Names names = new Names(reservedNames());
      JavaExprWriter w = new JavaExprWriter(names, "-1");
      IrUsage use = IrUsage.of(s.conditionBody(), s.condition());
      hoistRandom(m, use);
      new StmtWriter(m, w, names).write(s.conditionBody());
      m.addStatement("return $L", w.write(s.condition()));
      m.endControlFlow();
    }
    m.addStatement("default: return super.condition(stepId, t, dt, step)");
    m.endControlFlow();
    return m.build();
  }

  private MethodSpec step(StepSpec s, Precision precision) {
    List<Stmt> body = precision.body(new IntegratorExpander(model).expand(s.body()));
    IrUsage use = IrUsage.of(body);
    Set<String> touched = new java.util.TreeSet<>(use.varsRead);
    touched.addAll(use.varsWritten);
    MethodSpec.Builder m = MethodSpec.methodBuilder(precision.method(s.name()))
        .addModifiers(Modifier.PRIVATE)
        .addParameter(double.class, "t")
        .addParameter(double.class, "dt")
        .addParameter(long.class, "step")
        .addParameter(int.class, "from")
        .addParameter(int.class, "to");
    String every = s.period() > 0 ? ", every " + s.period() + " ms"
        : s.condition() != null ? ", when its @Every condition holds" : "";
    m.addJavadoc("Step {@code $L}$L$L: {@code $L.$L}, lines $L-$L of $L.\n", s.name(),
        precision == Precision.FLOAT ? " in float precision" : "", every,
        model.modelName(), s.name(), s.origin().line(), s.lastLine(), model.sourceFile());
    hoistParams(m, use.paramsRead);
    hoistRandom(m, use);
    m.beginControlFlow("for (int i = from; i < to; i++)");
    loadParams(m, use.paramsRead, precision);
    for (VarSpec v : model.vars()) {
      if (touched.contains(v.name())) {
        m.addStatement("$L $L = this.$L[i]", precision.type(v.type()).javaName(), v.name(),
            precision.array(v.name(), v.type()));
      }
    }
    Names names = new Names(reservedNames());
    new StmtWriter(m, new JavaExprWriter(names, "i"), names).write(body);
    for (VarSpec v : model.vars()) {
      if (use.varsWritten.contains(v.name())) {
        m.addStatement("this.$L[i] = $L", precision.array(v.name(), v.type()), v.name());
      }
    }
    m.endControlFlow();
    return m.build();
  }

  private void hoistParams(MethodSpec.Builder m, Set<String> params) {
    for (String p : params) {
      m.addStatement("final double[] $L_values = this.$L.values()", p, p);
      m.addStatement("final int $L_stride = this.$L.stride()", p, p);
    }
  }

  private void loadParams(MethodSpec.Builder m, Set<String> params, Precision precision) {
    for (String p : params) {
      Type t = model.param(p).type();
      m.addStatement("final $L $L = $L$L_values[i * $L_stride]", precision.type(t).javaName(), p,
          precision.paramLoad(t), p, p);
    }
  }

  static void hoistRandom(MethodSpec.Builder m, IrUsage use) {
    if (use.randomSites.isEmpty()) {
      return;
    }
    m.addStatement("final long rngSeed = seed()");
    for (int site : use.randomSites) {
      m.addStatement("final int rngStream$L = stream($L)", site, site);
    }
  }

  private Set<String> reservedNames() {
    return reservedNames(model, "from", "to", "i", "n", "stepId");
  }

  /**
   * Names a model's locals must not take in generated code: the parameters and variables (and
   * their hoisted arrays), the random streams, the names of the generated method, and the simple
   * names that generated expressions qualify with ({@code Math}, {@code Double}, ...).
   */
  public static Set<String> reservedNames(NeuronModel model, String... methodNames) {
    Set<String> r = new HashSet<>(Set.of("t", "dt", "step", "rngSeed", "Math", "Double", "Float",
        "org"));
    r.addAll(List.of(methodNames));
    model.params().forEach(p -> {
      r.add(p.name());
      r.add(p.name() + "_values");
      r.add(p.name() + "_stride");
    });
    model.vars().forEach(v -> {
      r.add(v.name());
      r.add(v.name() + Precision.SUFFIX);
    });
    for (int k = 0; k < model.randomSites(); k++) {
      r.add("rngStream" + k);
    }
    return r;
  }

  private TypeSpec builderType() {
    TypeName superType = ParameterizedTypeName.get(GROUP_BUILDER, self, builder);
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(superType)
        .addJavadoc("Builds a {@link $T}: one method per parameter and state variable.\n", self)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(int.class, "size")
            .addStatement("super(MODEL, size)")
            .build());
    for (ParamSpec p : model.params()) {
      String doc = "Parameter {@code " + p.name() + "}" + docSuffix(p.doc()) + " (default "
          + p.defaultValue() + ")";
      b.addMethod(setter(p.name(), "param", TypeName.DOUBLE, "value", doc + ", for all neurons."));
      b.addMethod(setter(p.name(), "param", TypeName.get(double[].class), "perNeuron",
          doc + ", one value per neuron."));
      b.addMethod(setter(p.name(), "param", INIT, "init", doc + ", drawn per neuron."));
    }
    for (VarSpec v : model.vars()) {
      if (v.role() != Role.STATE) {
        continue;
      }
      String doc = "Initial value of {@code " + v.name() + "}" + docSuffix(v.doc());
      b.addMethod(setter(v.name(), "init", TypeName.DOUBLE, "value", doc + ", for all neurons."));
      b.addMethod(setter(v.name(), "init", TypeName.get(double[].class), "perNeuron",
          doc + ", one value per neuron."));
      b.addMethod(setter(v.name(), "init", INIT, "init", doc + ", drawn per neuron."));
    }
    b.addMethod(MethodSpec.methodBuilder("build")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addStatement("return new $T(this)", self)
        .build());
    return b.build();
  }

  private MethodSpec setter(String name, String via, TypeName type, String arg, String doc) {
    return setter(builder, name, via, type, arg, doc);
  }

  /** A typed builder method delegating to the string-keyed {@code param}/{@code init}. */
  static MethodSpec setter(ClassName builder, String name, String via, TypeName type, String arg,
      String doc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n", doc)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(type, arg)
        .returns(builder)
        .addStatement("return $L($S, $L)", via, name, arg)
        .build();
  }


  static String docSuffix(String doc) {
    return doc == null || doc.isEmpty() ? "" : " (" + doc.replace("$", "$$") + ")";
  }

  static TypeName arrayType(Type t) {
    return switch (t) {
      case DOUBLE -> TypeName.get(double[].class);
      case FLOAT -> TypeName.get(float[].class);
      case INT -> TypeName.get(int[].class);
      case BOOLEAN -> TypeName.get(boolean[].class);
    };
  }

  static String accessor(Type t) {
    return switch (t) {
      case DOUBLE -> "doubles";
      case FLOAT -> "floats";
      case INT -> "ints";
      case BOOLEAN -> "booleans";
    };
  }
}
