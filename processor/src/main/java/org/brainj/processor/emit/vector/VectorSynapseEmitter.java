package org.brainj.processor.emit.vector;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;
import org.brainj.processor.emit.GeneratedSource;
import org.brainj.processor.emit.java.JavaExprWriter;
import org.brainj.processor.emit.java.JavaGroupEmitter;
import org.brainj.processor.emit.java.Names;
import org.brainj.processor.emit.java.StmtWriter;
import org.brainj.processor.integrate.IntegratorExpander;
import org.brainj.processor.ir.IrUsage;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel;
import org.brainj.processor.model.NeuronModel.Phase;
import org.brainj.processor.model.NeuronModel.Role;
import org.brainj.processor.model.NeuronModel.StepSpec;
import org.brainj.processor.model.NeuronModel.VarSpec;
import org.brainj.processor.transform.FloatDemotion;
import org.brainj.processor.transform.PerPostAnalysis;

/**
 * Emits {@code <Model>SynapsesVector}: Vector API versions of a synapse model's continuous
 * dynamics ({@code @Update}) and output ({@code @Output}) for groups that keep their state per
 * postsynaptic neuron — one lane per postsynaptic neuron, the same loops as the plain-Java
 * {@code update_perPost}/{@code output_perPost}, with the scalar loop's statements for the tail.
 * Parameters are one value for all synapses in that layout, so they are scalars here.
 *
 * <p>Models that cannot keep their state per postsynaptic neuron, and phases the vector form
 * cannot express, get no kernel for that phase ({@code vectorized} says why); the backend then
 * runs the group's own loops.
 */
public final class VectorSynapseEmitter {
  private static final String RT = "org.brainj.runtime";
  private static final ClassName KERNEL = ClassName.get(RT + ".backend", "SynapseKernel");
  private static final ClassName PARAMETER = ClassName.get(RT + ".group", "Parameter");
  private static final ClassName WIDTH = ClassName.get(RT + ".backend", "VectorWidth");
  private static final ClassName SPECIES = ClassName.get(VectorExprWriter.PKG, "VectorSpecies");
  private static final ClassName SHAPE = ClassName.get(VectorExprWriter.PKG, "VectorShape");
  private static final Set<String> OWN_NAMES = Set.of("SPECIES", "group", "scratch", "j");

  private final NeuronModel model;
  private final LaneType lanes;
  private final ClassName group;
  private final ClassName self;
  private final PerPostAnalysis.Result perPost;

  /** The double-precision loops, {@code <Synapses>Vector}. */
  public VectorSynapseEmitter(NeuronModel model) {
    this(model, false);
  }

  /** Double-precision loops or, with {@code single}, float ones ({@code <Synapses>VectorFloat}). */
  public VectorSynapseEmitter(NeuronModel model, boolean single) {
    this.model = model;
    this.lanes = single ? LaneType.FLOAT : LaneType.DOUBLE;
    this.group = ClassName.get(model.packageName(), model.groupName());
    this.self = ClassName.get(model.packageName(), model.groupName() + lanes.classSuffix);
    this.perPost = PerPostAnalysis.analyze(model);
  }

  /** The expanded body of a phase (its steps in order), or null when the model has none. */
  private List<Stmt> body(Phase phase) {
    List<Stmt> body = new ArrayList<>();
    for (StepSpec s : model.steps()) {
      if (s.phase() == phase) {
        body.addAll(lanes.body(new IntegratorExpander(model).expand(s.body())));
      }
    }
    return body.isEmpty() ? null : body;
  }

  /** Why a phase gets no vector loop, or null. */
  private String refusal(List<Stmt> body) {
    if (body == null) {
      return "the model has none";
    }
    if (!perPost.capable()) {
      return "the state cannot be kept per postsynaptic neuron (" + perPost.reason() + ")";
    }
    for (String own : OWN_NAMES) {
      if (model.params().stream().anyMatch(p -> p.name().equals(own))
          || model.vars().stream().anyMatch(v -> v.name().equals(own))) {
        return "the model's name '" + own + "' is taken by the vector kernel";
      }
    }
    IrUsage use = IrUsage.of(body);
    if (!use.randomSites.isEmpty()) {
      return "random draws in synapse loops are not vectorized";
    }
    for (VarSpec v : model.vars()) {
      if (v.role() == Role.PRE && (use.varsRead.contains(v.name())
          || use.varsWritten.contains(v.name()))) {
        return "it reads the presynaptic neuron";
      }
    }
    return VectorSupport.refusal(body, lanes);
  }

