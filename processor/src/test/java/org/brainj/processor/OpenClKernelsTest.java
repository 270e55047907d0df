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
      "    V += rand();",
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
    cl.contains("\n  if (V > 1) {\n    // Kern.java:14: spike = true;\n"
        + "    spike = true;\n  } else {");
    cl.contains("  // Kern.java:11: V = V % 3.0 + t / tau;");
    cl.contains("  spike_data[i] = spike ? 1 : 0;");
    cl.contains("// step noise runs on the host: random draws need the counter-based generator"
        + " on the device (not ported yet)");
  }

  @Test
  @SuppressWarnings("unchecked")
  void layoutNamesTheKernelsTheirArgumentsAndWhyAStepRunsOnTheHost() throws Exception {
    Class<?> layout = Harness.load(compile()).loader().loadClass("m.KernGroupOpenCL");
    assertEquals("KernGroup.cl", layout.getField("SOURCE").get(null));
    assertEquals(List.of("Kern_update", ""), layout.getField("KERNELS").get(null));
    assertEquals(List.of("", "random draws need the counter-based generator on the device (not"
        + " ported yet)"), layout.getField("HOST_REASONS").get(null));
    assertEquals(List.of(List.of("tau"), List.of()), layout.getField("PARAMS").get(null));
    assertEquals(List.of(List.of("V", "n", "spike"), List.of()),
        layout.getField("VARS").get(null));
    assertEquals(List.of(List.of("V", "n", "spike"), List.of()),
        layout.getField("WRITTEN").get(null));
  }
}
