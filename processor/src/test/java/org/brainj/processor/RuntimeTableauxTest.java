package org.brainj.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainj.processor.integrate.ButcherTableau;
import org.brainj.processor.integrate.Tableaux;
import org.junit.jupiter.api.Test;

/**
 * The runtime keeps its own copy of the Butcher tableaux for {@code Odeint} (it cannot use the
 * processor's classes). This compiles the runtime's {@code org.brainj.runtime.ode.Tableaux} from
 * its source (as {@link Harness} does for generated code) and checks that it holds exactly the
 * processor's methods with exactly the same bits, so the two copies cannot drift apart.
 */
class RuntimeTableauxTest {
  @Test
  void runtimeTableauxAreTheProcessorsBitForBit() throws Exception {
    Class<?> runtime;
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {url()}, RuntimeTableauxTest.class.getClassLoader())) {
      runtime = Class.forName("org.brainj.runtime.ode.Tableaux", true, loader);
      Map<?, ?> all = (Map<?, ?>) runtime.getMethod("all").invoke(null);
      assertEquals(new ArrayList<>(Tableaux.all().keySet()), new ArrayList<>(all.keySet()),
          "the same methods in the same order");
      for (ButcherTableau p : Tableaux.all().values()) {
        Object r = all.get(p.name());
        String n = p.name();
        assertEquals(p.order(), get(r, "order"), n + " order");
        assertEquals(p.description(), get(r, "description"), n + " description");
        assertBits(p.c(), (double[]) get(r, "c"), n + " c");
        assertBits(p.b(), (double[]) get(r, "b"), n + " b");
        double[][] a = (double[][]) get(r, "a");
        assertEquals(p.a().length, a.length, n + " rows of a");
        for (int i = 0; i < a.length; i++) {
          assertBits(p.a()[i], a[i], n + " a row " + i);
        }
        if (p.bStar() == null) {
          assertNull(get(r, "bStar"), n + " has no embedded weights");
        } else {
          assertBits(p.bStar(), (double[]) get(r, "bStar"), n + " bStar");
        }
        assertEquals(p.embeddedOrder(), get(r, "embeddedOrder"), n + " embedded order");
        assertEquals(ButcherTableau.stagesUsed(p.b()), get(r, "stagesUsed"), n + " stages used");
      }
      Field exp = runtime.getField("EXPONENTIAL");
      assertEquals(Tableaux.EXPONENTIAL, exp.get(null));
    }
  }

  private static URL url() throws MalformedURLException {
    return Harness.runtimeClasses().toUri().toURL();
  }

  private static Object get(Object record, String accessor) throws ReflectiveOperationException {
    return record.getClass().getMethod(accessor).invoke(record);
  }

  private static void assertBits(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what + " length");
    List<Long> e = new ArrayList<>();
    List<Long> a = new ArrayList<>();
    for (int i = 0; i < expected.length; i++) {
      e.add(Double.doubleToRawLongBits(expected[i]));
      a.add(Double.doubleToRawLongBits(actual[i]));
    }
    assertEquals(e, a, what);
    assertArrayEquals(expected, actual, 0, what);
  }
}
