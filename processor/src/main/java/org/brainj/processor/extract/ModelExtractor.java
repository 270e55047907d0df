package org.brainj.processor.extract;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import org.brainj.annotations.Derivative;
import org.brainj.annotations.Diffusion;
import org.brainj.annotations.Methods;
import org.brainj.annotations.Every;
import org.brainj.annotations.Input;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.OdeSystem;
import org.brainj.annotations.OnPost;
import org.brainj.annotations.OnPre;
import org.brainj.annotations.Output;
import org.brainj.annotations.Post;
import org.brainj.annotations.Pre;
import org.brainj.annotations.SynGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;
import org.brainj.processor.extract.BodyTranslator.Kind;
import org.brainj.processor.extract.BodyTranslator.PendingIntegrate;
import org.brainj.processor.extract.BodyTranslator.Returning;
import org.brainj.processor.extract.ModelSymbols.VarSymbol;
import org.brainj.processor.integrate.SdeMethods;
import org.brainj.processor.integrate.SriTableau;
import org.brainj.processor.integrate.Tableaux;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.Dt;
import org.brainj.processor.ir.Expr.Time;
import org.brainj.processor.ir.Expr.VarRef;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Stmt.Integrate;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel;
import org.brainj.processor.model.NeuronModel.DerivativeSpec;
import org.brainj.processor.model.NeuronModel.ParamSpec;
import org.brainj.processor.model.NeuronModel.Phase;
import org.brainj.processor.model.NeuronModel.Role;
import org.brainj.processor.model.NeuronModel.StepSpec;
import org.brainj.processor.model.NeuronModel.VarSpec;

/**
 * Reads a {@code @NeuGroup} class through the compiler Tree API into a {@link NeuronModel}:
 * fields become parameters and variables, method bodies become IR. Reports every problem at its
 * exact place and returns null when there was one.
 */
public final class ModelExtractor {
  /** Names of NeuronGroup/GroupBuilder/Object members that generated accessors must not hide. */
  private static final Set<String> RESERVED =
      Set.of(
          "model", "name", "size", "seed", "schedule", "stepNames", "var", "vars", "param",
          "params", "hasSpikes", "spike", "spikeIndices", "spikeCount", "reset", "executeStep",
          "streamOf", "stream", "compute", "condition", "initDefaults", "doubles", "floats",
          "ints", "booleans", "init", "build", "builder", "toString", "hashCode", "equals",
          "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "MODEL", "t", "dt",
          "i", "step", "from", "to", "precision", "singlePrecision",
          // generated expressions write Math.f(..), Double.NaN and org.brainj... qualified
          "Math", "Double", "Float", "org");

  /**
   * Names a synapse model's fields must not take besides {@link #RESERVED}: members of
   * SynapseGroup that accessors would hide, and the loop variables and locals of the generated
   * synapse loops (a parameter or variable becomes a local of the same name there).
   */
  private static final Set<String> SYNAPSE_RESERVED =
      Set.of(
          "pre", "post", "connectivity", "delay", "perPost", "prepare", "deliver",
          "presynapticVars", "postsynapticVars", "runUpdate", "runOutput", "kind",
          "elementName", "j", "s", "k", "c", "n", "indptr", "postIds", "ptr", "syn", "preOf",
          "spikes", "count", "index", "end", "sorted", "postFrom", "postTo");

  private final ProcessingEnvironment env;
  private final Trees trees;
  private final Diagnostics diag;

  public ModelExtractor(ProcessingEnvironment env, Trees trees, Diagnostics diag) {
    this.env = env;
    this.trees = trees;
    this.diag = diag;
  }

