package org.brainj.processor.emit.opencl;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.tools.StandardLocation;
import org.brainj.processor.emit.java.JavaGroupEmitter;
import org.brainj.processor.emit.java.Names;
import org.brainj.processor.integrate.IntegratorExpander;
import org.brainj.processor.ir.IrUsage;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel;
import org.brainj.processor.model.NeuronModel.StepSpec;
import org.brainj.processor.model.NeuronModel.VarSpec;

/**
 * Emits the OpenCL C kernels of a neuron model, {@code <Model>Group.cl}, a class-path resource
 * beside the generated group class, and their layout, {@code <Model>GroupOpenCL}: per step the
 * kernel's name (or why the step has none), the parameters and the variables it takes, in
 * argument order. Both come from the same expanded IR as the plain-Java group.
 *
 * <p>One kernel per step, one work-item per neuron, in double precision
 * ({@code cl_khr_fp64}). Its arguments are {@code t, dt, step, base, n}, then each parameter as
 * a {@code (values, stride)} pair like the scalar loop reads it, then one buffer per variable the
 * step touches ({@code uchar} for booleans). Work-item {@code gid} computes neuron
 * {@code base + gid}. {@code if}/{@code else} stay branches; floating-point contraction into
 * fused multiply-adds is off, so {@code + - * /} give the scalar loop's bits.
 */
public final class OpenClGroupEmitter {
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  /** The names the kernel itself declares besides its buffers; a model using one runs on the host. */
  private static final Set<String> KERNEL_NAMES = Set.of("t", "dt", "step", "rngSeed");

  private final NeuronModel model;
  private final List<List<Stmt>> bodies = new ArrayList<>();
  private final List<String> refusals = new ArrayList<>();
  /** The kernel's own names for the first neuron, the neuron count, the work-item and neuron. */
  private final String base;
  private final String count;
  private final String gid;
  private final String index;

  public OpenClGroupEmitter(NeuronModel model) {
    this.model = model;
    Set<String> kernelNames = new TreeSet<>(KERNEL_NAMES);
    for (int k = 0; k < model.randomSites(); k++) {
      kernelNames.add("rngStream" + k);
    }
    String names = OpenClSupport.nameRefusal(model, kernelNames);
    Set<String> taken = new TreeSet<>(OpenClSupport.C_NAMES);
    model.params().forEach(p -> taken.add(p.name()));
    model.vars().forEach(v -> taken.add(v.name()));
    this.base = free("base", taken);
    this.count = free("n", taken);
    this.gid = free("gid", taken);
    this.index = free("i", taken);
    for (StepSpec s : model.steps()) {
      List<Stmt> body = new IntegratorExpander(model).expand(s.body());
      bodies.add(body);
      String why = names != null ? names : OpenClSupport.refusal(body);
      if (why == null) {
        IrUsage use = IrUsage.of(body);
        for (String v : touched(use)) {
          Type t = model.var(v).type();
          if (t != Type.DOUBLE && t != Type.BOOLEAN) {
            why = "variable '" + v + "' is " + t.javaName()
                + " (only double and boolean variables run on OpenCL yet)";
          }
        }
      }
      refusals.add(why == null ? "" : why);
    }
  }

  /** {@code name}, or {@code name_2}, ... if the model uses it; then taken. */
  private static String free(String name, Set<String> taken) {
    String n = name;
    for (int k = 2; taken.contains(n) || taken.contains(n + "_values")
        || taken.contains(n + "_data"); k++) {
      n = name + "_" + k;
    }
    taken.add(n);
    return n;
  }

  /** The layout class's simple name. */
  public static String className(NeuronModel model) {
    return model.groupName() + "OpenCL";
  }

  /** The kernel source's resource name, in the model's package. */
  public static String sourceName(NeuronModel model) {
    return model.groupName() + ".cl";
  }

  /** Writes the kernel source (a resource) and the layout class. */
  public void writeTo(Filer filer, Element origin) throws IOException {
    var resource = filer.createResource(StandardLocation.CLASS_OUTPUT, model.packageName(),
        sourceName(model), origin);
    try (Writer w = resource.openWriter()) {
      w.write(source());
    }
    layout().writeTo(filer);
  }

  private String kernelName(StepSpec s) {
    return model.modelName() + "_" + s.name();
  }

  /** Variables a step reads or writes, in the model's declaration order. */
  private Set<String> touched(IrUsage use) {
    Set<String> out = new LinkedHashSet<>();
    for (VarSpec v : model.vars()) {
      if (use.varsRead.contains(v.name()) || use.varsWritten.contains(v.name())) {
        out.add(v.name());
      }
    }
    return out;
  }

