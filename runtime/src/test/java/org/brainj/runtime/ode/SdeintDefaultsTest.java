package org.brainj.runtime.ode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The default SDE method (BrainPy's set_default_sdeint, manual 15.3). */
class SdeintDefaultsTest {

  private static double[] run(Sdeint s) {
    double[] y = {1.0};
    for (int k = 0; k < 50; k++) {
      s.step(y, k * 0.01, 0.01, k);
    }
    return y;
  }

  @Test
  void newIntegratorsTakeTheDefaultAndExistingOnesKeepTheirs() {
    Odeint.Rhs drift = (t, y, dy) -> dy[0] = 0.5 * y[0];
    Odeint.Rhs diffusion = (t, y, g) -> g[0] = 0.3 * y[0];
    assertEquals("euler", Sdeint.defaultMethod());
    Sdeint before = Sdeint.of(drift, diffusion).dt(0.01).seed(3);
    try {
      Sdeint.setDefaultMethod("milstein");
      Sdeint after = Sdeint.of(drift, diffusion).dt(0.01).seed(3);
      Sdeint explicit = Sdeint.of(drift, diffusion).dt(0.01).seed(3).method("milstein");
      assertArrayEquals(run(explicit), run(after), 0.0, "the default is milstein now");
      Sdeint euler = Sdeint.of(drift, diffusion).dt(0.01).seed(3).method("euler");
      assertArrayEquals(run(euler), run(before), 0.0, "an existing integrator keeps euler");
      Sdeint.setDefaultMethod("heun");
      Sdeint heun = Sdeint.of(drift, diffusion).dt(0.01).seed(3);
      Sdeint strat = Sdeint.of(drift, diffusion).dt(0.01).seed(3).integral("stratonovich")
          .method("heun");
      assertArrayEquals(run(strat), run(heun), 0.0, "heun defaults come as Stratonovich");
      assertThrows(IllegalArgumentException.class, () -> Sdeint.setDefaultMethod("rk4"));
    } finally {
      Sdeint.setDefaultMethod("euler");
    }
  }
}
