package org.brainj.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The spike-delivery kernels of synapse models and their layout class: the delivering shape
 * ({@code @OnPre} handlers that only add to postsynaptic variables) becomes atomic additions
 * along the spiking neurons' rows; anything else gets the reason it is delivered on the host.
 * (That the kernels compute the scalar results on a device is tested in opencl-backend.)
 */
class OpenClSynapseKernelsTest {

  private static final String[] ADD = {
      "package m;",
      "import org.brainj.annotations.*;",
      "@SynGroup",
      "public class Add {",
      "  @Param double w = 1;",
      "  @Param double slot = 2;",
      "  @Var double u;",
      "  @Pre(\"V\") double vPre;",
      "  @Post(\"V\") double vPost;",
      "  @Post(\"ge\") double ge;",
      "  @Post(\"gi\") double gi;",
      "  @OnPre void on(double t) {",
      "    double a = w * slot + u;",
      "    if (vPost > vPre) {",
      "      ge += a;",
      "    } else {",
      "      gi -= t;",
      "    }",
      "  }",
      "}"};

  private static Compilation compile(String name, String... lines) {
    Compilation c = Harness.compile(Harness.source("m." + name, lines));
    assertThat(c).succeeded();
    return c;
  }

  @Test
  void addsBecomeAtomicAdditionsAlongTheSpikingNeuronsRows() {
    var cl = assertThat(compile("Add", ADD)).generatedFile(StandardLocation.CLASS_OUTPUT, "m",
        "AddSynapses.cl").contentsAsUtf8String();
    cl.contains("#pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable");
    cl.contains("#pragma OPENCL FP_CONTRACT OFF");
    cl.contains("atom_cmpxchg((volatile __global long*) p, seen, next)");
    // the model's parameter slot keeps its name; the kernel's counter slot moves aside
    cl.contains("    const int slot_2,\n");
    cl.contains("  const int count = spikeCount[slot_2];\n"
        + "  for (int k = (int) get_global_id(0); k < count; k += (int) get_global_size(0)) {\n"
        + "    const int i = spikes[k];\n    const int end = indptr[i + 1];\n"
        + "    for (int s = indptr[i]; s < end; s++) {\n      const int j = postIds[s];\n");
    cl.contains("      const double w = w_values[s * w_stride];\n");
    cl.contains("      const double u = u_data[perPost ? j : s];\n");
    cl.contains("      const double vPre = vPre_data[i];\n");
    cl.contains("      const double vPost = vPost_data[j];\n");
    cl.contains("      const double slot = slot_values[s * slot_stride];\n");
    cl.contains("      double a = w * slot + u;\n");
    cl.contains("        // Add.java:15: ge += a;\n        brainj_atomic_add(&ge_data[j], a);\n");
    cl.contains("        brainj_atomic_add(&gi_data[j], -(t));\n");
    cl.contains("    __global const double* u_data,\n    __global const double* vPre_data,\n"
        + "    __global const double* vPost_data,\n    __global double* ge_data,\n"
        + "    __global double* gi_data) {");
  }

  @Test
  void layoutNamesTheArgumentsByGroupVariable() throws Exception {
    Class<?> layout = Harness.load(compile("Add", ADD)).loader()
        .loadClass("m.AddSynapsesOpenCL");
    assertEquals("AddSynapses.cl", layout.getField("SOURCE").get(null));
    assertEquals("Add_onPre", layout.getField("KERNEL").get(null));
    assertEquals("", layout.getField("HOST_REASON").get(null));
    assertEquals(List.of("w", "slot"), layout.getField("PARAMS").get(null));
    assertEquals(List.of("u"), layout.getField("OWN_VARS").get(null));
    assertEquals(List.of("V"), layout.getField("PRE_VARS").get(null));
    assertEquals(List.of("V"), layout.getField("POST_VARS").get(null));
    assertEquals(List.of("ge", "gi"), layout.getField("POST_ADDED").get(null));
  }

  private static String hostReason(String body) throws Exception {
    String[] model = {
        "package m;",
        "import org.brainj.annotations.*;",
        "@SynGroup",
        "public class Other {",
        "  @Param double w = 1;",
        "  @Var double g;",
        "  @Post(\"ge\") double ge;",
        "  @Post(\"ge\") double geToo;",
        body,
        "}"};
    Class<?> layout = Harness.load(compile("Other", model)).loader()
        .loadClass("m.OtherSynapsesOpenCL");
    assertEquals("", layout.getField("KERNEL").get(null));
    return (String) layout.getField("HOST_REASON").get(null);
  }

  @Test
  void otherShapesAreDeliveredOnTheHostSayingWhy() throws Exception {
    assertEquals("@OnPre handler 'on': it assigns synapse variable 'g' (only adding to"
        + " postsynaptic variables runs on the device)",
        hostReason("  @OnPre void on() { g += w; }"));
    assertEquals("the @OnPre handlers read postsynaptic 'ge' (geToo) while adding to it",
        hostReason("  @OnPre void on() { ge += w * geToo; }"));
    assertEquals("the model has an @Update step 'decay' (only models whose steps are all @OnPre"
        + " handlers adding to postsynaptic variables deliver on the device)",
        hostReason("  @Update void decay() { g = g * 0.5; }\n  @OnPre void on() { ge += w; }"));
    assertEquals("@OnPre handler 'on': it draws random numbers", hostReason(
        "  @OnPre void on() { ge += org.brainj.annotations.Dsl.rand(); }"));
  }
}
