package org.brainj.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Everything outside the model DSL is a compile error from the processor, with a message that
 * says what is wrong, on the line at fault. In each source the line that must carry the error is
 * marked with a trailing {@code //!}.
 */
class RejectedConstructsTest {
  private static final String MARK = "//!";

  /**
   * A model {@code m.M} with a parameter {@code tau}, variables {@code V} and {@code w}, a derivative
   * of V (Euler) and the given members.
   */
  private static String[] model(String... members) {
    List<String> lines = new ArrayList<>(List.of(
        "package m;",
        "import org.brainj.annotations.*;",
        "import static org.brainj.annotations.Dsl.*;",
        "@NeuGroup",
        "public class M {",
        "  @Param double tau = 10;",
        "  @Var double V, w;",
        "  @Derivative double dV() { return -V / tau; }"));
    lines.addAll(List.of(members));
    lines.add("}");
    return lines.toArray(String[]::new);
  }

  /** A step {@code update()} of the model with the given statements. */
  private static String[] step(String... statements) {
    List<String> lines = new ArrayList<>();
    lines.add("  @Update void update() {");
    lines.addAll(List.of(statements));
    lines.add("  }");
    return model(lines.toArray(String[]::new));
  }

  /** Compiles the lines; asserts an error containing {@code fragment} on the marked line. */
  private static Compilation assertError(String fragment, String... lines) {
    return assertErrorIn("m.M", fragment, lines);
  }

  private static Compilation assertErrorIn(String className, String fragment, String... lines) {
    int marked = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(MARK)) {
        assertWithMessage("one marked line").that(marked).isEqualTo(-1);
        marked = i + 1;
      }
    }
    assertWithMessage("a line marked with " + MARK).that(marked).isGreaterThan(0);
    JavaFileObject f = JavaFileObjects.forSourceLines(className, lines);
    Compilation c = Harness.compile(f);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(fragment).inFile(f).onLine(marked);
    return c;
  }

  // ------------------------------------------------------------------ Java outside the DSL

  @Test
  void allocationOfObjects() {
    assertError("allocation (new) is not supported",
        step("    V = new Double(1.5); //!"));
  }

  @Test
  void allocationOfArrays() {
    assertError("allocation (new) is not supported",
        step("    var a = new double[3]; //!"));
  }

  @Test
  void callsOnOtherClasses() {
    assertError("calls on other objects or classes are not supported in model code"
            + " ('Objects.hash')",
        "package m;",
        "import java.util.Objects;",
        "import org.brainj.annotations.*;",
        "@NeuGroup",
        "public class M {",
        "  @Var double V, w;",
        "  @Update void update() {",
        "    w = Objects.hash(V); //!",
        "  }",
        "}");
  }

  @Test
  void systemNanoTime() {
    assertError("calls on other objects or classes are not supported in model code"
            + " ('System.nanoTime')",
        step("    w = System.nanoTime() * 1e-9; //!"));
  }

  @Test
  void mathRandomIsNotAModelFunction() {
    assertError("Math.random is not supported; supported Math functions:",
        step("    w = Math.random(); //!"));
  }

  @Test
  void strictMathIsNotSilentlyReplacedByMath() {
    // generated code calls Math, whose results differ from StrictMath's for some arguments
    assertError("calls on other objects or classes are not supported in model code"
            + " ('StrictMath.exp'); supported: Math.<fn>(...)",
        step("    w = StrictMath.exp(V); //!"));
  }

  @Test
  void unknownFunction() {
    assertError("unknown method 'foo': model code can call Math.<fn>",
        step("    w = Math.abs(foo()); //!"));
  }

  @Test
  void instanceMethodCall() {
    assertError("instance method 'gain' cannot be called from model code",
        model("  double gain() { return 2; }",
            "  @Update void update() {",
            "    w = gain() * V; //!",
            "  }"));
  }

  @Test
  void callAsStatement() {
    assertError("a call as a statement is not supported",
        model("  static double helper(double x) { return x; }",
            "  @Update void update() {",
            "    helper(V); //!",
            "  }"));
  }

  @Test
  void forLoop() {
    assertError("loops are not supported in model code",
        step("    for (int k = 0; k < 3; k++) { //!", "      w += k;", "    }"));
  }

  @Test
  void enhancedForLoop() {
    assertError("loops are not supported in model code",
        step("    for (double x : new double[] {1, 2}) { //!", "      w += x;", "    }"));
  }

  @Test
  void whileLoop() {
    assertError("loops are not supported in model code",
        step("    while (w < 3) { //!", "      w += 1;", "    }"));
  }

  @Test
  void doWhileLoopInAHelper() {
    assertError("loops are not supported in model code",
        model("  static double twice(double x) {",
            "    do { x = x * 2; } while (x < 1); //!",
            "    return x;",
            "  }",
            "  @Update void update() { w = twice(V); }"));
  }

  @Test
  void switchStatement() {
    assertError("switch is not supported in model code; use if/else",
        model("  @Var int mode;",
            "  @Update void update() {",
            "    switch (mode) { //!",
            "      case 0: w = 1; break;",
            "      default: w = 2;",
            "    }",
            "  }"));
  }

  @Test
  void directRecursionInAHelper() {
    assertError("recursion is not supported in model code: 'half' calls itself",
        model("  static double half(double x) {",
            "    return x < 1 ? x : half(x / 2); //!",
            "  }",
            "  @Update void update() { w = half(V); }"));
  }

  @Test
  void mutualRecursionInHelpers() {
    assertError("recursion is not supported in model code: 'even' calls itself (directly or"
            + " through other helpers)",
        model("  static double even(double x) { return x <= 0 ? 1 : odd(x - 1); }",
            "  static double odd(double x) { return x <= 0 ? 0 : even(x - 1); } //!",
            "  @Update void update() { w = even(V); }"));
  }

  @Test
  void returnInsideAStep() {
    assertError("return is not supported in a step",
        step("    if (V > 1) {", "      return; //!", "    }", "    w = 1;"));
  }

  @Test
  void earlyReturnInADerivative() {
    assertError("only one return, as the last statement, is supported",
        model("  @Derivative double dw() {",
            "    if (w > 1) return 0; //!",
            "    return -w;",
            "  }",
            "  @Update void update() { integrate(V, w); }"));
  }

  @Test
  void longLiteral() {
    assertError("long values are not supported in model code",
        step("    w = V + 1L; //!"));
  }

  @Test
  void longLocal() {
    assertError("type 'long' is not supported in model code",
        step("    long n = 3; //!", "    w = n;"));
  }

  @Test
  void stringLocal() {
    assertError("type 'String' is not supported in model code",
        step("    String s = \"V\"; //!"));
  }

  @Test
  void stringLiteral() {
    assertError("only numbers and booleans are supported in model code",
        step("    w = \"abc\" == null ? 0 : 1; //!"));
  }

  @Test
  void arrayLocal() {
    assertError("type 'double[]' is not supported in model code",
        step("    double[] a = {1, 2}; //!"));
  }

  @Test
  void arrayAccess() {
    assertError("arrays are not supported in model code",
        model("  double[] weights = {1, 2};",
            "  @Update void update() {",
            "    w = weights[0]; //!",
            "  }"));
  }

  @Test
  void lambda() {
    assertError("lambdas and method references are not supported in model code",
        step("    var f = () -> 1.0; //!"));
  }

  @Test
  void methodReference() {
    assertError("lambdas and method references are not supported in model code",
        step("    var f = Math::abs; //!"));
  }

  @Test
  void incrementInsideAnExpression() {
    assertError("++ and -- are supported as statements only",
        step("    w = V++; //!"));
  }

  @Test
  void assignmentInsideAnExpression() {
    assertError("assignments inside expressions are not supported",
        step("    w = (V = 2); //!"));
  }

  @Test
  void bitwiseOperators() {
    assertError("bitwise/non-short-circuit operators (&, |, ^) are not supported",
        step("    boolean b = V > 0 & w > 0; //!"));
  }

  @Test
  void castToBoolean() {
    assertError("only casts to int, float and double are supported",
        step("    w = (long) V; //!"));
  }

  @Test
  void narrowingWithoutCast() {
    assertError("a double cannot be assigned to 'k' of type int without a cast",
        step("    int k = V * 2; //!"));
  }

  @Test
  void booleanUsedAsNumber() {
    assertError("'+' needs numeric operands",
        step("    boolean b = V > 0;", "    w = b + 1; //!"));
  }

  // ------------------------------------------------------------------ what model code may write

  @Test
  void writingAParameter() {
    assertError("parameter 'tau' is read-only in model code",
        step("    w = 1;", "    tau = 5; //!"));
  }

  @Test
  void incrementingAParameterThroughThis() {
    assertError("parameter 'tau' is read-only in model code",
        step("    this.tau++; //!"));
  }

  @Test
  void writingStateInADerivative() {
    assertError("a @Derivative must not change state variable 'V'; only @Update steps write"
            + " state",
        model("  @Derivative double dw() {",
            "    V = 1; //!",
            "    return -w;",
            "  }",
            "  @Update void update() { integrate(V, w); }"));
  }

  @Test
  void assigningAMethodParameterThatStandsForAVariable() {
    assertError("'w' is a parameter of the method and cannot be assigned here",
        model("  @Derivative double dw(double w) {",
            "    w = w * 2; //!",
            "    return -w;",
            "  }",
            "  @Update void update() { integrate(V, w); }"));
  }

  @Test
  void unannotatedInstanceFieldRead() {
    assertError("field 'gain' is not annotated with @Param, @Var, @Spike or @Input",
        model("  double gain = 2;",
            "  @Update void update() {",
            "    w = gain * V; //!",
            "  }"));
  }

  @Test
  void nonConstantStaticFieldRead() {
    assertError("field 'SCALE' is not annotated with @Param, @Var, @Spike or @Input (and not a"
            + " static final constant of a primitive type)",
        model("  static double SCALE = 2;",
            "  @Update void update() {",
            "    w = SCALE * V; //!",
            "  }"));
  }

  // ------------------------------------------------------------------ integration

  @Test
  void unknownIntegrationMethod() {
    assertError("unknown integration method 'rk5'; supported: euler, midpoint",
        model("  @Derivative(method = \"rk5\") //!",
            "  double dw() { return -w; }",
            "  @Update void update() { integrate(V); integrate(w); }"));
  }

  @Test
  void derivativeOfAnUnknownVariable() {
    assertError("@Derivative of 'U': no @Var field of that name; state variables: V, w",
        model("  @Derivative(of = \"U\") //!",
            "  double slope() { return 1; }"));
  }

  @Test
  void derivativeNamedWithoutItsVariable() {
    assertError("name the variable: @Derivative(of = \"V\"), or name the method d<Var>",
        model("  @Derivative //!",
            "  double slope() { return 1; }"));
  }

  @Test
  void secondDerivativeOfTheSameVariable() {
    assertError("state variable 'V' already has a @Derivative",
        model("  @Derivative(of = \"V\")",
            "  double other() { return 1; } //!"));
  }

  @Test
  void derivativeOfAnIntVariable() {
    assertError("@Derivative of 'count': only double and float variables can be integrated",
        model("  @Var int count;",
            "  @Derivative //!",
            "  double dcount() { return 1; }"));
  }

  @Test
  void derivativeWithAnUnknownParameter() {
    assertError("derivative parameter 'x' must be t, dt or the name of a state variable",
        model("  @Derivative",
            "  double dw(double x) { return -x; } //!",
            "  @Update void update() { integrate(V, w); }"));
  }

  @Test
  void jointIntegrateOfDifferentMethods() {
    assertError("integrate(...) advances its variables jointly, so they must use the same"
            + " method, but V (euler), w (rk4) differ",
        model("  @Derivative(method = Methods.RK4) double dw() { return -w; }",
            "  @Update void update() {",
            "    integrate(V, w); //!",
            "  }"));
  }

  @Test
  void integrateOfAVariableWithoutDerivative() {
    assertError("state variable 'w' has no @Derivative method; declare 'double dw()'",
        step("    integrate(V,", "        w); //!"));
  }

  @Test
  void integrateOfSomethingElse() {
    assertError("integrate(...) takes state variables (@Var fields) that have a @Derivative;"
            + " 'tau' is not one",
        step("    integrate(tau); //!"));
  }

  @Test
  void integrateOfALocal() {
    assertError("'V' is not one",
        step("    double V = 1;", "    integrateEach(V); //!"));
  }

  @Test
  void integrateTwiceTheSameVariable() {
    assertError("'V' is listed twice",
        step("    integrate(V, V); //!"));
  }

  @Test
  void integrateWithoutVariables() {
    assertError("integrate(...) needs the state variables to advance",
        step("    integrate(); //!"));
  }

  @Test
  void integrateUsedInAnExpression() {
    assertError("integrate(...) is a statement: it advances the variables in place and has no"
            + " value",
        step("    double x = Dsl.integrate(V) == null ? 1 : 0; //!"));
  }

  @Test
  void integrateInADerivative() {
    assertError("integrate(...) may only be used in @Update steps",
        model("  @Derivative double dw() {",
            "    integrate(V); //!",
            "    return -w;",
            "  }",
            "  @Update void update() { integrate(V, w); }"));
  }

  @Test
  void randInADerivative() {
    assertError("rand() may be used in @Update steps and @Every conditions only (a derivative"
            + " must be a deterministic function of the state)",
        model("  @Derivative double dw() {",
            "    return -w + rand(); //!",
            "  }",
            "  @Update void update() { integrate(V, w); }"));
  }

  @Test
  void randnInAHelper() {
    assertError("randn() may be used in @Update steps and @Every conditions only",
        model("  static double noise() { return 0.1 * randn(); } //!",
            "  @Update void update() { w = noise(); }"));
  }

  @Test
  void randInAVariableInitializer() {
    assertError("rand() may be used in @Update steps and @Every conditions only",
        model("  @Var double noisy = rand(); //!",
            "  @Update void update() { integrate(V); }"));
  }

  // ------------------------------------------------------------------ @Every

  @Test
  void everyWithBothPeriodAndWhen() {
    assertError("@Every needs exactly one of period (ms) or when (a boolean method)",
        model("  boolean often() { return true; }",
            "  @Update @Every(period = 2, when = \"often\") //!",
            "  void update() { integrate(V); }"));
  }

  @Test
  void everyWithNeitherPeriodNorWhen() {
    assertError("@Every needs exactly one of period (ms) or when (a boolean method)",
        model("  @Update",
            "  @Every //!",
            "  void update() { integrate(V); }"));
  }

  @Test
  void everyWithANegativePeriod() {
    assertError("@Every period must be a positive number of ms, got -1.0",
        model("  @Update @Every(period = -1) //!",
            "  void update() { integrate(V); }"));
  }

  @Test
  void everyWhenNamingNoBooleanMethod() {
    assertError("@Every(when = \"often\"): the model has no boolean method of that name",
        model("  double often() { return 1; }",
            "  @Update @Every(when = \"often\") //!",
            "  void update() { integrate(V); }"));
  }

  @Test
  void everyConditionReadingAParameter() {
    assertError("an @Every condition runs once for the whole group and may only read t, dt,"
            + " constants and rand(); parameter 'tau' can differ between neurons",
        model("  boolean late(double t) {",
            "    return t > tau; //!",
            "  }",
            "  @Update @Every(when = \"late\") void update() { integrate(V); }"));
  }

  @Test
  void everyConditionReadingAVariable() {
    assertError("it cannot read state variable 'V'",
        model("  boolean high() { return rand() < 0.5 && V > 0; } //!",
            "  @Update @Every(when = \"high\") void update() { integrate(V); }"));
  }

  @Test
  void everyOnADerivative() {
    assertError("@Every goes on an @Update step",
        model("  @Every(period = 1) @Derivative double dw() { return 1; } //!",
            "  @Update void update() { integrate(V, w); }"));
  }

  // ------------------------------------------------------------------ fields

  @Test
  void nonPrimitiveFieldType() {
    assertError("type java.lang.Double is not supported for model fields; use double, float,"
            + " int or boolean",
        model("  @Var Double boxed; //!"));
  }

  @Test
  void longField() {
    assertError("type long is not supported for model fields",
        model("  @Param long big = 3; //!"));
  }

  @Test
  void arrayField() {
    assertError("type double[] is not supported for model fields",
        model("  @Var double[] many; //!"));
  }

  @Test
  void twoSpikeFields() {
    assertError("a model has at most one @Spike field",
        model("  @Spike boolean spike;",
            "  @Spike boolean burst; //!"));
  }

  @Test
  void spikeFieldThatIsNotBoolean() {
    assertError("the @Spike field must be a boolean",
        model("  @Spike double fired; //!"));
  }

  @Test
  void inputFieldThatIsAnInt() {
    assertError("an @Input field must be a double or float",
        model("  @Input int counts; //!"));
  }

  @Test
  void booleanParameter() {
    assertError("a @Param must be a number (double, float or int)",
        model("  @Param boolean enabled = true; //!"));
  }

  @Test
  void staticParameter() {
    assertError("model fields must not be static: each group has its own values",
        model("  @Param static double gain = 2; //!"));
  }

  @Test
  void fieldWithTwoRoles() {
    assertError("a field is exactly one of @Param, @Var, @Spike, @Input",
        model("  @Param @Var double both; //!"));
  }

  @Test
  void reservedFieldName() {
    assertError("the name 'size' is reserved in generated groups",
        model("  @Param double size = 3; //!"));
  }

  @Test
  void namesOfTheFloatVersionAreReserved() {
    assertError("the name 'precision' is reserved in generated groups",
        model("  @Param double precision = 3; //!"));
    assertError("names ending in '_f32' are reserved",
        model("  @Var double V_f32; //!"));
  }

  @Test
  void fieldNamedLikeAClassThatGeneratedCodeUses() {
    assertError("the name 'Math' is reserved in generated groups",
        "package m;",
        "import org.brainj.annotations.*;",
        "import static java.lang.Math.*;",
        "@NeuGroup",
        "public class M {",
        "  @Var double Math; //!",
        "  @Var double x;",
        "  @Update void update() { x = exp(x); }",
        "}");
  }

  @Test
  void parameterDefaultDividingByZero() {
    // regression: the constant folder threw ArithmeticException out of the processor
    assertError("a @Param default must be a constant expression",
        model("  @Param int broken = 1 / 0; //!"));
  }

  @Test
  void parameterDefaultThatIsNotConstant() {
    assertError("a @Param default must be a constant; it cannot read parameter 'tau'",
        model("  @Param double tau2 = 2 * tau; //!"));
  }

  @Test
  void variableInitializerReadingAVariable() {
    assertError("a @Var initial value cannot read state variable 'V'",
        model("  @Var double u = V + 1; //!"));
  }

  @Test
  void spikeWithAnInitializer() {
    assertError("@Spike fields start at false and take no initializer",
        model("  @Spike boolean spike = true; //!"));
  }

  // ------------------------------------------------------------------ steps and the class

  @Test
  void updateWithAWrongParameter() {
    assertError("an @Update step may take only 'double t' and 'double dt' as parameters",
        model("  @Update void update(double t,",
            "      double time) { //!",
            "    integrate(V);",
            "  }"));
  }

  @Test
  void updateWithAnIntTime() {
    assertError("an @Update step may take only 'double t' and 'double dt' as parameters",
        model("  @Update void update(int t) { //!",
            "    integrate(V);",
            "  }"));
  }

  @Test
  void updateThatReturnsAValue() {
    assertError("an @Update step returns void",
        model("  @Update double update() { //!",
            "    return 1;",
            "  }"));
  }

  @Test
  void stepNamedLikeAScheduleEntry() {
    assertError("'input' is a schedule entry of every group; name the step otherwise",
        model("  @Update void input() { //!",
            "    integrate(V);",
            "  }"));
  }

  @Test
  void scheduleWithAnUnknownName() {
    assertError("schedule [input, updte, monitor] must name each of [input, update, monitor]"
            + " exactly once",
        "package m;",
        "import org.brainj.annotations.*;",
        "import static org.brainj.annotations.Dsl.*;",
        "@NeuGroup(schedule = {\"input\", \"updte\", \"monitor\"}) //!",
        "public class M {",
        "  @Var double V;",
        "  @Update void update() { V += 1; }",
        "}");
  }

  @Test
  void scheduleWithARepeatedName() {
    assertError("must name each of [input, a, b, monitor] exactly once",
        "package m;",
        "import org.brainj.annotations.*;",
        "@NeuGroup(schedule = {\"input\", \"a\", \"a\", \"monitor\"}) //!",
        "public class M {",
        "  @Var double V;",
        "  @Update void a() { V += 1; }",
        "  @Update void b() { V += 2; }",
        "}");
  }

  @Test
  void scheduleWithoutMonitor() {
    assertError("must name each of [input, update, monitor] exactly once",
        "package m;",
        "import org.brainj.annotations.*;",
        "@NeuGroup(schedule = {\"update\", \"input\"}) //!",
        "public class M {",
        "  @Var double V;",
        "  @Update void update() { V += 1; }",
        "}");
  }

  @Test
  void modelWithNothingToRun() {
    assertError("model M has nothing to run: declare @Derivative methods (integrated every"
            + " step) or @Update steps",
        "package m;",
        "import org.brainj.annotations.*;",
        "@NeuGroup",
        "public class M { //!",
        "  @Param double tau = 10;",
        "  @Var double V;",
        "}");
  }

  @Test
  void neuGroupOnAnInnerClass() {
    assertError("@NeuGroup and @SynGroup go on a top-level or static nested class",
        "package m;",
        "import org.brainj.annotations.*;",
        "public class M {",
        "  @NeuGroup",
        "  class Inner { //!",
        "    @Var double V;",
        "    @Update void update() { V += 1; }",
        "  }",
        "}");
  }

  // ------------------------------------------------------------------ reporting

  @Test
  void everyProblemOfAModelIsReportedNotOnlyTheFirst() {
    String[] lines = model(
        "  @Param static double gain = 2;",
        "  @Update void update() {",
        "    tau = 1;",
        "  }",
        "  @Update void other() {",
        "    w = System.nanoTime();",
        "  }");
    JavaFileObject f = JavaFileObjects.forSourceLines("m.M", lines);
    Compilation c = Harness.compile(f);
    assertThat(c).hadErrorContaining("model fields must not be static").inFile(f).onLine(9);
    assertThat(c).hadErrorContaining("parameter 'tau' is read-only").inFile(f).onLine(11);
    assertThat(c).hadErrorContaining("('System.nanoTime')").inFile(f).onLine(14);
  }

  @Test
  void anUnusedDerivativeIsAWarningOnItsMethod() {
    JavaFileObject f = JavaFileObjects.forSourceLines("m.M", model(
        "  @Derivative double dw() { return -w; }",
        "  @Update void update() { integrate(V); }"));
    Compilation c = Harness.compile(f);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("the derivative of 'w' is never used: no step calls"
        + " integrate(w)").inFile(f).onLine(9);
    assertThat(c.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .count()).isEqualTo(1);
  }
}
