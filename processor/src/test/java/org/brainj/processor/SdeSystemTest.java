package org.brainj.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.brainj.processor.Harness.Group;
import org.brainj.processor.Harness.Loaded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SDEs in {@code @OdeSystem} classes: the generated system's {@code step(state, t, dt, step)}
 * computes the bits of neuron 0 of a group of the same equations named like the model (the same
 * expansion, the same counter-based random numbers), {@code seed} reproduces a path, the
 * {@code Stepper} form counts steps, and {@code diffusion} is the model's {@code g}.
 */
class SdeSystemTest {
  /** method, integral, wiener. */
  static final String[][] COMBOS = {
      {"euler", "ito", "scalar"}, {"euler", "stratonovich", "vector"},
      {"heun", "stratonovich", "scalar"}, {"milstein", "ito", "vector"},
      {"milstein", "stratonovich", "scalar"}, {"exponential_euler", "ito", "scalar"},
      {"srk1w1_scalar", "ito", "scalar"}, {"srk2w1_scalar", "ito", "scalar"},
      {"KlPl_scalar", "ito", "scalar"}};

  /** A noisy FitzHugh-Nagumo pair with time in the drift and state in the noise. */
  static String model(String annotation, String name, String[] c) {
    String d = "@Derivative(method = \"" + c[0] + "\", sdeIntegral = \"" + c[1]
        + "\", wienerType = \"" + c[2] + "\")";
    return String.join("\n",
        "package m;",
        "import org.brainj.annotations.*;",
        annotation,
        "public class " + name + " {",
        "  @Param double a = 0.7, b = 0.8, tau = 12.5, sigma = 0.3;",
        "  @Var double V = -1.0, w = 0.5;",
        "  " + d + " double dV(double t) { return V - V * V * V / 3 - w + 0.5 * Math.sin(t); }",
        "  @Diffusion double gV() { return sigma * (1 + 0.1 * V * V); }",
        "  " + d + " double dw() { return (V + a - b * w) / tau; }",
        "  @Diffusion double gw() { return 0.1 * sigma * w; }",
        "}");
  }

  static Loaded loaded;

  @BeforeAll
  static void compileAll() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < COMBOS.length; i++) {
      sources.add(JavaFileObjects.forSourceString("m.S" + i, model("@OdeSystem", "S" + i,
          COMBOS[i])));
      sources.add(JavaFileObjects.forSourceString("m.G" + i, model("@NeuGroup", "G" + i,
          COMBOS[i])));
    }
    Compilation c = Harness.compile(sources.toArray(JavaFileObject[]::new));
    assertThat(c).succeededWithoutWarnings();
    loaded = Harness.load(c);
  }

  static Object system(int i) {
    return Harness.callOn(loaded.type("m.S" + i + "System"), null, "create");
  }

  @Test
  void stepIsBitForBitNeuronZeroOfAGroupNamedLikeTheModel() {
    double dt = 0.05;
    for (int i = 0; i < COMBOS.length; i++) {
      Object sys = Harness.call(system(i), "seed", 17L);
      double[] state = (double[]) Harness.call(sys, "initialState");
      Group g = loaded.builder("m.G" + i + "Group", 3).set("name", "S" + i).seed(17).build();
      for (int k = 0; k < 300; k++) {
        double t = k * dt;
        g.executeStep(0, t, k, dt);
        Harness.call(sys, "step", state, t, dt, (long) k);
        String at = String.join(" ", COMBOS[i]) + " step " + k;
        assertEquals(Double.doubleToRawLongBits(g.get("V")[0]),
            Double.doubleToRawLongBits(state[0]), at + " V");
        assertEquals(Double.doubleToRawLongBits(g.get("w")[0]),
            Double.doubleToRawLongBits(state[1]), at + " w");
      }
      assertTrue(g.get("V")[0] != g.get("V")[1], "the neurons have their own noise");
    }
  }

  @Test
  void theStepperFormCountsStepsAndTheSeedReproducesAPath() {
    for (int i = 0; i < COMBOS.length; i++) {
      Object sys = Harness.call(system(i), "seed", 5L);
      double[] a = (double[]) Harness.call(sys, "initialState");
      double[] b = a.clone();
      for (int k = 0; k < 100; k++) {
        Harness.call(sys, "step", a, k * 0.1, 0.1);
      }
      assertEquals(100L, Harness.call(sys, "stepCount"));
      Object other = Harness.call(system(i), "seed", 5L);
      for (int k = 0; k < 100; k++) {
        Harness.call(other, "step", b, k * 0.1, 0.1, (long) k);
      }
      assertArrayEquals(b, a, 0.0, String.join(" ", COMBOS[i]));
      double[] c = (double[]) Harness.call(sys, "initialState");
      Harness.call(sys, "seed", 6L);
      Harness.call(sys, "step", c, 0.0, 0.1);
      double[] d = (double[]) Harness.call(sys, "initialState");
      Harness.call(sys, "seed", 5L);
      Harness.call(sys, "step", d, 0.0, 0.1);
      assertTrue(c[0] != d[0], "another seed, another path");
    }
  }

  @Test
  void diffusionIsTheModelsNoiseCoefficient() {
    Object sys = system(0);
    double[] out = new double[2];
    Harness.call(sys, "diffusion", new double[] {2.0, 0.5}, 0.0, out);
    assertArrayEquals(new double[] {0.3 * (1 + 0.1 * 2.0 * 2.0), 0.1 * 0.3 * 0.5}, out, 0.0);
  }
}
