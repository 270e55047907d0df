package org.brainj.processor.emit.opencl;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.tools.StandardLocation;
import org.brainj.processor.emit.java.JavaGroupEmitter;
import org.brainj.processor.emit.java.Names;
import org.brainj.processor.integrate.IntegratorExpander;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.IrUsage;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Stmt.Assign;
import org.brainj.processor.ir.Stmt.AssignOp;
import org.brainj.processor.ir.Stmt.Block;
import org.brainj.processor.ir.Stmt.Declare;
import org.brainj.processor.ir.Stmt.If;
import org.brainj.processor.ir.Stmt.VarTarget;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel;
import org.brainj.processor.model.NeuronModel.Phase;
import org.brainj.processor.model.NeuronModel.Role;
import org.brainj.processor.model.NeuronModel.StepSpec;
import org.brainj.processor.model.NeuronModel.VarSpec;

/**
 * Emits the spike-delivery kernel of a synapse model, {@code <Model>Synapses.cl} (a class-path
 * resource beside the generated synapse class), and its layout, {@code <Model>SynapsesOpenCL}.
 *
 * <p>Only the event-driven shape runs on the device: a model whose steps are all {@code @OnPre}
 * handlers that add to postsynaptic variables ({@code ge += we}, Brian2's
 * {@code on_pre='ge += we'}), the amounts computed from parameters, synapse variables, presynaptic
 * and postsynaptic values, {@code t} and {@code dt} (with locals and branches), but never from a
 * variable the handlers add to. Each work-item takes spikes of the device's compacted spike list
 * (a grid-stride loop: item {@code g} the spikes {@code g, g + size, ...}), walks each one's row of
 * the connectivity, and adds with an atomic compare-and-swap loop on the value's 64 bits ({@code cl_khr_int64_base_atomics}), so the sums
 * onto one neuron are formed in an unspecified order. Any other model gets a layout that says why
 * it is delivered on the host ({@code HOST_REASON}).
 */
public final class OpenClSynapseEmitter {
  /** The kernel's atomic add of a double. */
  static final String ATOMIC_ADD = "brainj_atomic_add";

  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  /** Names the kernel declares itself, moved aside ({@code _2}, ...) if the model uses one. */
  private static final List<String> KERNEL_LOCALS = List.of("k", "i", "j", "s", "end", "count",
      "spikes", "spikeCount", "slot", "indptr", "postIds", "perPost");

  private static final String ATOMIC_SOURCE = """
      // adds v to *p atomically: compare-and-swap on the value's 64 bits until no other
      // work-item changed it in between
      inline void brainj_atomic_add(volatile __global double* p, const double v) {
        long seen = as_long(*p);
        while (1) {
          const long next = as_long(as_double(seen) + v);
          const long found = atom_cmpxchg((volatile __global long*) p, seen, next);
          if (found == seen) {
            return;
          }
          seen = found;
        }
      }
      """;

  private final NeuronModel model;
  private final List<StepSpec> handlers = new ArrayList<>();
  private final List<List<Stmt>> bodies = new ArrayList<>();
  private final String refusal;
  /** The kernel's own names, keyed by their preferred name. */
  private final Map<String, String> local = new LinkedHashMap<>();

  public OpenClSynapseEmitter(NeuronModel model) {
    this.model = model;
    Set<String> taken = new TreeSet<>(OpenClSupport.C_NAMES);
    model.params().forEach(p -> taken.add(p.name()));
    model.vars().forEach(v -> taken.add(v.name()));
    for (String n : KERNEL_LOCALS) {
      String free = n;
      for (int k = 2; taken.contains(free) || taken.contains(free + "_values")
          || taken.contains(free + "_data"); k++) {
        free = n + "_" + k;
      }
      taken.add(free);
      local.put(n, free);
    }
    for (StepSpec s : model.steps()) {
      if (s.phase() == Phase.ON_PRE) {
        handlers.add(s);
        bodies.add(new IntegratorExpander(model).expand(s.body()));
      }
    }
    this.refusal = refusal();
  }

  /** The layout class's simple name. */
  public static String className(NeuronModel model) {
    return model.groupName() + "OpenCL";
  }

  /** The kernel source's resource name, in the model's package. */
  public static String sourceName(NeuronModel model) {
    return model.groupName() + ".cl";
  }

