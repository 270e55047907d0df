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
import java.util.TreeSet;
import javax.lang.model.element.Modifier;
import org.brainj.processor.emit.GeneratedSource;
import org.brainj.processor.integrate.IntegratorExpander;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.IrUsage;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel;
import org.brainj.processor.model.NeuronModel.ParamSpec;
import org.brainj.processor.model.NeuronModel.Phase;
import org.brainj.processor.model.NeuronModel.Role;
import org.brainj.processor.model.NeuronModel.StepSpec;
import org.brainj.processor.model.NeuronModel.VarSpec;
import org.brainj.processor.transform.PerPostAnalysis;

/**
 * Emits the plain-Java class of a synapse model: {@code <Model>Synapses extends SynapseGroup}
 * with its {@code MODEL}, a typed builder, and loops over the connectivity for the continuous
 * dynamics, the spike events and the output — per synapse, and also per postsynaptic neuron
 * where {@link PerPostAnalysis} allows it (the runtime picks the layout per group).
 */
public final class JavaSynapseEmitter {
  private static final String RT = JavaGroupEmitter.RT;
  private static final ClassName SYNAPSE_GROUP = ClassName.get(RT + ".group", "SynapseGroup");
  private static final ClassName SYNAPSE_BUILDER =
      ClassName.get(RT + ".group", "SynapseBuilder");
  private static final ClassName SYNAPSE_INDEX = ClassName.get(RT + ".group", "SynapseIndex");
  private static final ClassName NEURON_GROUP = ClassName.get(RT + ".group", "NeuronGroup");

  /** How a loop walks the connectivity, and what indexes state and parameters in it. */
  private enum Loop {
    /** every synapse s of every presynaptic neuron i, target j */
    SYNAPSES("s", "s"),
    /** every postsynaptic neuron j (state kept per neuron) */
    POST_NEURONS("j", "0"),
    /** synapses of the spiking presynaptic neurons, state per synapse */
    PRE_EVENTS("s", "s"),
    /** synapses of the spiking presynaptic neurons, state per postsynaptic neuron */
    PRE_EVENTS_PER_POST("j", "s"),
    /** synapses onto the spiking postsynaptic neurons */
    POST_EVENTS("s", "s"),
    /** as PRE_EVENTS, for targets in [postFrom, postTo) only */
    PRE_EVENTS_RANGE("s", "s"),
    /** as PRE_EVENTS_PER_POST, for targets in [postFrom, postTo) only */
    PRE_EVENTS_PER_POST_RANGE("j", "s");

    final String stateIndex;
    final String paramIndex;

    Loop(String stateIndex, String paramIndex) {
      this.stateIndex = stateIndex;
      this.paramIndex = paramIndex;
    }
  }

  private final NeuronModel model;
  private final ClassName self;
  private final ClassName builder;
  private final PerPostAnalysis.Result perPost;

  public JavaSynapseEmitter(NeuronModel model) {
    this.model = model;
    this.self = ClassName.get(model.packageName(), model.groupName());
    this.builder = self.nestedClass("Builder");
    this.perPost = PerPostAnalysis.analyze(model);
  }