  /** The model of {@code type}, or null if it has errors (already reported). */
  public NeuronModel extract(TypeElement type) {
    int errorsBefore = diag.errorCount();
    if (type.getAnnotation(NeuGroup.class) != null && type.getAnnotation(SynGroup.class) != null) {
      diag.error(type, "a model is either a @NeuGroup or a @SynGroup, not both");
      return null;
    }
    boolean odeSystem = SystemRules.isSystem(type);
    if (odeSystem && !new SystemRules(diag).checkAnnotations(type)) {
      return null;
    }
    if (type.getKind() != ElementKind.CLASS
        || (type.getNestingKind() != NestingKind.TOP_LEVEL
            && !type.getModifiers().contains(Modifier.STATIC))) {
      diag.error(type, "@NeuGroup and @SynGroup go on a top-level or static nested class");
      return null;
    }
    TreePath path = trees.getPath(type);
    if (path == null) {
      diag.error(type, "the source of @NeuGroup class " + type + " is not available to the"
          + " processor (it must be compiled from source)");
      return null;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    SourceLines lines = new SourceLines(trees, unit);
    ModelSymbols symbols = new ModelSymbols(type);
    BodyTranslator.Shared shared = new BodyTranslator.Shared();

    collectSymbols(type, symbols, unit);

    List<ParamSpec> params = new ArrayList<>();
    List<VarSpec> vars = new ArrayList<>();
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() != ElementKind.FIELD) {
        continue;
      }
      VariableElement f = (VariableElement) e;
      String name = f.getSimpleName().toString();
      VariableTree tree = (VariableTree) trees.getTree(f);
      String doc = doc(f);
      if (f.getAnnotation(Param.class) != null) {
        Type t = symbols.params.get(name);
        if (t == null) {
          continue; // reported while collecting
        }
        double value = 0;
        if (tree != null && tree.getInitializer() != null) {
          try {
            List<Stmt> pre = new ArrayList<>();
            Expr x = translator(unit, lines, symbols, Kind.CONSTANT, shared)
                .expression(tree.getInitializer(), pre);
            Double folded = ConstantFolder.fold(x);
            if (folded == null || !pre.isEmpty()) {
              diag.error(tree.getInitializer(), unit, "a @Param default must be a constant"
                  + " expression (numbers, Math functions, static final constants)");
              continue;
            }
            value = folded;
          } catch (Diagnostics.Abort a) {
            continue;
          }
        }
        params.add(new ParamSpec(name, t, value, doc));
      } else if (symbols.vars.containsKey(name)) {
        VarSymbol v = symbols.vars.get(name);
        Expr init = null;
        if (tree != null && tree.getInitializer() != null) {
          if (v.role() == Role.PRE || v.role() == Role.POST) {
            diag.error(tree.getInitializer(), unit, "@Pre/@Post fields take their values from the"
                + " connected neurons and have no initializer");
            continue;
          }
          if (v.role() != Role.STATE) {
            diag.error(tree.getInitializer(), unit, (v.role() == Role.SPIKE ? "@Spike" : "@Input")
                + " fields start at " + (v.role() == Role.SPIKE ? "false" : "0")
                + " and take no initializer");
            continue;
          }
          try {
            List<Stmt> pre = new ArrayList<>();
            init = translator(unit, lines, symbols, Kind.VAR_INIT, shared)
                .expression(tree.getInitializer(), pre);
            if (!pre.isEmpty()) {
              diag.error(tree.getInitializer(), unit, "a @Var initial value must be an"
                  + " expression of constants and parameters (helpers with statements are not"
                  + " supported here)");
              continue;
            }
            init = translator(unit, lines, symbols, Kind.VAR_INIT, shared)
                .assignable(tree.getInitializer(), init, v.type(), "variable '" + name + "'");
          } catch (Diagnostics.Abort a) {
            continue;
          }
        }
        vars.add(new VarSpec(name, v.type(), v.role(), init, doc, symbols.bindings.get(name)));
      }
    }

