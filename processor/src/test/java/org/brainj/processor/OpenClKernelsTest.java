package org.brainj.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The OpenCL C kernels and their layout class: what each IR construct becomes, and which steps
 * are refused with which reason. (That the kernels compile and compute the scalar results on a
 * device is tested in opencl-backend, with the built-in models.)
 */
class OpenClKernelsTest {

  private static final String[] MODEL = {
      "package m;",
      "import org.brainj.annotations.*;",
      "import static org.brainj.annotations.Dsl.rand;",
      "import static org.brainj.annotations.Dsl.randn;",
      "@NeuGroup",
      "public class Kern {",
      "  @Param double tau = 10;",
      "  @Var double V;",
      "  @Var double n;",
      "  @Spike boolean spike;",
      "  @Update void update(double t) {",
      "    V = V % 3.0 + t / tau;",
      "    n = Math.abs(V) + Math.min(V, 2);",
      "    if (V > 1) {",
      "      spike = true;",
      "    } else {",
      "      spike = false;",
      "    }",
      "  }",
      "  @Update void noise() {",
      "    V += rand() + randn();",
      "  }",
      "  @Var int count;",
      "  @Update void tally() {",
      "    count += 1;",
      "  }",
      "}"};

  private static Compilation compile() {
    Compilation c = Harness.compile(Harness.source("m.Kern", MODEL));
    assertThat(c).succeeded();
    return c;
  }

  @Test
  void kernelKeepsBranchesMapsOperatorsAndFunctionsAndCommentsTheModelLines() {
    Compilation c = compile();
    var cl = assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "m", "KernGroup.cl")
        .contentsAsUtf8String();
    cl.contains("#pragma OPENCL EXTENSION cl_khr_fp64 : enable");
    cl.contains("#pragma OPENCL FP_CONTRACT OFF");
    cl.contains("__kernel void Kern_update(");
    // the model's variable n keeps its name; the kernel's neuron count moves aside
    cl.contains("const int n_2,\n");
    cl.contains("if (gid >= n_2) {");
    cl.contains("__global const double* tau_values,\n    const int tau_stride,");
    cl.contains("const double tau = tau_values[i * tau_stride];");
    cl.contains("bool spike = spike_data[i] != 0;");
    cl.contains("\n  V = fmod(V, 3.0) + t / tau;");
    cl.contains("\n  n = fabs(V) + fmin(V, (double) 2);");
    cl.contains("\n  if (V > 1) {\n    // Kern.java:15: spike = true;\n"
        + "    spike = true;\n  } else {");
    cl.contains("  // Kern.java:12: V = V % 3.0 + t / tau;");
    cl.contains("  spike_data[i] = spike ? 1 : 0;");
    cl.contains("// step tally runs on the host: assignment target is int (only double and"
        + " boolean per-neuron values run on OpenCL yet)");
  }

  @Test
  void randomDrawsCallThePortedGeneratorWithTheScalarLoopsArguments() {
    var cl = assertThat(compile()).generatedFile(StandardLocation.CLASS_OUTPUT, "m",
        "KernGroup.cl").contentsAsUtf8String();
    cl.contains("ulong2 brainj_philox(const ulong key, uint c0, uint c1, uint c2, uint c3) {");
    cl.contains("__kernel void Kern_noise(\n    const double t,\n    const double dt,\n"
        + "    const long step,\n    const int base,\n    const int n_2,\n"
        + "    const long rngSeed,\n    const int rngStream0,\n    const int rngStream1,\n");
    // CounterRng.uniform/normal(rngSeed, rngStream<site>, step, i), i the neuron
    cl.contains("V += brainj_uniform(rngSeed, rngStream0, step, i)"
        + " + brainj_normal(rngSeed, rngStream1, step, i);");
  }

  @Test
  @SuppressWarnings("unchecked")
  void layoutNamesTheKernelsTheirArgumentsAndWhyAStepRunsOnTheHost() throws Exception {
    Class<?> layout = Harness.load(compile()).loader().loadClass("m.KernGroupOpenCL");
    assertEquals("KernGroup.cl", layout.getField("SOURCE").get(null));
    assertEquals(List.of("Kern_update", "Kern_noise", ""), layout.getField("KERNELS").get(null));
    assertEquals(List.of("", "", "assignment target is int (only double and boolean per-neuron"
        + " values run on OpenCL yet)"), layout.getField("HOST_REASONS").get(null));
    assertEquals(List.of(List.of("tau"), List.of(), List.of()),
        layout.getField("PARAMS").get(null));
    assertEquals(List.of(List.of("V", "n", "spike"), List.of("V"), List.of()),
        layout.getField("VARS").get(null));
    assertEquals(List.of(List.of("V", "n", "spike"), List.of("V"), List.of()),
        layout.getField("WRITTEN").get(null));
    assertEquals(List.of(List.of(), List.of(0, 1), List.of()),
        layout.getField("RANDOM_SITES").get(null));
  }
}