  public JavaFile emit() {
    List<Stmt> update = body(Phase.UPDATE);
    List<Stmt> output = body(Phase.OUTPUT);
    String updateWhy = refusal(update);
    String outputWhy = refusal(output);
    TypeSpec.Builder type = GeneratedSource.publicClass(self, model)
        .addSuperinterface(KERNEL)
        .addJavadoc("Vector API loops of {@link $T} for state kept per postsynaptic neuron,"
            + " generated by the BrainJ processor from {@code $L}; $L precision.\n", group,
            model.sourceFile(), lanes.primitive());
    type.addField(FieldSpec.builder(lanes.species, "SPECIES", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.of($L.class, $T.forBitSize($T.bits()))", SPECIES, lanes.primitive(),
            SHAPE, WIDTH)
        .build());
    type.addField(group, "group", Modifier.PRIVATE, Modifier.FINAL);
    Set<String> params = new TreeSet<>();
    Set<String> vars = new TreeSet<>();
    for (List<Stmt> b : new ArrayList<>(java.util.Arrays.asList(
        updateWhy == null ? update : null, outputWhy == null ? output : null))) {
      if (b != null) {
        IrUsage use = IrUsage.of(b);
        params.addAll(use.paramsRead);
        vars.addAll(use.varsRead);
        vars.addAll(use.varsWritten);
      }
    }
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(group, "group")
        .addStatement("this.group = group");
    for (String p : params) {
      type.addField(PARAMETER, p, Modifier.PRIVATE, Modifier.FINAL);
      ctor.addStatement("this.$L = group.param($S)", p, p);
    }
    for (VarSpec v : model.vars()) {
      if (!vars.contains(v.name())) {
        continue;
      }
      TypeName arr = v.type() == Type.BOOLEAN ? TypeName.get(boolean[].class)
          : lanes.array();
      type.addField(arr, v.name(), Modifier.PRIVATE, Modifier.FINAL);
      if (v.role() == Role.POST) {
        ctor.addStatement("this.$L = ($T) group.post().var($S).array()", v.name(), arr,
            v.binding());
      } else {
        ctor.addStatement("this.$L = ($T) group.var($S).array()", v.name(), arr, v.name());
      }
    }
    type.addMethod(ctor.build());
    type.addMethod(MethodSpec.methodBuilder("vectorized")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addParameter(boolean.class, "output")
        .addJavadoc("Empty if the phase has a vector loop, else why it runs the group's loops.\n")
        .addStatement("return output ? $S : $S", outputWhy == null ? "" : outputWhy,
            updateWhy == null ? "" : updateWhy)
        .build());
    type.addMethod(phase("update", update, updateWhy));
    type.addMethod(phase("output", output, outputWhy));
    return GeneratedSource.file(model, type.build());
  }

  /** The phase over postsynaptic neurons {@code [from, to)}: vector loop, then scalar tail. */
  private MethodSpec phase(String name, List<Stmt> body, String why) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(double.class, "t")
        .addParameter(double.class, "dt")
        .addParameter(long.class, "step")
        .addParameter(int.class, "from")
        .addParameter(int.class, "to");
    if (why != null) {
      m.addStatement("throw new $T($S)", UnsupportedOperationException.class,
          model.modelName() + ": no vector " + name + " loop: " + why);
      return m.build();
    }
    IrUsage use = IrUsage.of(body);
    Set<String> touched = new TreeSet<>(use.varsRead);
    touched.addAll(use.varsWritten);
    Set<String> reserved = JavaGroupEmitter.reservedNames(model, "from", "to", "upper", "j", "n",
        "SPECIES", "group", "scratch");
    // parameters: one value for all synapses in this layout
    for (String p : use.paramsRead) {
      m.addStatement("final $L $L = $Lthis.$L.values()[0]", lanes.primitive(), p,
          lanes == LaneType.FLOAT ? "(float) " : "", p);
    }
    m.addStatement("final int upper = from + SPECIES.loopBound(to - from)");
    Names names = new Names(reserved);
    VectorExprWriter w = new VectorExprWriter(lanes, names, true);
    w.findInvariantLocals(body);
    CodeBlock.Builder loop = CodeBlock.builder();
    for (VarSpec v : model.vars()) {
      if (touched.contains(v.name())) {
        if (v.type() == Type.BOOLEAN) {
          loop.addStatement("$T $L = $T.fromArray(SPECIES, this.$L, j)", lanes.mask, v.name(),
              VectorExprWriter.VECTOR_MASK, v.name());
        } else {
          loop.addStatement("$T $L = $T.fromArray(SPECIES, this.$L, j)",
              lanes.vector, v.name(), lanes.vector, v.name());
        }
      }
    }
    new VectorStmtWriter(loop, w, names).write(body);
    for (VarSpec v : model.vars()) {
      if (use.varsWritten.contains(v.name())) {
        if (v.type() == Type.BOOLEAN) {
          throw new IllegalStateException("boolean synapse state is not vectorized");
        }
        loop.addStatement("$L.intoArray(this.$L, j)", v.name(), v.name());
      }
    }
    if (w.usesScratch()) {
      m.addStatement("final $T scratch = new $L[2 * SPECIES.length()]", lanes.array(),
          lanes.primitive());
    }
    for (Map.Entry<String, String> h : w.hoisted().entrySet()) {
      m.addStatement("final $L", h.getValue());
    }
    m.beginControlFlow("for (int j = from; j < upper; j += SPECIES.length())");
    m.addCode(loop.build());
    m.endControlFlow();
    // the tail: the plain-Java loop's statements, so the same bits
    m.beginControlFlow("for (int j = upper; j < to; j++)");
    for (VarSpec v : model.vars()) {
      if (touched.contains(v.name())) {
        m.addStatement("$L $L = this.$L[j]", lanes.type == Type.FLOAT
            ? FloatDemotion.type(v.type()).javaName() : v.type().javaName(), v.name(), v.name());
      }
    }
    Set<String> tailReserved = new TreeSet<>(reserved);
    tailReserved.addAll(w.hoisted().keySet());
    Names tailNames = new Names(tailReserved);
    new StmtWriter(m, new JavaExprWriter(tailNames, "j"), tailNames).write(body);
    for (VarSpec v : model.vars()) {
      if (use.varsWritten.contains(v.name())) {
        m.addStatement("this.$L[j] = $L", v.name(), v.name());
      }
    }
    m.endControlFlow();
    return m.build();
  }
}
