package org.brainj.runtime.delay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConstantDelayTest {

  @Test
  void aPushedVectorComesBackExactlyDelayStepsLater() {
    for (int d : new int[] {0, 1, 3, 7}) {
      ConstantDelay delay = new ConstantDelay("g", 2, d, -1);
      for (int k = 0; k < 20; k++) {
        delay.push(new double[] {k, 10 * k});
        double[] out = delay.pull();
        if (k >= d) {
          assertArrayEquals(new double[] {k - d, 10 * (k - d)}, out, "delay " + d + " step " + k);
        } else {
          assertArrayEquals(new double[] {-1, -1}, out, "before the delay has filled");
        }
      }
    }
  }

  @Test
  void resetRestoresTheInitialValue() {
    ConstantDelay delay = new ConstantDelay("g", 1, 2, 0.5);
    delay.push(new double[] {3});
    delay.push(new double[] {4});
    delay.push(new double[] {5});
    assertEquals(3, delay.pull()[0]);
    delay.reset();
    delay.push(new double[] {9});
    assertEquals(0.5, delay.pull()[0]);
  }

  @Test
  void delaysInMsRoundToTheNearestStep() {
    assertEquals(15, ConstantDelay.steps(1.5, 0.1));
    assertEquals(3, ConstantDelay.steps(0.26, 0.1));
    assertEquals(2, ConstantDelay.steps(0.24, 0.1));
    assertEquals(0, ConstantDelay.steps(0, 0.1));
  }

  @Test
  void errorsNameTheDelay() {
    ConstantDelay delay = new ConstantDelay("AMPA.g", 3, 1, 0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> delay.push(new double[2]));
    assertTrue(e.getMessage().contains("AMPA.g") && e.getMessage().contains("size 3"));
    assertThrows(IllegalArgumentException.class, () -> new ConstantDelay("x", 3, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> ConstantDelay.steps(-1, 0.1));
  }
}