  /** Written variables, in the model's declaration order. */
  private List<String> written(IrUsage use) {
    List<String> out = new ArrayList<>();
    for (VarSpec v : model.vars()) {
      if (use.varsWritten.contains(v.name())) {
        out.add(v.name());
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ OpenCL C source

  /** The whole {@code .cl} file. */
  public String source() {
    StringBuilder b = new StringBuilder();
    b.append("// Generated by BrainJ from ").append(model.qualifiedName()).append(" (")
        .append(model.sourceFile()).append("). Do not edit: change the model.\n");
    b.append("// One kernel per step, one work-item per neuron; see ")
        .append(className(model)).append(" for the arguments.\n");
    b.append("#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n");
    b.append("// no fused multiply-adds: + - * / must round like Java's\n");
    b.append("#pragma OPENCL FP_CONTRACT OFF\n");
    if (drawsRandom()) {
      b.append('\n').append(OpenClRandom.SOURCE);
    }
    for (int k = 0; k < bodies.size(); k++) {
      StepSpec s = model.steps().get(k);
      b.append('\n');
      if (!refusals.get(k).isEmpty()) {
        b.append("// step ").append(s.name()).append(" runs on the host: ")
            .append(comment(refusals.get(k))).append('\n');
        continue;
      }
      kernel(b, s, bodies.get(k));
    }
    return b.toString();
  }

  /** Whether a step with a kernel calls {@code rand()} or {@code randn()}. */
  private boolean drawsRandom() {
    for (int k = 0; k < bodies.size(); k++) {
      if (refusals.get(k).isEmpty() && !IrUsage.of(bodies.get(k)).randomSites.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private void kernel(StringBuilder b, StepSpec s, List<Stmt> body) {
    IrUsage use = IrUsage.of(body);
    Set<String> touched = touched(use);
    b.append("// step ").append(s.name()).append(": ").append(model.modelName()).append('.')
        .append(s.name()).append(", lines ").append(s.origin().line()).append('-')
        .append(s.lastLine()).append(" of ").append(comment(model.sourceFile())).append('\n');
    List<String> args = new ArrayList<>(List.of("const double t", "const double dt",
        "const long step", "const int " + base, "const int " + count));
    if (!use.randomSites.isEmpty()) {
      args.add("const long rngSeed");
      for (int site : use.randomSites) {
        args.add("const int rngStream" + site);
      }
    }
    for (String p : use.paramsRead) {
      args.add("__global const double* " + p + "_values");
      args.add("const int " + p + "_stride");
    }
    for (String v : touched) {
      String type = model.var(v).type() == Type.BOOLEAN ? "uchar" : "double";
      args.add("__global " + type + "* " + v + "_data");
    }
    b.append("__kernel void ").append(kernelName(s)).append("(\n    ")
        .append(String.join(",\n    ", args)).append(") {\n");
    b.append("  const int ").append(gid).append(" = (int) get_global_id(0);\n");
    b.append("  if (").append(gid).append(" >= ").append(count).append(") {\n    return;\n  }\n");
    b.append("  const int ").append(index).append(" = ").append(base).append(" + ").append(gid)
        .append(";\n");
    for (String p : use.paramsRead) {
      Type t = model.param(p).type();
      b.append("  const ").append(OpenClExprWriter.cType(t)).append(' ').append(p).append(" = ")
          .append(t == Type.DOUBLE ? "" : "(" + OpenClExprWriter.cType(t) + ") ").append(p)
          .append("_values[").append(index).append(" * ").append(p).append("_stride];\n");
    }
    for (String v : touched) {
      if (model.var(v).type() == Type.BOOLEAN) {
        b.append("  bool ").append(v).append(" = ").append(v).append("_data[").append(index).append("] != 0;\n");
      } else {
        b.append("  double ").append(v).append(" = ").append(v).append("_data[").append(index).append("];\n");
      }
    }
    Names names = new Names(reserved());
    new OpenClStmtWriter(b, new OpenClExprWriter(names, index), names).write(body);
    for (String v : written(use)) {
      if (model.var(v).type() == Type.BOOLEAN) {
        b.append("  ").append(v).append("_data[").append(index).append("] = ").append(v)
            .append(" ? 1 : 0;\n");
      } else {
        b.append("  ").append(v).append("_data[").append(index).append("] = ").append(v)
            .append(";\n");
      }
    }
    b.append("}\n");
  }

  private Set<String> reserved() {
    Set<String> r = new TreeSet<>(JavaGroupEmitter.reservedNames(model, base, count, gid,
        index));
    r.addAll(OpenClSupport.C_NAMES);
    model.vars().forEach(v -> r.add(v.name() + "_data"));
    return r;
  }

  /** Text safe inside a {@code //} comment: one line, no line continuation. */
  static String comment(String text) {
    String s = text.replace('\r', ' ').replace('\n', ' ');
    while (s.endsWith("\\")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  // ------------------------------------------------------------------ layout class

  private JavaFile layout() {
    ClassName self = ClassName.get(model.packageName(), className(model));
    ClassName group = ClassName.get(model.packageName(), model.groupName());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", "org.brainj.processor.BrainJProcessor")
            .addMember("comments", "$S", "from " + model.sourceFile())
            .build())
        .addJavadoc("The OpenCL kernels of {@link $T}, generated by the BrainJ processor from"
            + " {@code $L}: the source's resource name and, per step (indexed like the model's"
            + " steps), the kernel's name and its arguments.\n\n<p>Each kernel takes"
            + " {@code (double t, double dt, long step, int base, int n)}, then, if it draws"
            + " random numbers, {@code long rngSeed} and an {@code int} stream per site of"
            + " {@link #RANDOM_SITES}, then a {@code (double[] values, int stride)} pair per name"
            + " of {@link #PARAMS}, then one buffer per name of {@link #VARS} ({@code uchar} for boolean variables).\n",
            group, model.sourceFile())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addField(FieldSpec.builder(String.class, "SOURCE", Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("The kernel source, a resource in this package.\n")
        .initializer("$S", sourceName(model)).build());
    List<String> kernels = new ArrayList<>();
    List<List<String>> params = new ArrayList<>();
    List<List<String>> vars = new ArrayList<>();
    List<List<String>> written = new ArrayList<>();
    List<List<Integer>> sites = new ArrayList<>();
    for (int k = 0; k < bodies.size(); k++) {
      boolean ok = refusals.get(k).isEmpty();
      IrUsage use = IrUsage.of(bodies.get(k));
      kernels.add(ok ? kernelName(model.steps().get(k)) : "");
      params.add(ok ? new ArrayList<>(use.paramsRead) : List.of());
      vars.add(ok ? new ArrayList<>(touched(use)) : List.of());
      written.add(ok ? written(use) : List.of());
      sites.add(ok ? new ArrayList<>(use.randomSites) : List.of());
    }
    addList(type, "KERNELS", strings(kernels),
        "Per step: its kernel's name, or empty where the step runs on the host.\n");
    addList(type, "HOST_REASONS", strings(refusals),
        "Per step: empty if it has a kernel, else why it runs on the host.\n");
    addList(type, "PARAMS", nested(params),
        "Per step: the parameters its kernel takes, in argument order.\n");
    addList(type, "VARS", nested(vars),
        "Per step: the variables its kernel reads or writes, in argument order.\n");
    addList(type, "WRITTEN", nested(written),
        "Per step: the variables its kernel writes (copied back after it runs).\n");
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class),
            ParameterizedTypeName.get(List.class, Integer.class)), "RANDOM_SITES",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Per step: the random call sites its kernel draws from; it then takes"
            + " {@code long rngSeed} and an {@code int} stream per site after {@code n}.\n")
        .initializer(sites(sites)).build());
    return JavaFile.builder(model.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .addFileComment("Generated by BrainJ from $L ($L). Do not edit: change the model.",
            model.qualifiedName(), model.sourceFile())
        .build();
  }

  private static CodeBlock strings(List<String> names) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < names.size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", names.get(i));
    }
    return b.add(")").build();
  }

  private static CodeBlock sites(List<List<Integer>> lists) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < lists.size(); i++) {
      b.add(i == 0 ? "$T.of(" : ", $T.of(", List.class);
      List<Integer> l = lists.get(i);
      for (int j = 0; j < l.size(); j++) {
        b.add(j == 0 ? "$L" : ", $L", l.get(j));
      }
      b.add(")");
    }
    return b.add(")").build();
  }

  private static CodeBlock nested(List<List<String>> lists) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < lists.size(); i++) {
      b.add(i == 0 ? "$L" : ", $L", strings(lists.get(i)));
    }
    return b.add(")").build();
  }

  private static void addList(TypeSpec.Builder type, String name, CodeBlock init, String doc) {
    TypeName strings = ParameterizedTypeName.get(List.class, String.class);
    TypeName t = name.equals("KERNELS") || name.equals("HOST_REASONS") ? strings
        : ParameterizedTypeName.get(ClassName.get(List.class), strings);
    type.addField(FieldSpec.builder(t, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(doc)
        .initializer(init).build());
  }
}