  public JavaFile emit() {
    TypeSpec.Builder type = GeneratedSource.publicClass(self, model)
        .superclass(SYNAPSE_GROUP)
        .addJavadoc(classDoc());
    type.addField(modelField());
    for (ParamSpec p : model.params()) {
      type.addField(JavaGroupEmitter.PARAMETER, p.name(), Modifier.PRIVATE, Modifier.FINAL);
    }
    for (VarSpec v : model.vars()) {
      type.addField(JavaGroupEmitter.arrayType(v.type()), v.name(), Modifier.PRIVATE,
          Modifier.FINAL);
      if (v.type() == Type.DOUBLE) {
        type.addField(JavaGroupEmitter.arrayType(Type.FLOAT),
            Precision.FLOAT.array(v.name(), v.type()), Modifier.PRIVATE, Modifier.FINAL);
      }
    }
    type.addMethod(constructor());
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("A builder for $L synapses; {@code net.connect(pre, post, builder, conn)}"
            + " creates them.\n", model.modelName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build());
    for (ParamSpec p : model.params()) {
      type.addMethod(MethodSpec.methodBuilder(p.name())
          .addJavadoc("Parameter {@code $L}$L (default $L); {@code set} it between runs.\n",
              p.name(), JavaGroupEmitter.docSuffix(p.doc()), p.defaultValue())
          .addModifiers(Modifier.PUBLIC)
          .returns(JavaGroupEmitter.PARAMETER)
          .addStatement("return $L", p.name())
          .build());
    }
    for (VarSpec v : owned()) {
      type.addMethod(MethodSpec.methodBuilder(v.name())
          .addJavadoc("State variable {@code $L}$L: one value per synapse, or per postsynaptic"
              + " neuron when {@link #perPost()}.\n", v.name(),
              JavaGroupEmitter.docSuffix(v.doc()))
          .addModifiers(Modifier.PUBLIC)
          .returns(JavaGroupEmitter.STATE_VAR)
          .addStatement("return var($S)", v.name())
          .build());
    }
    type.addMethod(initDefaults());
    phaseMethods(type, "update", Phase.UPDATE, Loop.SYNAPSES, Loop.POST_NEURONS, false);
    phaseMethods(type, "onPre", Phase.ON_PRE, Loop.PRE_EVENTS, Loop.PRE_EVENTS_PER_POST, true);
    if (onPreSplitsByPost()) {
      splitOnPre(type);
    }
    phaseMethods(type, "output", Phase.OUTPUT, Loop.SYNAPSES, Loop.POST_NEURONS, false);
    if (model.steps().stream().anyMatch(s -> s.phase() == Phase.ON_POST)) {
      phaseMethods(type, "onPost", Phase.ON_POST, Loop.POST_EVENTS, null, true);
      type.addMethod(MethodSpec.methodBuilder("hasOnPost")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PROTECTED)
          .returns(boolean.class)
          .addStatement("return true")
          .build());
    }
    type.addType(builderType());
    return GeneratedSource.file(model, type.build());
  }

  private List<VarSpec> owned() {
    return model.vars().stream().filter(VarSpec::owned).toList();
  }

  private CodeBlock classDoc() {
    CodeBlock.Builder d = CodeBlock.builder();
    d.add("Synapses of the {@link $L} model, generated by the BrainJ processor.\n",
        model.modelName());
    if (!model.javadoc().isEmpty()) {
      d.add("\n<p>$L\n", model.javadoc().replace("$", "$$").split("\n\n")[0]);
    }
    if (perPost.capable()) {
      d.add("\n<p>State layout: per postsynaptic neuron when the parameters $L are the same for"
          + " all synapses (the default), per synapse otherwise or with {@code perSynapse()}.\n",
          perPost.uniformParams().isEmpty() ? "(none)" : perPost.uniformParams());
    } else {
      d.add("\n<p>State layout: per synapse ($L).\n", perPost.reason());
    }
    return d.build();
  }

  private FieldSpec modelField() {
    ClassName info = JavaGroupEmitter.MODEL_INFO;
    CodeBlock.Builder b = CodeBlock.builder();
    b.add("$T.builder($S, $S)", info, model.modelName(), model.qualifiedName());
    b.indent().indent();
    for (ParamSpec p : model.params()) {
      b.add("\n.param($S, $L, $S)", p.name(),
          JavaExprWriter.literal(Expr.Const.ofDouble(p.defaultValue())), p.doc());
    }
    for (VarSpec v : owned()) {
      b.add("\n.var($S, $T.VarType.$L, $T.Role.STATE, $S)", v.name(), info, v.type().name(),
          info, v.doc());
    }
    for (StepSpec s : model.steps()) {
      b.add("\n.step($S, 0.0, false)", s.name());
    }
    b.add("\n.schedule($S, $S, $S, $S)", "input", "update", "output", "monitor");
    if (perPost.capable()) {
      b.add("\n.perPost(");
      int k = 0;
      for (String p : perPost.uniformParams()) {
        b.add(k++ == 0 ? "$S" : ", $S", p);
      }
      b.add(")");
    }
    b.add("\n.floatPrecision()");
    b.add("\n.build()");
    b.unindent().unindent();
    return FieldSpec.builder(info, "MODEL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("What the processor read from $L.\n", model.modelName())
        .initializer(b.build())
        .build();
  }

  private MethodSpec constructor() {
    MethodSpec.Builder c = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builder, "b")
        .addParameter(NEURON_GROUP, "pre")
        .addParameter(NEURON_GROUP, "post")
        .addParameter(SYNAPSE_INDEX, "index")
        .addStatement("super(MODEL, b, pre, post, index)");
    for (ParamSpec p : model.params()) {
      c.addStatement("this.$L = param($S)", p.name(), p.name());
    }
    for (VarSpec v : model.vars()) {
      if (v.type() != Type.DOUBLE) {
        c.addStatement("this.$L = $L", v.name(), binding(v, Precision.DOUBLE));
      } else {
        // one of the two arrays exists: the group's precision decides which
        c.addStatement("this.$L = singlePrecision() ? null : $L", v.name(),
            binding(v, Precision.DOUBLE));
        c.addStatement("this.$L = singlePrecision() ? $L : null",
            Precision.FLOAT.array(v.name(), v.type()), binding(v, Precision.FLOAT));
      }
    }
    c.addStatement("reset()");
    return c.build();
  }

  /** How the constructor gets variable {@code v}'s array in one precision. */
  private static String binding(VarSpec v, Precision precision) {
    Type type = precision.type(v.type());
    if (v.owned()) {
      return CodeBlock.of("$L($S)", JavaGroupEmitter.accessor(type), v.name()).toString();
    }
    String side = v.role() == Role.PRE ? "pre" : "post";
    String kind = type == Type.BOOLEAN ? "Booleans" : type == Type.FLOAT ? "Floats" : "Doubles";
    return CodeBlock.of("$L$L($S, $S)", side, kind, v.binding(), v.name()).toString();
  }

  private MethodSpec initDefaults() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("initDefaults")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED);
    if (owned().isEmpty()) {
      return m.build();
    }
    Precision.branch(m, p -> initDefaults(m, p));
    return m.build();
  }

  private void initDefaults(MethodSpec.Builder m, Precision precision) {
    Names names = new Names(reserved());
    JavaExprWriter w = new JavaExprWriter(names, "k");
    for (VarSpec v : owned()) {
      Expr init = v.init() == null ? null : precision.expr(v.init());
      Type type = precision.type(v.type());
      String array = precision.array(v.name(), v.type());
      if (init == null || init instanceof Expr.Const) {
        String value = init == null ? (type == Type.BOOLEAN ? "false"
            : type == Type.FLOAT ? "0f" : type == Type.INT ? "0" : "0.0")
            : JavaExprWriter.literal((Expr.Const) init);
        m.addStatement("$T.fill(this.$L, $L)", JavaGroupEmitter.ARRAYS, array, value);
      } else {
        Set<String> params = IrUsage.of(List.of(), init).paramsRead;
        m.beginControlFlow("for (int k = 0; k < this.$L.length; k++)", array);
        for (String p : params) {
          // per postsynaptic neuron, parameters are uniform: read the shared value
          Type t = model.param(p).type();
          m.addStatement(
              "final $L $L = $Lthis.$L.values()[(perPost() ? 0 : k) * this.$L.stride()]",
              precision.type(t).javaName(), p, precision.paramLoad(t), p, p);
        }
        m.addStatement("this.$L[k] = $L", array, w.write(init));
        m.endControlFlow();
      }
    }
  }

  /** The overridden hook for a phase, dispatching to the per-synapse or per-post loops. */
  private void phaseMethods(TypeSpec.Builder type, String hook, Phase phase, Loop perSynapse,
      Loop perPostLoop, boolean events) {
    List<StepSpec> steps = model.steps().stream().filter(s -> s.phase() == phase).toList();
    MethodSpec.Builder m = hookSignature(hook, events).addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED);
    String args = events ? "spikes, count, t, dt, step" : "t, dt, step";
    if (steps.isEmpty()) {
      m.addComment("the model has no $L", phaseLabel(phase));
      type.addMethod(m.build());
      return;
    }
    boolean both = perPost.capable() && perPostLoop != null;
    Precision.branch(m, p -> dispatch(m, hook, args, both, p));
    type.addMethod(m.build());
    for (Precision p : Precision.values()) {
      type.addMethod(loops(hook + "_perSynapse", steps, perSynapse, events, p));
      if (both) {
        type.addMethod(loops(hook + "_perPost", steps, perPostLoop, events, p));
      }
    }
  }

  /** Calls the per-post loop when the state is per postsynaptic neuron, else the per-synapse one. */
  private static void dispatch(MethodSpec.Builder m, String hook, String args, boolean both,
      Precision precision) {
    if (both) {
      m.beginControlFlow("if (perPost())");
      m.addStatement("$L($L)", precision.method(hook + "_perPost"), args);
      m.nextControlFlow("else");
      m.addStatement("$L($L)", precision.method(hook + "_perSynapse"), args);
      m.endControlFlow();
    } else {
      m.addStatement("$L($L)", precision.method(hook + "_perSynapse"), args);
    }
  }

  /**
   * Whether the {@code @OnPre} handlers write only synapse state and postsynaptic variables:
   * then the events can be split over threads by ranges of postsynaptic neurons, each synapse
   * and each target touched by one thread, in the same order as on one thread.
   */
  private boolean onPreSplitsByPost() {
    List<StepSpec> steps = model.steps().stream().filter(x -> x.phase() == Phase.ON_PRE).toList();
    if (steps.isEmpty()) {
      return false;
    }
    for (StepSpec st : steps) {
      IrUsage use = IrUsage.of(new IntegratorExpander(model).expand(st.body()));
      for (String v : use.varsWritten) {
        if (model.var(v).role() == Role.PRE) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code onPreSplitsByPost()} and the {@code onPre} over a range of targets. */
  private void splitOnPre(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("onPreSplitsByPost")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(boolean.class)
        .addJavadoc("The handlers write only synapse state and postsynaptic variables.\n")
        .addStatement("return true")
        .build());
    List<StepSpec> steps = model.steps().stream().filter(x -> x.phase() == Phase.ON_PRE).toList();
    String args = "spikes, count, t, dt, step, postFrom, postTo";
    MethodSpec.Builder m = rangeSignature("onPre").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED);
    Precision.branch(m, p -> {
      if (perPost.capable()) {
        m.beginControlFlow("if (perPost())");
        m.addStatement("$L($L)", p.method("onPre_perPost_range"), args);
        m.nextControlFlow("else");
        m.addStatement("$L($L)", p.method("onPre_perSynapse_range"), args);
        m.endControlFlow();
      } else {
        m.addStatement("$L($L)", p.method("onPre_perSynapse_range"), args);
      }
    });
    type.addMethod(m.build());
    for (Precision p : Precision.values()) {
      type.addMethod(loops("onPre_perSynapse_range", steps, Loop.PRE_EVENTS_RANGE, true, p));
      if (perPost.capable()) {
        type.addMethod(
            loops("onPre_perPost_range", steps, Loop.PRE_EVENTS_PER_POST_RANGE, true, p));
      }
    }
  }

  private static MethodSpec.Builder rangeSignature(String name) {
    return hookSignature(name, true).addParameter(int.class, "postFrom")
        .addParameter(int.class, "postTo");
  }

  private static MethodSpec.Builder hookSignature(String name, boolean events) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name);
    if (events) {
      m.addParameter(int[].class, "spikes").addParameter(int.class, "count");
    }
    return m.addParameter(double.class, "t").addParameter(double.class, "dt")
        .addParameter(long.class, "step");
  }

  private static String phaseLabel(Phase p) {
    return switch (p) {
      case UPDATE -> "@Update step";
      case ON_PRE -> "@OnPre handler";
      case ON_POST -> "@OnPost handler";
      case OUTPUT -> "@Output step";
    };
  }

  private MethodSpec loops(String name, List<StepSpec> steps, Loop loop, boolean events,
      Precision precision) {
    boolean range = loop == Loop.PRE_EVENTS_RANGE || loop == Loop.PRE_EVENTS_PER_POST_RANGE;
    MethodSpec.Builder m = (range ? rangeSignature(precision.method(name))
        : hookSignature(precision.method(name), events))
        .addModifiers(Modifier.PRIVATE);
    for (StepSpec s : steps) {
      List<Stmt> body = precision.body(new IntegratorExpander(model).expand(s.body()));
      m.addComment("$L.$L, lines $L-$L of $L$L", model.modelName(), s.name(), s.origin().line(),
          s.lastLine(), model.sourceFile(),
          precision == Precision.FLOAT ? ", in float precision" : "");
      IrUsage use = IrUsage.of(body);
      hoist(m, use, loop);
      boolean flat = loop == Loop.SYNAPSES && !readsNeurons(use);
      if (flat) {
        // nothing of the pre- or postsynaptic neuron is used: one flat loop over the synapses,
        // which the JIT can unroll and vectorize (rows of ~80 synapses defeat it)
        m.beginControlFlow("for (int s = 0, n = size(); s < n; s++)");
      } else {
        open(m, loop);
      }
      for (String p : use.paramsRead) {
        Type t = model.param(p).type();
        m.addStatement("final $L $L = $L$L_values[$L * $L_stride]",
            precision.type(t).javaName(), p, precision.paramLoad(t), p, loop.paramIndex, p);
      }
      Set<String> touched = new TreeSet<>(use.varsRead);
      touched.addAll(use.varsWritten);
      for (VarSpec v : model.vars()) {
        if (touched.contains(v.name())) {
          m.addStatement("$L $L = this.$L[$L]", precision.type(v.type()).javaName(), v.name(),
              precision.array(v.name(), v.type()), index(v, loop));
        }
      }
      Names names = new Names(reserved());
      new StmtWriter(m, new JavaExprWriter(names, loop.stateIndex), names).write(body);
      for (VarSpec v : model.vars()) {
        if (use.varsWritten.contains(v.name())) {
          m.addStatement("this.$L[$L] = $L", precision.array(v.name(), v.type()),
              index(v, loop), v.name());
        }
      }
      if (flat) {
        m.endControlFlow();
      } else {
        close(m, loop);
      }
    }
    return m.build();
  }

  /** Whether a step body touches a presynaptic or postsynaptic variable. */
  private boolean readsNeurons(IrUsage use) {
    for (VarSpec v : model.vars()) {
      if ((v.role() == Role.PRE || v.role() == Role.POST)
          && (use.varsRead.contains(v.name()) || use.varsWritten.contains(v.name()))) {
        return true;
      }
    }
    return false;
  }

  private static String index(VarSpec v, Loop loop) {
    return switch (v.role()) {
      case PRE -> "i";
      case POST -> "j";
      default -> loop.stateIndex;
    };
  }

  private void hoist(MethodSpec.Builder m, IrUsage use, Loop loop) {
    for (String p : use.paramsRead) {
      m.addStatement("final double[] $L_values = this.$L.values()", p, p);
      m.addStatement("final int $L_stride = this.$L.stride()", p, p);
    }
    JavaGroupEmitter.hoistRandom(m, use);
  }

  private static void open(MethodSpec.Builder m, Loop loop) {
    switch (loop) {
      case SYNAPSES -> {
        m.addStatement("final int[] indptr = preIndptr()");
        m.addStatement("final int[] postIds = postIds()");
        m.beginControlFlow("for (int i = 0; i < indptr.length - 1; i++)");
        m.beginControlFlow("for (int s = indptr[i]; s < indptr[i + 1]; s++)");
        m.addStatement("final int j = postIds[s]");
      }
      case POST_NEURONS -> m.beginControlFlow("for (int j = 0, n = post().size(); j < n; j++)");
      case PRE_EVENTS, PRE_EVENTS_PER_POST -> {
        m.addStatement("final int[] indptr = preIndptr()");
        m.addStatement("final int[] postIds = postIds()");
        m.beginControlFlow("for (int k = 0; k < count; k++)");
        m.addStatement("final int i = spikes[k]");
        m.beginControlFlow("for (int s = indptr[i]; s < indptr[i + 1]; s++)");
        m.addStatement("final int j = postIds[s]");
      }
      case PRE_EVENTS_RANGE, PRE_EVENTS_PER_POST_RANGE -> {
        // rows sorted by target: start at the range, stop after it; else filter
        m.addStatement("final int[] indptr = preIndptr()");
        m.addStatement("final int[] postIds = postIds()");
        m.addStatement("final boolean sorted = rowsSortedByPost()");
        m.beginControlFlow("for (int k = 0; k < count; k++)");
        m.addStatement("final int i = spikes[k]");
        m.addStatement("final int end = indptr[i + 1]");
        m.beginControlFlow(
            "for (int s = sorted ? firstSynapseTo(i, postFrom) : indptr[i]; s < end; s++)");
        m.addStatement("final int j = postIds[s]");
        m.beginControlFlow("if (j >= postTo)");
        m.beginControlFlow("if (sorted)");
        m.addStatement("break");
        m.endControlFlow();
        m.addStatement("continue");
        m.endControlFlow();
        m.beginControlFlow("if (j < postFrom)");
        m.addStatement("continue");
        m.endControlFlow();
      }
      case POST_EVENTS -> {
        m.addStatement("final int[] ptr = postIndptr()");
        m.addStatement("final int[] syn = synByPost()");
        m.addStatement("final int[] preOf = preByPost()");
        m.beginControlFlow("for (int k = 0; k < count; k++)");
        m.addStatement("final int j = spikes[k]");
        m.beginControlFlow("for (int c = ptr[j]; c < ptr[j + 1]; c++)");
        m.addStatement("final int s = syn[c]");
        m.addStatement("final int i = preOf[c]");
      }
    }
  }

  private static void close(MethodSpec.Builder m, Loop loop) {
    m.endControlFlow();
    if (loop != Loop.POST_NEURONS) {
      m.endControlFlow();
    }
  }

  private Set<String> reserved() {
    return JavaGroupEmitter.reservedNames(model, "i", "j", "s", "k", "c", "n", "indptr",
        "postIds", "ptr", "syn", "preOf", "spikes", "count", "pre", "post", "index", "b", "end",
        "sorted", "postFrom", "postTo");
  }

  private TypeSpec builderType() {
    TypeName superType = ParameterizedTypeName.get(SYNAPSE_BUILDER, self, builder);
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(superType)
        .addJavadoc("Builds {@link $T}: one method per parameter and state variable, the delay"
            + " and the layout.\n", self)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("super(MODEL)")
            .build());
    for (ParamSpec p : model.params()) {
      String doc = "Parameter {@code " + p.name() + "}" + JavaGroupEmitter.docSuffix(p.doc())
          + " (default " + p.defaultValue() + ")";
      b.addMethod(setter(p.name(), "param", TypeName.DOUBLE, "value", doc + ", for all synapses."));
      b.addMethod(setter(p.name(), "param", TypeName.get(double[].class), "perSynapse",
          doc + ", one value per synapse."));
      b.addMethod(setter(p.name(), "param", JavaGroupEmitter.INIT, "init",
          doc + ", drawn per synapse."));
    }
    for (VarSpec v : owned()) {
      String doc = "Initial value of {@code " + v.name() + "}" + JavaGroupEmitter.docSuffix(v.doc());
      b.addMethod(setter(v.name(), "init", TypeName.DOUBLE, "value", doc + "."));
      b.addMethod(setter(v.name(), "init", TypeName.get(double[].class), "perSynapse",
          doc + ", one value per synapse."));
      b.addMethod(setter(v.name(), "init", JavaGroupEmitter.INIT, "init",
          doc + ", drawn per synapse."));
    }
    b.addMethod(MethodSpec.methodBuilder("build")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(NEURON_GROUP, "pre")
        .addParameter(NEURON_GROUP, "post")
        .addParameter(SYNAPSE_INDEX, "index")
        .returns(self)
        .addStatement("return new $T(this, pre, post, index)", self)
        .build());
    return b.build();
  }

  private MethodSpec setter(String name, String via, TypeName type, String arg, String doc) {
    return JavaGroupEmitter.setter(builder, name, via, type, arg, doc);
  }

}