    Map<String, DerivativeSpec> derivatives = new LinkedHashMap<>();
    Map<String, ExecutableElement> conditions = new LinkedHashMap<>();
    boolean synapse = type.getAnnotation(SynGroup.class) != null;
    List<ExecutableElement> updates = new ArrayList<>();
    List<ExecutableElement> diffusions = new ArrayList<>();
    Map<String, ExecutableElement> derivativeMethods = new LinkedHashMap<>();
    Map<ExecutableElement, Phase> phases = new LinkedHashMap<>();
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement m = (ExecutableElement) e;
      Derivative d = m.getAnnotation(Derivative.class);
      Update u = m.getAnnotation(Update.class);
      Every every = m.getAnnotation(Every.class);
      List<Phase> marked = new ArrayList<>();
      if (u != null) {
        marked.add(Phase.UPDATE);
      }
      if (m.getAnnotation(OnPre.class) != null) {
        marked.add(Phase.ON_PRE);
      }
      if (m.getAnnotation(OnPost.class) != null) {
        marked.add(Phase.ON_POST);
      }
      if (m.getAnnotation(Output.class) != null) {
        marked.add(Phase.OUTPUT);
      }
      if (marked.size() > 1 || (d != null && !marked.isEmpty())) {
        diag.error(m, "a method is one of @Derivative, @Update, @OnPre, @OnPost, @Output");
        continue;
      }
      if (!synapse && !marked.isEmpty() && marked.get(0) != Phase.UPDATE) {
        diag.error(m, "@OnPre, @OnPost and @Output belong to @SynGroup models (synapses)");
        continue;
      }
      if (every != null && marked.isEmpty()) {
        // on @OnPre, @OnPost and @Output handlers step() reports it (once)
        diag.error(m, mirror(m, Every.class), "@Every goes on an @Update step");
      }
      if (m.getAnnotation(Diffusion.class) != null) {
        if (d != null || !marked.isEmpty()) {
          diag.error(m, "a method is one of @Derivative, @Diffusion, @Update, @OnPre, @OnPost,"
              + " @Output");
        } else {
          diffusions.add(m);
        }
        continue;
      }
      if (d != null) {
        DerivativeSpec spec = derivative(m, d, unit, lines, symbols, shared);
        if (spec != null) {
          if (derivatives.containsKey(spec.var())) {
            diag.error(m, "state variable '" + spec.var() + "' already has a @Derivative");
          } else {
            derivatives.put(spec.var(), spec);
            derivativeMethods.put(spec.var(), m);
          }
        }
      }
      if (!marked.isEmpty()) {
        updates.add(m);
        phases.put(m, marked.get(0));
      }
    }

    int[] scalarSite = {-1, -1};
    for (ExecutableElement m : diffusions) {
      diffusion(m, m.getAnnotation(Diffusion.class), type, derivatives, derivativeMethods, unit,
          lines, symbols, shared, scalarSite);
    }
    for (DerivativeSpec d : derivatives.values()) {
      if (d.sde() == null && !Tableaux.isKnown(d.method())) {
        ExecutableElement dm = derivativeMethods.get(d.var());
        diag.error(dm, mirror(dm, Derivative.class), "'" + d.method() + "' is an SDE method:"
            + " declare the noise of '" + d.var() + "' with a @Diffusion method (g" + d.var()
            + "), or use an ODE method (" + Tableaux.supportedNames() + ")");
      }
    }

    List<StepSpec> steps = new ArrayList<>();
    List<PendingIntegrate> integrates = new ArrayList<>();
    Set<String> integrated = new LinkedHashSet<>();
    for (ExecutableElement m : updates) {
      StepSpec step = step(m, unit, lines, symbols, shared, integrates, phases.get(m));
      if (step != null) {
        steps.add(step);
      }
    }
    for (PendingIntegrate p : integrates) {
      AdaptiveCheck.oneSystemPerStepVar(diag, p.call(), unit, p.systems(), derivatives);
      for (List<String> system : p.systems()) {
        integrated.addAll(system);
        if (!p.joint() || system.size() < 2) {
          continue;
        }
        Set<String> methods = new LinkedHashSet<>();
        for (String v : system) {
          DerivativeSpec d = derivatives.get(v);
          if (d != null) {
            methods.add(d.integrator());
          }
        }
        if (methods.size() > 1) {
          StringBuilder which = new StringBuilder();
          for (String v : system) {
            if (derivatives.containsKey(v)) {
              which.append(which.length() == 0 ? "" : ", ").append(v).append(" (")
                  .append(derivatives.get(v).integrator()).append(")");
            }
          }
          diag.error(p.call(), unit, "integrate(...) advances its variables jointly, so they must"
              + " use the same method, but " + which + " differ; use integrateEach(...) or give"
              + " them the same method");
        }
      }
    }
    boolean hasUpdate = phases.containsValue(Phase.UPDATE);
    if (!hasUpdate && !(synapse && derivatives.isEmpty() && !updates.isEmpty())) {
      if (derivatives.isEmpty()) {
        diag.error(type, "model " + type.getSimpleName() + " has nothing to run: declare"
            + (odeSystem ? " @Derivative methods (one per @Var)"
                : " @Derivative methods (integrated every step) or @Update steps"));
        return null;
      }
      // no steps: one "update" that integrates every derivative, jointly per method
      Map<String, List<String>> byMethod = new LinkedHashMap<>();
      derivatives.values().forEach(
          d -> byMethod.computeIfAbsent(d.integrator(), k -> new ArrayList<>()).add(d.var()));
      Stmt.Origin origin = lines.origin(trees.getTree(type));
      steps.add(0, new StepSpec("update",
          List.of(new Integrate(new ArrayList<>(byMethod.values()), origin)), 0, null, null,
          origin, origin.line()));
      integrated.addAll(derivatives.keySet());
    }
    for (DerivativeSpec d : derivatives.values()) {
      if (diag.errorCount() == errorsBefore && !integrated.contains(d.var())) {
        diag.warning(trees.getTree(findMethod(type, d)), unit, "the derivative of '" + d.var()
            + "' is never used: no step calls integrate(" + d.var() + ")");
      }
    }

    NeuGroup ng = type.getAnnotation(NeuGroup.class);
    List<String> schedule = synapse ? List.of("input", "update", "output", "monitor")
        : odeSystem ? List.of() : List.of(ng.schedule());
    if (!synapse && !schedule.isEmpty()) {
      Set<String> expected = new LinkedHashSet<>();
      expected.add("input");
      steps.forEach(s -> expected.add(s.name()));
      expected.add("monitor");
      if (schedule.size() != expected.size() || !new LinkedHashSet<>(schedule).equals(expected)) {
        diag.error(type, mirror(type, NeuGroup.class), "schedule " + schedule + " must name each"
            + " of " + expected + " exactly once");
      }
    }
    String given = synapse ? type.getAnnotation(SynGroup.class).groupName()
        : odeSystem ? type.getAnnotation(OdeSystem.class).name() : ng.groupName();
    String groupName = !given.isEmpty() ? given
        : type.getSimpleName() + (synapse ? "Synapses" : odeSystem ? "System" : "Group");
    if (odeSystem) {
      new SystemRules(diag).check(type, vars, derivatives);
    }

    if (diag.errorCount() > errorsBefore) {
      return null;
    }
    String pkg = env.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    String javadoc = env.getElementUtils().getDocComment(type);
    return new NeuronModel(pkg, type.getSimpleName().toString(), type.getQualifiedName().toString(),
        groupName, lines.fileName(), javadoc == null ? "" : javadoc.trim(), params, vars,
        derivatives, steps, schedule, shared.randomSites,
        odeSystem ? NeuronModel.Kind.SYSTEM : synapse ? NeuronModel.Kind.SYNAPSE
            : NeuronModel.Kind.NEURON);
  }

  // ------------------------------------------------------------------ fields

  private void collectSymbols(TypeElement type, ModelSymbols symbols, CompilationUnitTree unit) {
    int spikes = 0;
    for (Element e : type.getEnclosedElements()) {
      String name = e.getSimpleName().toString();
      if (e.getKind() == ElementKind.METHOD) {
        ExecutableElement m = (ExecutableElement) e;
        if (m.getModifiers().contains(Modifier.STATIC)) {
          symbols.helpers.put(name, m);
        } else {
          symbols.instanceMethods.put(name, m);
        }
        continue;
      }
      if (e.getKind() != ElementKind.FIELD) {
        continue;
      }
      VariableElement f = (VariableElement) e;
      boolean isParam = f.getAnnotation(Param.class) != null;
      boolean isVar = f.getAnnotation(Var.class) != null;
      boolean isSpike = f.getAnnotation(Spike.class) != null;
      boolean isInput = f.getAnnotation(Input.class) != null;
      Pre pre = f.getAnnotation(Pre.class);
      Post post = f.getAnnotation(Post.class);
      int marks = (isParam ? 1 : 0) + (isVar ? 1 : 0) + (isSpike ? 1 : 0) + (isInput ? 1 : 0)
          + (pre != null ? 1 : 0) + (post != null ? 1 : 0);
      Type t = BodyTranslator.primitive(f.asType().getKind());
      if (marks == 0) {
        Object constant = f.getConstantValue();
        if (f.getModifiers().contains(Modifier.STATIC) && f.getModifiers().contains(Modifier.FINAL)
            && constant != null && t != null) {
          symbols.constants.put(name, new Const(t, constant));
        } else {
          symbols.otherFields.put(name, "not annotated with @Param, @Var, @Spike or @Input"
              + (f.getModifiers().contains(Modifier.STATIC) ? " (and not a static final"
                  + " constant of a primitive type)" : ""));
        }
        continue;
      }
      if (marks > 1) {
        diag.error(f, "a field is exactly one of @Param, @Var, @Spike, @Input, @Pre, @Post");
        symbols.otherFields.put(name, "annotated more than once");
        continue;
      }
      if (f.getModifiers().contains(Modifier.STATIC)) {
        diag.error(f, "model fields must not be static: each group has its own values");
        continue;
      }
      if (RESERVED.contains(name) && !(isSpike && name.equals("spike"))) {
        diag.error(f, "the name '" + name + "' is reserved in generated groups (it is a member of"
            + " NeuronGroup or its builder, or a name of generated code); rename the field");
        continue;
      }
      if (type.getAnnotation(SynGroup.class) != null && SYNAPSE_RESERVED.contains(name)) {
        diag.error(f, "the name '" + name + "' is reserved in generated synapse groups (it is a"
            + " member of SynapseGroup, or a loop variable or local of the generated synapse"
            + " loops); rename the field");
        continue;
      }
      if (name.endsWith("_f32")) {
        diag.error(f, "names ending in '_f32' are reserved: the float-precision version of the"
            + " generated code names its arrays so; rename the field");
        continue;
      }
      if (t == null) {
        diag.error(f, "type " + f.asType() + " is not supported for model fields; use double,"
            + " float, int or boolean");
        continue;
      }
      boolean synapseModel = type.getAnnotation(SynGroup.class) != null;
      if ((pre != null || post != null) && !synapseModel) {
        diag.error(f, "@Pre and @Post fields belong to @SynGroup models (synapses)");
        continue;
      }
      if ((isSpike || isInput) && synapseModel) {
        diag.error(f, "a synapse model has no " + (isSpike ? "@Spike" : "@Input") + " field; use"
            + " @Post to reach the postsynaptic neuron's variables");
        continue;
      }
      if (pre != null || post != null) {
        if (t != Type.DOUBLE && t != Type.BOOLEAN) {
          diag.error(f, "@Pre/@Post fields are double (or boolean for spike flags)");
          continue;
        }
        String bound = pre != null ? pre.value() : post.value();
        symbols.vars.put(name, new VarSymbol(name, t, pre != null ? Role.PRE : Role.POST));
        symbols.bindings.put(name, bound.isEmpty() ? name : bound);
        continue;
      }
      if (isParam) {
        if (t == Type.BOOLEAN) {
          diag.error(f, "a @Param must be a number (double, float or int)");
          continue;
        }
        symbols.params.put(name, t);
      } else if (isSpike) {
        if (t != Type.BOOLEAN) {
          diag.error(f, "the @Spike field must be a boolean");
          continue;
        }
        if (++spikes > 1) {
          diag.error(f, "a model has at most one @Spike field");
          continue;
        }
        symbols.vars.put(name, new VarSymbol(name, t, Role.SPIKE));
      } else if (isInput) {
        if (t != Type.DOUBLE && t != Type.FLOAT) {
          diag.error(f, "an @Input field must be a double or float");
          continue;
        }
        symbols.vars.put(name, new VarSymbol(name, t, Role.INPUT));
      } else {
        symbols.vars.put(name, new VarSymbol(name, t, Role.STATE));
      }
    }
  }

  private String doc(Element e) {
    Param p = e.getAnnotation(Param.class);
    if (p != null && !p.value().isEmpty()) {
      return p.value();
    }
    Var v = e.getAnnotation(Var.class);
    if (v != null && !v.value().isEmpty()) {
      return v.value();
    }
    String d = env.getElementUtils().getDocComment(e);
    return d == null ? "" : d.trim().replaceAll("\\s+", " ");
  }

  // ------------------------------------------------------------------ methods

  private DerivativeSpec derivative(ExecutableElement m, Derivative d, CompilationUnitTree unit,
      SourceLines lines, ModelSymbols symbols, BodyTranslator.Shared shared) {
    String methodName = m.getSimpleName().toString();
    AnnotationMirror am = mirror(m, Derivative.class);
    String var = d.of();
    if (var.isEmpty()) {
      if (methodName.length() < 2 || methodName.charAt(0) != 'd') {
        diag.error(m, am, "name the variable: @Derivative(of = \"V\"), or name the method d<Var>"
            + " (e.g. dV)");
        return null;
      }
      var = methodName.substring(1);
    }
    VarSymbol v = symbols.vars.get(var);
    if (v == null || v.role() != Role.STATE) {
      diag.error(m, am, "@Derivative of '" + var + "': no @Var field of that name"
          + (symbols.vars.isEmpty() ? "" : "; state variables: " + stateNames(symbols)));
      return null;
    }
    if (v.type() != Type.DOUBLE && v.type() != Type.FLOAT) {
      diag.error(m, am, "@Derivative of '" + var + "': only double and float variables can be"
          + " integrated");
      return null;
    }
    if (!Tableaux.isKnown(d.method()) && !Methods.SDE_METHODS.containsKey(d.method())) {
      diag.error(m, am, "unknown integration method '" + d.method() + "'; supported: "
          + Tableaux.supportedNames());
      return null;
    }
    if (m.getReturnType().getKind() != TypeKind.DOUBLE) {
      diag.error(m, "a @Derivative returns double");
      return null;
    }
    int errorsBefore = diag.errorCount();
    NeuronModel.Adaptive adaptive = AdaptiveCheck.of(diag, m, am, d, var, symbols);
    if (diag.errorCount() != errorsBefore) {
      return null;
    }
    Returning r = rightHandSide(m, unit, lines, symbols, shared, "derivative");
    return r == null ? null : new DerivativeSpec(var, d.method(), r.body(), r.result(),
        lines.origin(trees.getTree(m).getBody()), adaptive);
  }

  /**
   * The body of a derivative or diffusion method as IR (its parameters bound to t, dt or state
   * variables), or null after reporting why not.
   */
  private Returning rightHandSide(ExecutableElement m, CompilationUnitTree unit,
      SourceLines lines, ModelSymbols symbols, BodyTranslator.Shared shared, String what) {
    MethodTree tree = trees.getTree(m);
    BodyTranslator tr = translator(unit, lines, symbols, Kind.DERIVATIVE, shared);
    for (VariableElement p : m.getParameters()) {
      String pn = p.getSimpleName().toString();
      if (p.asType().getKind() != TypeKind.DOUBLE) {
        diag.error(p, what + " parameters are double");
        return null;
      }
      if (pn.equals("t")) {
        tr.bindParameter(pn, new Time());
      } else if (pn.equals("dt")) {
        tr.bindParameter(pn, new Dt());
      } else if (symbols.vars.containsKey(pn)) {
        tr.bindParameter(pn, new VarRef(pn, symbols.vars.get(pn).type()));
      } else {
        diag.error(p, what + " parameter '" + pn + "' must be t, dt or the name of a state"
            + " variable (" + stateNames(symbols) + ")");
        return null;
      }
    }
    try {
      Returning r = tr.returning(tree);
      Expr result = tr.assignable(tree, r.result(), Type.DOUBLE, "the " + what);
      return new Returning(r.body(), result);
    } catch (Diagnostics.Abort a) {
      return null;
    }
  }

  /**
   * A {@code @Diffusion} method: checks it and attaches its noise to the variable's drift in
   * {@code derivatives}, or reports why not.
   */
  private void diffusion(ExecutableElement m, Diffusion g, TypeElement type,
      Map<String, DerivativeSpec> derivatives, Map<String, ExecutableElement> derivativeMethods,
      CompilationUnitTree unit, SourceLines lines, ModelSymbols symbols,
      BodyTranslator.Shared shared, int[] scalarSite) {
    AnnotationMirror am = mirror(m, Diffusion.class);
    String methodName = m.getSimpleName().toString();
    String var = g.of();
    if (var.isEmpty()) {
      if (methodName.length() < 2 || methodName.charAt(0) != 'g') {
        diag.error(m, am, "name the variable: @Diffusion(of = \"V\"), or name the method g<Var>"
            + " (e.g. gV)");
        return;
      }
      var = methodName.substring(1);
    }
    if ((type.getAnnotation(NeuGroup.class) == null && !SystemRules.isSystem(type))
        || type.getAnnotation(SynGroup.class) != null) {
      diag.error(m, am, "@Diffusion (SDE variables) is supported in @NeuGroup models and"
          + " @OdeSystem classes only");
      return;
    }
    DerivativeSpec d = derivatives.get(var);
    if (d == null) {
      diag.error(m, am, "@Diffusion of '" + var + "' needs a @Derivative of '" + var
          + "' (the drift)" + (symbols.vars.containsKey(var) ? ""
              : "; state variables: " + stateNames(symbols)));
      return;
    }
    if (d.sde() != null) {
      diag.error(m, am, "state variable '" + var + "' already has a @Diffusion");
      return;
    }
    if (m.getReturnType().getKind() != TypeKind.DOUBLE) {
      diag.error(m, "a @Diffusion returns double");
      return;
    }
    ExecutableElement dm = derivativeMethods.get(var);
    Derivative da = dm.getAnnotation(Derivative.class);
    AnnotationMirror dam = mirror(dm, Derivative.class);
    String problem = SdeMethods.check(da.method(), da.sdeIntegral(), da.wienerType());
    if (problem != null) {
      diag.error(dm, dam, "SDE of '" + var + "': " + problem);
      return;
    }
    if (d.adaptive() != null) {
      diag.error(dm, dam, "SDE of '" + var + "': adaptive steps are for ODEs only");
      return;
    }
    Returning r = rightHandSide(m, unit, lines, symbols, shared, "diffusion");
    if (r == null) {
      return;
    }
    int site;
    if (da.wienerType().equals(Methods.SCALAR_WIENER)) {
      if (scalarSite[0] < 0) {
        scalarSite[0] = shared.randomSites++;
      }
      site = scalarSite[0];
    } else {
      site = shared.randomSites++;
    }
    int aux = -1;
    SriTableau sri = SriTableau.byName(da.method());
    if (sri != null && sri.usesI10()) {
      // the SRK schemes' I10 = int int dW ds, of the same (scalar) Wiener process
      if (scalarSite[1] < 0) {
        scalarSite[1] = shared.randomSites++;
      }
      aux = scalarSite[1];
    }
    derivatives.put(var, d.withSde(new NeuronModel.Sde(r.body(), r.result(),
        lines.origin(trees.getTree(m).getBody()), da.sdeIntegral(), da.wienerType(), site,
        aux)));
  }

  private StepSpec step(ExecutableElement m, CompilationUnitTree unit, SourceLines lines,
      ModelSymbols symbols, BodyTranslator.Shared shared, List<PendingIntegrate> integrates,
      Phase phase) {
    String what = switch (phase) {
      case UPDATE -> "an @Update step";
      case ON_PRE -> "an @OnPre handler";
      case ON_POST -> "an @OnPost handler";
      case OUTPUT -> "an @Output step";
    };
    if (m.getReturnType().getKind() != TypeKind.VOID) {
      diag.error(m, what + " returns void");
      return null;
    }
    if (m.getModifiers().contains(Modifier.STATIC)) {
      diag.error(m, what + " is an instance method");
      return null;
    }
    if (phase != Phase.UPDATE && m.getAnnotation(Every.class) != null) {
      diag.error(m, mirror(m, Every.class), "@Every goes on @Update steps only");
      return null;
    }
    String name = m.getSimpleName().toString();
    if (name.equals("input") || name.equals("monitor")) {
      diag.error(m, "'" + name + "' is a schedule entry of every group; name the step otherwise");
      return null;
    }
    MethodTree tree = trees.getTree(m);
    BodyTranslator tr = translator(unit, lines, symbols, Kind.STEP, shared);
    tr.integrateAllowed = phase == Phase.UPDATE;
    if (!bindTimeParameters(m, tr, what)) {
      return null;
    }
    double period = 0;
    List<Stmt> conditionBody = null;
    Expr condition = null;
    Every every = m.getAnnotation(Every.class);
    if (every != null) {
      AnnotationMirror am = mirror(m, Every.class);
      boolean hasPeriod = every.period() != 0;
      boolean hasWhen = !every.when().isEmpty();
      if (hasPeriod == hasWhen) {
        diag.error(m, am, "@Every needs exactly one of period (ms) or when (a boolean method)");
        return null;
      }
      if (hasPeriod) {
        if (!(every.period() > 0) || Double.isInfinite(every.period())) {
          diag.error(m, am, "@Every period must be a positive number of ms, got "
              + every.period());
          return null;
        }
        period = every.period();
      } else {
        ExecutableElement cm = symbols.instanceMethods.get(every.when());
        if (cm == null) {
          cm = symbols.helpers.get(every.when());
        }
        if (cm == null || cm.getReturnType().getKind() != TypeKind.BOOLEAN) {
          diag.error(m, am, "@Every(when = \"" + every.when() + "\"): the model has no boolean"
              + " method of that name");
          return null;
        }
        BodyTranslator ct = translator(unit, lines, symbols, Kind.CONDITION, shared);
        if (!bindTimeParameters(cm, ct, "an @Every condition")) {
          return null;
        }
        try {
          Returning r = ct.returning(trees.getTree(cm));
          conditionBody = r.body();
          condition = r.result();
          if (condition.type() != Type.BOOLEAN) {
            diag.error(trees.getTree(cm), unit, "an @Every condition returns boolean");
            return null;
          }
        } catch (Diagnostics.Abort a) {
          return null;
        }
      }
    }
    try {
      List<Stmt> body = tr.statements(tree.getBody());
      integrates.addAll(tr.pendingIntegrateChecks);
      return new StepSpec(name, body, period, conditionBody, condition, lines.origin(tree),
          lines.endLine(tree), phase);
    } catch (Diagnostics.Abort a) {
      return null;
    }
  }

  private boolean bindTimeParameters(ExecutableElement m, BodyTranslator tr, String what) {
    for (VariableElement p : m.getParameters()) {
      String pn = p.getSimpleName().toString();
      if (p.asType().getKind() == TypeKind.DOUBLE && pn.equals("t")) {
        tr.bindParameter(pn, new Time());
      } else if (p.asType().getKind() == TypeKind.DOUBLE && pn.equals("dt")) {
        tr.bindParameter(pn, new Dt());
      } else {
        diag.error(p, what + " may take only 'double t' and 'double dt' as parameters");
        return false;
      }
    }
    return true;
  }

  private BodyTranslator translator(CompilationUnitTree unit, SourceLines lines,
      ModelSymbols symbols, Kind kind, BodyTranslator.Shared shared) {
    return new BodyTranslator(trees, diag, unit, lines, symbols, kind, shared);
  }

  static Set<String> derivativeTargets(ModelSymbols symbols) {
    Set<String> out = new LinkedHashSet<>();
    for (Element e : symbols.type.getEnclosedElements()) {
      Derivative d = e.getAnnotation(Derivative.class);
      if (d != null && e.getKind() == ElementKind.METHOD) {
        String n = e.getSimpleName().toString();
        out.add(!d.of().isEmpty() ? d.of() : n.length() > 1 ? n.substring(1) : n);
      }
    }
    return out;
  }

  private static String stateNames(ModelSymbols symbols) {
    return String.join(", ", symbols.vars.values().stream()
        .filter(v -> v.role() == Role.STATE).map(VarSymbol::name).toList());
  }

  private static ExecutableElement findMethod(TypeElement type, DerivativeSpec d) {
    for (Element e : type.getEnclosedElements()) {
      Derivative a = e.getAnnotation(Derivative.class);
      if (a != null && a.method().equals(d.method())) {
        String n = e.getSimpleName().toString();
        String v = !a.of().isEmpty() ? a.of() : n.substring(1);
        if (v.equals(d.var())) {
          return (ExecutableElement) e;
        }
      }
    }
    return null;
  }

  private static AnnotationMirror mirror(Element e, Class<?> annotation) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (m.getAnnotationType().toString().equals(annotation.getCanonicalName())) {
        return m;
      }
    }
    return null;
  }
}