  /** Why the model's spikes are delivered on the host, or null if the kernel delivers them. */
  public String hostReason() {
    return refusal;
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

  private String kernelName() {
    return model.modelName() + "_onPre";
  }

  // ------------------------------------------------------------------ what runs on the device

  private String refusal() {
    for (StepSpec s : model.steps()) {
      if (s.phase() != Phase.ON_PRE) {
        return "the model has " + phaseLabel(s.phase()) + " '" + s.name() + "' (only models"
            + " whose steps are all @OnPre handlers adding to postsynaptic variables deliver on"
            + " the device)";
      }
    }
    if (handlers.isEmpty()) {
      return "the model has no @OnPre handler";
    }
    String names = OpenClSupport.nameRefusal(model, Set.of("t", "dt", "step"));
    if (names != null) {
      return names;
    }
    Set<String> written = new TreeSet<>();
    Set<String> read = new TreeSet<>();
    for (int h = 0; h < bodies.size(); h++) {
      List<Stmt> body = bodies.get(h);
      String why = OpenClSupport.refusal(body);
      if (why == null) {
        why = shape(body, written, read);
      }
      if (why == null && !IrUsage.of(body).randomSites.isEmpty()) {
        why = "it draws random numbers";
      }
      if (why != null) {
        return "@OnPre handler '" + handlers.get(h).name() + "': " + why;
      }
    }
    for (String v : written) {
      // a value read while others add to it would depend on the order of the additions
      Set<String> aliases = new TreeSet<>();
      for (VarSpec x : model.vars()) {
        if (x.role() == Role.POST && x.binding().equals(model.var(v).binding())) {
          aliases.add(x.name());
        }
      }
      aliases.retainAll(read);
      if (!aliases.isEmpty()) {
        return "the @OnPre handlers read postsynaptic '" + model.var(v).binding() + "' ("
            + String.join(", ", aliases) + ") while adding to it";
      }
    }
    for (String v : read) {
      VarSpec x = model.var(v);
      if (x.type() != Type.DOUBLE && x.type() != Type.BOOLEAN) {
        return "variable '" + v + "' is " + x.type().javaName() + " (only double and boolean"
            + " variables run on OpenCL yet)";
      }
    }
    return null;
  }

  /**
   * Why {@code body} is not of the delivering shape, or null; collects the variables it adds to
   * and those it reads otherwise.
   */
  private String shape(List<Stmt> body, Set<String> written, Set<String> read) {
    for (Stmt s : body) {
      String why = null;
      if (s instanceof Declare d) {
        reads(d.init(), read);
      } else if (s instanceof Assign a) {
        reads(a.value(), read);
        if (a.target() instanceof VarTarget v) {
          VarSpec spec = model.var(v.name());
          if (spec.role() != Role.POST) {
            why = "it assigns " + (spec.role() == Role.PRE ? "presynaptic" : "synapse")
                + " variable '" + v.name() + "' (only adding to postsynaptic variables runs"
                + " on the device)";
          } else if (a.op() != AssignOp.ADD && a.op() != AssignOp.SUB) {
            why = "'" + v.name() + " " + a.op().symbol + " ...' (only += and -= of"
                + " postsynaptic variables run on the device)";
          } else if (spec.type() != Type.DOUBLE) {
            why = "postsynaptic '" + v.name() + "' is " + spec.type().javaName()
                + " (the device adds doubles only)";
          } else {
            written.add(v.name());
          }
        }
      } else if (s instanceof If i) {
        reads(i.condition(), read);
        why = shape(i.then(), written, read);
        if (why == null) {
          why = shape(i.otherwise(), written, read);
        }
      } else if (s instanceof Block b) {
        why = shape(b.body(), written, read);
      } else {
        why = "statement '" + s.origin().text() + "' has no device form";
      }
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  private static void reads(Expr e, Set<String> into) {
    if (e != null) {
      into.addAll(IrUsage.of(List.of(), e).varsRead);
    }
  }

  private static String phaseLabel(Phase p) {
    return switch (p) {
      case UPDATE -> "an @Update step";
      case ON_PRE -> "an @OnPre handler";
      case ON_POST -> "an @OnPost handler";
      case OUTPUT -> "an @Output step";
    };
  }

  /** The parameters the handlers read, in the model's declaration order. */
  private List<String> params() {
    Set<String> used = new TreeSet<>();
    bodies.forEach(b -> used.addAll(IrUsage.of(b).paramsRead));
    List<String> out = new ArrayList<>();
    model.params().forEach(p -> {
      if (used.contains(p.name())) {
        out.add(p.name());
      }
    });
    return out;
  }

  /** The model's variables of {@code role} the handlers read ({@code added}: add to), in order. */
  private List<VarSpec> vars(Set<Role> roles, boolean added) {
    Set<String> written = new TreeSet<>();
    Set<String> read = new TreeSet<>();
    bodies.forEach(b -> shape(b, written, read));
    List<VarSpec> out = new ArrayList<>();
    for (VarSpec v : model.vars()) {
      if (roles.contains(v.role()) && (added ? written : read).contains(v.name())) {
        out.add(v);
      }
    }
    return out;
  }

  private List<VarSpec> own() {
    return vars(Set.of(Role.STATE, Role.SPIKE, Role.INPUT), false);
  }

  // ------------------------------------------------------------------ OpenCL C source

  /** The whole {@code .cl} file. */
  public String source() {
    StringBuilder b = new StringBuilder();
    b.append("// Generated by BrainJ from ").append(model.qualifiedName()).append(" (")
        .append(model.sourceFile()).append("). Do not edit: change the model.\n");
    if (refusal != null) {
      b.append("// The spikes are delivered on the host: ")
          .append(OpenClGroupEmitter.comment(refusal)).append('\n');
      return b.toString();
    }
    b.append("// Spike delivery: one work-item per spiking presynaptic neuron; see ")
        .append(className(model)).append(" for the arguments.\n");
    b.append("#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n");
    b.append("#pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable\n");
    b.append("// no fused multiply-adds: + - * / must round like Java's\n");
    b.append("#pragma OPENCL FP_CONTRACT OFF\n\n");
    b.append(ATOMIC_SOURCE).append('\n');
    kernel(b);
    return b.toString();
  }

  private void kernel(StringBuilder b) {
    String k = local.get("k");
    String i = local.get("i");
    String j = local.get("j");
    String s = local.get("s");
    String end = local.get("end");
    String count = local.get("count");
    for (StepSpec h : handlers) {
      b.append("// ").append(model.modelName()).append('.').append(h.name()).append(", lines ")
          .append(h.origin().line()).append('-').append(h.lastLine()).append(" of ")
          .append(OpenClGroupEmitter.comment(model.sourceFile())).append('\n');
    }
    List<String> args = new ArrayList<>(List.of("const double t", "const double dt",
        "const long step", "__global const int* " + local.get("spikes"),
        "__global const int* " + local.get("spikeCount"), "const int " + local.get("slot"),
        "__global const int* " + local.get("indptr"),
        "__global const int* " + local.get("postIds"), "const int " + local.get("perPost")));
    for (String p : params()) {
      args.add("__global const double* " + p + "_values");
      args.add("const int " + p + "_stride");
    }
    List<VarSpec> readVars = new ArrayList<>(own());
    readVars.addAll(vars(Set.of(Role.PRE), false));
    readVars.addAll(vars(Set.of(Role.POST), false));
    for (VarSpec v : readVars) {
      args.add("__global const " + (v.type() == Type.BOOLEAN ? "uchar" : "double") + "* "
          + v.name() + "_data");
    }
    Map<String, String> atomic = new LinkedHashMap<>();
    for (VarSpec v : vars(Set.of(Role.POST), true)) {
      args.add("__global double* " + v.name() + "_data");
      atomic.put(v.name(), "&" + v.name() + "_data[" + j + "]");
    }
    b.append("__kernel void ").append(kernelName()).append("(\n    ")
        .append(String.join(",\n    ", args)).append(") {\n");
    // a grid-stride loop: the host launches as many work-items as suit the device, not one
    // per presynaptic neuron, and each takes every global-size-th spike of the list
    b.append("  const int ").append(count).append(" = ").append(local.get("spikeCount"))
        .append('[').append(local.get("slot")).append("];\n");
    b.append("  for (int ").append(k).append(" = (int) get_global_id(0); ").append(k)
        .append(" < ").append(count).append("; ").append(k)
        .append(" += (int) get_global_size(0)) {\n");
    b.append("    const int ").append(i).append(" = ").append(local.get("spikes")).append('[')
        .append(k).append("];\n");
    b.append("    const int ").append(end).append(" = ").append(local.get("indptr")).append('[')
        .append(i).append(" + 1];\n");
    b.append("    for (int ").append(s).append(" = ").append(local.get("indptr")).append('[')
        .append(i).append("]; ").append(s).append(" < ").append(end).append("; ").append(s)
        .append("++) {\n");
    b.append("      const int ").append(j).append(" = ").append(local.get("postIds")).append('[')
        .append(s).append("];\n");
    for (String p : params()) {
      Type t = model.param(p).type();
      b.append("      const ").append(OpenClExprWriter.cType(t)).append(' ').append(p)
          .append(" = ").append(t == Type.DOUBLE ? "" : "(" + OpenClExprWriter.cType(t) + ") ")
          .append(p).append("_values[").append(s).append(" * ").append(p).append("_stride];\n");
    }
    for (VarSpec v : readVars) {
      String at = switch (v.role()) {
        case PRE -> i;
        case POST -> j;
        default -> local.get("perPost") + " ? " + j + " : " + s;
      };
      b.append("      const ").append(v.type() == Type.BOOLEAN ? "bool " : "double ")
          .append(v.name()).append(" = ").append(v.name()).append("_data[").append(at)
          .append(']').append(v.type() == Type.BOOLEAN ? " != 0" : "").append(";\n");
    }
    Names names = new Names(reserved());
    OpenClStmtWriter w = new OpenClStmtWriter(b, new OpenClExprWriter(names, j), names, atomic);
    w.indent();
    w.indent();
    for (List<Stmt> body : bodies) {
      w.write(body);
    }
    b.append("    }\n  }\n}\n");
  }

  private Set<String> reserved() {
    Set<String> r = new TreeSet<>(JavaGroupEmitter.reservedNames(model,
        local.values().toArray(new String[0])));
    r.addAll(OpenClSupport.C_NAMES);
    r.add(ATOMIC_ADD);
    model.vars().forEach(v -> r.add(v.name() + "_data"));
    return r;
  }

  // ------------------------------------------------------------------ layout class

  private JavaFile layout() {
    ClassName self = ClassName.get(model.packageName(), className(model));
    ClassName synapses = ClassName.get(model.packageName(), model.groupName());
    boolean ok = refusal == null;
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", "org.brainj.processor.BrainJProcessor")
            .addMember("comments", "$S", "from " + model.sourceFile())
            .build())
        .addJavadoc("The OpenCL spike-delivery kernel of {@link $T}, generated by the BrainJ"
            + " processor from {@code $L}, or why its spikes are delivered on the host.\n\n"
            + "<p>The kernel takes {@code (double t, double dt, long step, int[] spikes,"
            + " int[] spikeCount, int slot, int[] indptr, int[] postIds, int perPost)}: the"
            + " presynaptic spike list, whose length is {@code spikeCount[slot]}, and the"
            + " connectivity by presynaptic neuron; then a {@code (double[] values, int stride)}"
            + " pair per name of {@link #PARAMS} (indexed by synapse); then one buffer per name"
            + " of {@link #OWN_VARS} (by synapse, or by postsynaptic neuron if {@code perPost}),"
            + " {@link #PRE_VARS}, {@link #POST_VARS} and {@link #POST_ADDED}.\n",
            synapses, model.sourceFile())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addField(constant("SOURCE", sourceName(model), "The kernel source, a resource in this"
        + " package.\n"));
    type.addField(constant("KERNEL", ok ? kernelName() : "", "The delivery kernel's name, or"
        + " empty where the spikes are delivered on the host.\n"));
    type.addField(constant("HOST_REASON", ok ? "" : refusal, "Empty if the kernel delivers"
        + " the spikes, else why the host does.\n"));
    addList(type, "PARAMS", ok ? params() : List.of(),
        "The parameters the kernel takes, in argument order.\n");
    addList(type, "OWN_VARS", ok ? names(own()) : List.of(),
        "The synapse variables the kernel reads, in argument order.\n");
    addList(type, "PRE_VARS", ok ? bindings(vars(Set.of(Role.PRE), false)) : List.of(),
        "The presynaptic group's variables the kernel reads, in argument order.\n");
    addList(type, "POST_VARS", ok ? bindings(vars(Set.of(Role.POST), false)) : List.of(),
        "The postsynaptic group's variables the kernel reads, in argument order.\n");
    addList(type, "POST_ADDED", ok ? bindings(vars(Set.of(Role.POST), true)) : List.of(),
        "The postsynaptic group's variables the kernel adds to, in argument order.\n");
    return JavaFile.builder(model.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .addFileComment("Generated by BrainJ from $L ($L). Do not edit: change the model.",
            model.qualifiedName(), model.sourceFile())
        .build();
  }

  private static List<String> names(List<VarSpec> vars) {
    return vars.stream().map(VarSpec::name).toList();
  }

  /** The bound group variables, one per argument (two fields may bind the same variable). */
  private static List<String> bindings(List<VarSpec> vars) {
    return vars.stream().map(VarSpec::binding).toList();
  }

  private static FieldSpec constant(String name, String value, String doc) {
    return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(doc)
        .initializer("$S", value).build();
  }

  private static void addList(TypeSpec.Builder type, String name, List<String> values,
      String doc) {
    CodeBlock.Builder init = CodeBlock.builder().add("$T.of(", List.class);
    for (int k = 0; k < values.size(); k++) {
      init.add(k == 0 ? "$S" : ", $S", values.get(k));
    }
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), name,
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(doc)
        .initializer(init.add(")").build()).build());
  }
}
