package org.brainj.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.brainj.processor.Harness.Loaded;
import org.junit.jupiter.api.Test;

/**
 * {@code @SynGroup} models: valid ones compile (with their generated {@code <Model>Synapses},
 * warning-free) and get the per-postsynaptic-neuron loops exactly when {@code PerPostAnalysis}
 * proves the state can be summed per neuron; constructs outside the synapse DSL are errors with a
 * message on the line at fault (marked {@code //!}), reported once.
 */
class SynapseModelsTest {
  private static final String MARK = "//!";

  /** A synapse model {@code m.S} with the given members. */
  private static String[] synapse(String... members) {
    List<String> lines = new ArrayList<>(List.of(
        "package m;",
        "import org.brainj.annotations.*;",
        "import static org.brainj.annotations.Dsl.*;",
        "/** A test synapse. */",
        "@SynGroup",
        "public class S {"));
    lines.addAll(List.of(members));
    lines.add("}");
    return lines.toArray(String[]::new);
  }

  /** The fields and dynamics of an exponential conductance synapse, without events or output. */
  private static final String[] EXP_BASE = {
    "  @Param double tau = 5, weight = 0.6, E = 0;",
    "  @Var double g;",
    "  @Pre(\"V\") double vPre;",
    "  @Post(\"V\") double vPost;",
    "  @Post(\"input\") double iPost;",
    "  @Derivative double dg() { return -g / tau; }",
    "  @Update void update() { integrate(g); }",
  };

  private static String[] exp(String... more) {
    List<String> members = new ArrayList<>(List.of(EXP_BASE));
    members.addAll(List.of(more));
    return synapse(members.toArray(String[]::new));
  }

  private static Loaded compileSynapse(String[] lines) {
    JavaFileObject f = JavaFileObjects.forSourceLines("m.S", lines);
    Compilation c = Harness.compile(f);
    assertThat(c).succeededWithoutWarnings();
    return Harness.load(c);
  }

  private static String generated(Loaded l) {
    try {
      return l.compilation().generatedSourceFile("m.SSynapses").orElseThrow()
          .getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object model(Loaded l) {
    try {
      return l.type("m.SSynapses").getField("MODEL").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean perPostCapable(Loaded l) {
    return (Boolean) Harness.call(model(l), "perPostCapable");
  }

  @SuppressWarnings("unchecked")
  private static List<String> uniform(Loaded l) {
    return (List<String>) Harness.call(model(l), "perPostUniformParams");
  }

  /** Asserts per-post capability, its loops in the generated code and the class Javadoc. */
  private static void assertLayout(Loaded l, boolean capable, String reason) {
    String src = generated(l);
    assertWithMessage("MODEL.perPostCapable()").that(perPostCapable(l)).isEqualTo(capable);
    assertWithMessage("per-post loops generated").that(src.contains("_perPost(")).isEqualTo(capable);
    if (capable) {
      assertThat(src).contains("State layout: per postsynaptic neuron when the parameters");
    } else {
      assertThat(src).contains("State layout: per synapse (" + reason);
      assertThat(uniform(l)).isEmpty();
    }
  }

  // ------------------------------------------------------------------ valid models and layout

  @Test
  void aLinearExponentialSynapseIsPerPostCapable() {
    Loaded l = compileSynapse(exp(
        "  @OnPre void spike() { g += weight; }",
        "  @Output void output() { iPost += g * (E - vPost); }"));
    assertLayout(l, true, null);
    assertThat(uniform(l)).containsExactly("E", "tau").inOrder();
    String src = generated(l);
    assertThat(src).contains("private void update_perPost(");
    assertThat(src).contains("private void onPre_perPost(");
    assertThat(src).contains("private void output_perPost(");
    assertThat(src).contains("double g = this.g[j];");
  }

  @Test
  void aLinearSystemOfTwoVariablesWithLocalsIsPerPostCapable() {
    Loaded l = compileSynapse(synapse(
        "  @Param double tauD = 10, tauR = 1, w = 1, gMax = 2;",
        "  @Var double g, h;",
        "  @Post(\"input\") double iPost;",
        "  @Derivative(method = Methods.RK4) double dg() { double k = 1 / tauD; return -k * g + h; }",
        "  @Derivative(method = Methods.RK4) double dh() { return -h / tauR; }",
        "  @Update void update() { integrate(g, h); }",
        "  @OnPre void spike() { double inc = w * 2; h += inc; }",
        "  @Output void output() { double c = gMax * g; iPost -= c; }"));
    assertLayout(l, true, null);
    assertThat(uniform(l)).containsExactly("gMax", "tauD", "tauR");
  }

  @Test
  void aSaturatingIncrementIsPerSynapse() {
    Loaded l = compileSynapse(exp(
        "  @Param double gmax = 1;",
        "  @OnPre void spike() { g = Math.min(g + weight, gmax); }",
        "  @Output void output() { iPost += g * (E - vPost); }"));
    assertLayout(l, false, "@OnPre handler 'spike' does more than add to the state");
  }

  @Test
  void anIncrementThatDependsOnTheStateIsPerSynapse() {
    Loaded l = compileSynapse(exp(
        "  @OnPre void spike() { g += weight * (1 - g); }",
        "  @Output void output() { iPost += g * (E - vPost); }"));
    assertLayout(l, false, "@OnPre handler 'spike' does more than add to the state");
  }

  @Test
  void anOnPostHandlerMakesItPerSynapse() {
    // everything else is linear: the @OnPost handler alone decides
    Loaded l = compileSynapse(exp(
        "  @OnPre void spike() { g += weight; }",
        "  @OnPost void post() { g += 1; }",
        "  @Output void output() { iPost += g * (E - vPost); }"));
    assertLayout(l, false, "@OnPost handlers act per synapse");
    assertThat(generated(l)).contains("protected boolean hasOnPost()");
    assertThat(generated(l)).contains("private void onPost_perSynapse(");
  }

  @Test
  void stdpCompilesPerSynapse() {
    Loaded l = compileSynapse(synapse(
        "  @Param double tauPre = 20, tauPost = 20, dApre = 0.01, dApost = 0.0105, wMax = 1;",
        "  @Var double w = 0.5 * wMax, Apre, Apost;",
        "  @Post(\"input\") double iPost;",
        "  @Derivative(method = Methods.EXP_AUTO) double dApre() { return -Apre / tauPre; }",
        "  @Derivative(method = Methods.EXP_AUTO) double dApost() { return -Apost / tauPost; }",
        "  @Update void update() { integrate(Apre, Apost); }",
        "  @OnPre void onPre() { Apre += dApre; w = clip(w - Apost, 0, wMax); }",
        "  @OnPost void onPost() { Apost += dApost; w = clip(w + Apre, 0, wMax); }",
        "  @Output void output() { iPost += w; }",
        "  static double clip(double x, double lo, double hi) { return Math.min(Math.max(x, lo), hi); }"));
    assertLayout(l, false, "state variable 'w' has no derivative");
  }

  @Test
  void anOutputThatReadsThePresynapticNeuronIsPerSynapse() {
    Loaded l = compileSynapse(exp(
        "  @OnPre void spike() { g += weight; }",
        "  @Output void output() { iPost += g * (vPre - vPost); }"));
    assertLayout(l, false, "@Output step 'output' is not linear in the state");
    assertThat(generated(l)).contains("double vPre = this.vPre[i];");
  }

  @Test
  void aDerivativeThatReadsThePresynapticNeuronIsPerSynapse() {
    Loaded l = compileSynapse(synapse(
        "  @Param double tau = 5;",
        "  @Var double g;",
        "  @Pre(\"V\") double vPre;",
        "  @Post(\"input\") double iPost;",
        "  @Derivative double dg() { return -g / tau * (1 + vPre * 0.01); }",
        "  @Update void update() { integrate(g); }",
        "  @OnPre void spike() { g += 1; }",
        "  @Output void output() { iPost += g; }"));
    assertLayout(l, false, "the derivative of 'g' is not linear in the state");
  }

  @Test
  void anOutputNotLinearInTheStateIsPerSynapse() {
    Loaded l = compileSynapse(exp(
        "  @OnPre void spike() { g += weight; }",
        "  @Output void output() { iPost += g * g; }"));
    assertLayout(l, false, "@Output step 'output' is not linear in the state");
  }

  @Test
  void aNonzeroInitialValueIsPerSynapse() {
    // one synapse's initial value is not the sum over a neuron's synapses
    Loaded l = compileSynapse(synapse(
        "  @Param double tau = 5, g0 = 0.5;",
        "  @Var double g = g0;",
        "  @Post(\"input\") double iPost;",
        "  @Derivative double dg() { return -g / tau; }",
        "  @Update void update() { integrate(g); }",
        "  @OnPre void spike() { g += 1; }",
        "  @Output void output() { iPost += g; }"));
    assertLayout(l, false, "state variable 'g' does not start at 0");
    Loaded zero = compileSynapse(synapse(
        "  @Param double tau = 5;",
        "  @Var double g = 0, h = 0.0;",
        "  @Post(\"input\") double iPost;",
        "  @Derivative double dg() { return -g / tau; }",
        "  @Derivative double dh() { return -h / tau; }",
        "  @Update void update() { integrate(g, h); }",
        "  @OnPre void spike() { g += 1; }",
        "  @Output void output() { iPost += g + h; }"));
    assertLayout(zero, true, null);
  }

  @Test
  void aStatelessGapJunctionCompiles() {
    Loaded l = compileSynapse(synapse(
        "  @Param double gc = 1;",
        "  @Pre(\"V\") double vPre;",
        "  @Post(\"V\") double vPost;",
        "  @Post(\"input\") double iPost;",
        "  @Output void output() { iPost += gc * (vPre - vPost); }"));
    assertLayout(l, false, "@Output step 'output' is not linear in the state");
    assertThat(generated(l)).contains("the model has no @Update step");
  }

  // ------------------------------------------------------------------ rejected constructs

  /** Compiles; asserts exactly one error, containing {@code fragment}, on the marked line. */
  private static void assertError(String fragment, String... lines) {
    assertErrors(1, fragment, lines);
  }

  private static void assertErrors(int count, String fragment, String... lines) {
    int marked = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(MARK)) {
        assertWithMessage("one marked line").that(marked).isEqualTo(-1);
        marked = i + 1;
      }
    }
    assertWithMessage("a line marked with " + MARK).that(marked).isGreaterThan(0);
    JavaFileObject f = JavaFileObjects.forSourceLines("m.S", lines);
    Compilation c = Harness.compile(f);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(fragment).inFile(f).onLine(marked);
    List<String> errors = c.errors().stream()
        .map(d -> d.getLineNumber() + ": " + d.getMessage(null)).toList();
    assertWithMessage("the errors").that(errors).hasSize(count);
  }

  @Test
  void assigningAPostsynapticVariable() {
    assertError("postsynaptic variable 'iPost' is shared by all synapses onto the neuron: add to"
        + " it with += or -=, do not assign it",
        exp("  @Output void output() {",
            "    iPost = g * (E - vPost); //!",
            "  }"));
  }

  @Test
  void multiplyingAPostsynapticVariable() {
    assertError("only += and -= accumulate into it",
        exp("  @Output void output() {",
            "    iPost *= 2; //!",
            "  }"));
  }

  @Test
  void incrementingAPostsynapticVariableWithPlusPlusIsAnAddition() {
    // ++ is += 1: allowed
    compileSynapse(exp("  @OnPre void spike() { g += weight; iPost++; }"));
  }

  @Test
  void writingAPresynapticVariable() {
    assertError("presynaptic variable 'vPre' is read only in a synapse model",
        exp("  @OnPre void spike() {",
            "    vPre = 0; //!",
            "  }"));
  }

  @Test
  void addingToAPresynapticVariable() {
    assertError("presynaptic variable 'vPre' is read only in a synapse model",
        exp("  @Output void output() {",
            "    vPre += g; //!",
            "  }"));
  }

  @Test
  void integrateInAnOnPreHandler() {
    assertError("integrate(...) may only be used in @Update steps",
        exp("  @OnPre void spike() {",
            "    g += weight;",
            "    integrate(g); //!",
            "  }"));
  }

  @Test
  void integrateInAnOutputStep() {
    assertError("integrateEach(...) may only be used in @Update steps",
        exp("  @Output void output() {",
            "    integrateEach(g); //!",
            "  }"));
  }

  @Test
  void onPreInANeuronModel() {
    assertError("@OnPre, @OnPost and @Output belong to @SynGroup models (synapses)",
        "package m;",
        "import org.brainj.annotations.*;",
        "@NeuGroup",
        "public class S {",
        "  @Var double V;",
        "  @Update void update() { V += 1; }",
        "  @OnPre",
        "  void spike() { V += 2; } //!",
        "}");
  }

  @Test
  void outputInANeuronModel() {
    assertError("@OnPre, @OnPost and @Output belong to @SynGroup models (synapses)",
        "package m;",
        "import org.brainj.annotations.*;",
        "@NeuGroup",
        "public class S {",
        "  @Var double V;",
        "  @Update void update() { V += 1; }",
        "  @Output void out() { V += 2; } //!",
        "}");
  }

  @Test
  void preFieldInANeuronModel() {
    assertError("@Pre and @Post fields belong to @SynGroup models (synapses)",
        "package m;",
        "import org.brainj.annotations.*;",
        "@NeuGroup",
        "public class S {",
        "  @Var double V;",
        "  @Pre(\"V\") double vPre; //!",
        "  @Update void update() { V += 1; }",
        "}");
  }

  @Test
  void postFieldInANeuronModel() {
    assertError("@Pre and @Post fields belong to @SynGroup models (synapses)",
        "package m;",
        "import org.brainj.annotations.*;",
        "@NeuGroup",
        "public class S {",
        "  @Var double V;",
        "  @Post double input; //!",
        "  @Update void update() { V += 1; }",
        "}");
  }

  @Test
  void spikeFieldInASynapseModel() {
    assertError("a synapse model has no @Spike field; use @Post to reach the postsynaptic"
        + " neuron's variables",
        exp("  @Spike boolean fired; //!",
            "  @OnPre void spike() { g += weight; }"));
  }

  @Test
  void inputFieldInASynapseModel() {
    assertError("a synapse model has no @Input field",
        exp("  @Input double drive; //!",
            "  @OnPre void spike() { g += weight; }"));
  }

  @Test
  void preFieldWithAnInitializer() {
    assertError("@Pre/@Post fields take their values from the connected neurons and have no"
        + " initializer",
        exp("  @Pre(\"spike\") boolean preSpike = true; //!",
            "  @OnPre void spike() { g += weight; }"));
  }

  @Test
  void postFieldWithAnInitializer() {
    assertError("have no initializer",
        exp("  @Post(\"w\") double wPost = 1; //!",
            "  @OnPre void spike() { g += weight; }"));
  }

  @Test
  void everyOnAnOnPreHandler() {
    assertError("@Every goes on",
        exp("  @Every(period = 1.0) //!",
            "  @OnPre void spike() { g += weight; }"));
  }

  @Test
  void bothNeuGroupAndSynGroup() {
    assertError("a model is either a @NeuGroup or a @SynGroup, not both",
        "package m;",
        "import org.brainj.annotations.*;",
        "@NeuGroup",
        "@SynGroup",
        "public class S { //!",
        "  @Var double V;",
        "  @Update void update() { V += 1; }",
        "}");
  }

  @Test
  void aPresynapticIntField() {
    assertError("@Pre/@Post fields are double (or boolean for spike flags)",
        exp("  @Pre(\"n\") int nPre; //!",
            "  @OnPre void spike() { g += weight; }"));
  }

  @Test
  void twoPhasesOnOneMethod() {
    assertError("a method is one of @Derivative, @Update, @OnPre, @OnPost, @Output",
        exp("  @OnPre @Output",
            "  void spike() { g += weight; } //!"));
  }

  @Test
  void anUnboundErrorIsReportedInTheSynapseNotAtRunTime() {
    // a @Post field named like nothing in particular is fine at compile time: the runtime checks
    // the binding when the synapses are connected
    compileSynapse(exp("  @Post(\"nothingLikeThis\") double other;",
        "  @OnPre void spike() { g += weight; other += 1; }"));
  }

  @Test
  void namesOfTheGeneratedSynapseLoopsAreReserved() {
    // a parameter becomes a local of the loops, where k counts the spikes
    assertError("the name 'k' is reserved in generated synapse groups",
        synapse("  @Param double k = 1; //!", "  @Post(\"input\") double iPost;",
            "  @OnPre void onPre() { iPost += 1; }"));
    // an accessor named pre() would hide SynapseGroup.pre()
    assertError("the name 'pre' is reserved in generated synapse groups",
        synapse("  @Var double pre; //!", "  @Post(\"input\") double iPost;",
            "  @OnPre void onPre() { iPost += 1; }"));
  }

  @Test
  void diagnosticsAreErrorsNotWarnings() {
    JavaFileObject f = JavaFileObjects.forSourceLines("m.S", exp(
        "  @Output void output() { iPost = g; }"));
    Compilation c = Harness.compile(f);
    assertThat(c).failed();
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      if (d.getMessage(null).contains("postsynaptic variable")) {
        assertThat(d.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
      }
    }
  }
}
