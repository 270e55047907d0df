package org.brainj.runtime.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.runtime.net.Network;
import org.junit.jupiter.api.Test;

/** The manual's chapter 17 examples, sample by sample, and the builders' conventions and errors. */
class InputsTest {

  /** Asserts {@code c[from, to)} all equal {@code v}. */
  private static void assertRange(Current c, int from, int to, double v) {
    for (int k = from; k < to; k++) {
      assertEquals(v, c.get(k), "sample " + k);
    }
  }

  @Test
  void periodInputOfTheManual() {
    // manual 17.1: period_input([0, 1., 0.], [100, 300, 100], return_length=True) at dt 0.1
    Current c = Inputs.periodInput(new double[] {0, 1, 0}, new double[] {100, 300, 100});
    assertEquals(5000, c.length());
    assertEquals(500.0, c.duration());
    assertEquals(0.1, c.dt());
    assertRange(c, 0, 1000, 0);
    assertRange(c, 1000, 4000, 1);
    assertRange(c, 4000, 5000, 0);
    // the boundaries: t = 100 ms is the first sample of the second section
    assertEquals(0.0, c.get(999));
    assertEquals(1.0, c.get(1000));
    assertEquals(1.0, c.get(3999));
    assertEquals(0.0, c.get(4000));
    assertEquals(c, Inputs.sectionInput(new double[] {0, 1, 0}, new double[] {100, 300, 100}, 0.1));
  }

  @Test
  void constantCurrentOfTheManual() {
    // manual 17.2: constant_current([(0, 100), (1, 300), (0, 100)]) is the same current, and
    // returns the total duration 500
    Current same = Inputs.constantCurrent(new double[][] {{0, 100}, {1, 300}, {0, 100}});
    assertEquals(Inputs.periodInput(new double[] {0, 1, 0}, new double[] {100, 300, 100}), same);
    assertEquals(500.0, same.duration());

    // constant_current([(-1, 10), (1, 3), (3, 30), (-0.5, 10)], 0.1): 53 ms, 530 samples
    Current c = Inputs.constantCurrent(new double[][] {{-1, 10}, {1, 3}, {3, 30}, {-0.5, 10}}, 0.1);
    assertEquals(53.0, c.duration());
    assertEquals(530, c.length());
    assertRange(c, 0, 100, -1);
    assertRange(c, 100, 130, 1);
    assertRange(c, 130, 430, 3);
    assertRange(c, 430, 530, -0.5);
    assertEquals(c, Inputs.constantInput(new double[][] {{-1, 10}, {1, 3}, {3, 30}, {-0.5, 10}}));
  }

  @Test
  void spikeInputOfTheManual() {
    // manual 17.3: pulses of 0.5 lasting 1 ms at 10, 20, 30, 200, 300 ms over 400 ms
    Current c = Inputs.spikeInput(new double[] {10, 20, 30, 200, 300}, 1.0, 0.5, 400.0);
    assertEquals(4000, c.length());
    assertEquals(400.0, c.duration());
    int[] starts = {100, 200, 300, 2000, 3000};
    int nonZero = 0;
    for (int k = 0; k < c.length(); k++) {
      boolean inPulse = false;
      for (int s : starts) {
        inPulse |= k >= s && k < s + 10;
      }
      assertEquals(inPulse ? 0.5 : 0.0, c.get(k), "sample " + k);
      nonZero += c.get(k) != 0 ? 1 : 0;
    }
    assertEquals(50, nonZero);
  }

  @Test
  void spikeInputWithPerPulseLengthsAndSizes() {
    // a later pulse overwrites an earlier one (BrainPy assigns slices in order); the last is cut
    Current c = Inputs.spikeInput(new double[] {0.2, 0.4, 0.9}, new double[] {0.3, 0.2, 0.5},
        new double[] {1, 2, 3}, 1.0, 0.1);
    assertArrayEquals(new double[] {0, 0, 1, 1, 2, 2, 0, 0, 0, 3}, c.samples());
  }

  @Test
  void rampInputOfTheManual() {
    // manual 17.4, first example: 0 to 1 over the whole 1000 ms, linspace(0, 1, 10000)
    Current c = Inputs.rampInput(0, 1, 1000);
    assertEquals(10000, c.length());
    assertEquals(0.0, c.get(0));
    assertEquals(1.0, c.get(9999));
    // NumPy: np.linspace(0, 1, 10000)[[1, 5000, 9998]]
    assertEquals(0.00010001000100010001, c.get(1));
    assertEquals(0.5000500050005001, c.get(5000));
    assertEquals(0.999899989999, c.get(9998));

    // second example: from 200 to 800 ms; 0 before, linspace(0, 1, 6000) on samples 2000-7999,
    // and 0 again from 800 ms on, as BrainPy
    Current r = Inputs.rampInput(0, 1, 1000, 200, 800);
    assertEquals(10000, r.length());
    assertRange(r, 0, 2000, 0);
    assertEquals(0.0, r.get(2000));
    assertEquals(0.0001666944490748458, r.get(2001));
    assertEquals(0.20570095015835974, r.get(2000 + 1234));
    assertEquals(0.9998333055509251, r.get(7998));
    assertEquals(1.0, r.get(7999));
    assertRange(r, 8000, 10000, 0);
    // a falling ramp ends exactly at its end value too
    Current down = Inputs.rampInput(5, -5, 1, 0, 1, 0.1);
    assertEquals(5.0, down.get(0));
    assertEquals(-5.0, down.get(9));
  }

  @Test
  void durationsOnTheGridAreNotLostToRounding() {
    // 0.3 / 0.1 = 2.9999999999999996 in floating point: BrainPy's int() would give 2 steps
    Current c = Inputs.periodInput(new double[] {1, 2}, new double[] {0.3, 0.3}, 0.1);
    assertArrayEquals(new double[] {1, 1, 1, 2, 2, 2}, c.samples());
    // off the grid, BrainPy's rules: ceil for the total, floor per section (the rest stays 0)
    Current off = Inputs.periodInput(new double[] {1, 2}, new double[] {0.15, 0.15}, 0.1);
    assertArrayEquals(new double[] {1, 2, 0}, off.samples());
    assertEquals(0.3, off.duration(), 1e-15);
  }

  @Test
  void currentsAreValuesWithTimes() {
    Current c = Inputs.constantInput(new double[][] {{2, 0.3}}, 0.1);
    double[] s = c.samples();
    s[0] = 99;
    assertEquals(2.0, c.get(0), "samples() is a copy");
    assertArrayEquals(new double[] {0, 0.1, 0.2}, c.times(), 1e-15);
    Current sum = c.plus(Current.of(new double[] {1, 2, 3}, 0.1));
    assertArrayEquals(new double[] {3, 4, 5}, sum.samples());
    assertEquals("current of 3 steps at dt = 0.1 ms", c.describe());
    assertThrows(IllegalArgumentException.class, () -> c.plus(Current.of(new double[3], 0.2)));
    assertThrows(IllegalArgumentException.class, () -> c.plus(Current.of(new double[4], 0.1)));
  }

  @Test
  void defaultDtIsTheRunnersDefault() {
    assertEquals(Network.create().runner().dt(), Inputs.DEFAULT_DT);
  }

  @Test
  void badArgumentsAreClearErrors() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Inputs.periodInput(new double[] {0, 1}, new double[] {100}, 0.1));
    assertTrue(e.getMessage().contains("2 values and 1 durations"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Inputs.periodInput(new double[] {0}, new double[] {-5}, 0.1));
    assertTrue(e.getMessage().contains("durations[0] must be a finite time >= 0 ms, got -5.0"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Inputs.periodInput(new double[] {0}, new double[] {5}, 0));
    assertTrue(e.getMessage().contains("dt must be a positive number of ms, got 0.0"));
    e = assertThrows(IllegalArgumentException.class,
        () -> Inputs.constantInput(new double[][] {{0, 10}, {1}}, 0.1));
    assertTrue(e.getMessage().contains("pair 1 must be {value, duration}, got [1.0]"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Inputs.spikeInput(new double[] {10, 450}, 1, 0.5, 400));
    assertTrue(e.getMessage().contains("points[1] = 450.0 ms is not before the end"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Inputs.spikeInput(new double[] {10}, 0.05, 0.5, 400));
    assertTrue(e.getMessage().contains("lengths[0] = 0.05 ms is shorter than one step"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Inputs.spikeInput(
        new double[] {10, 20}, new double[] {1}, new double[] {1, 1}, 100, 0.1));
    assertTrue(e.getMessage().contains("got 2, 1 and 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Inputs.rampInput(0, 1, 100, 50, 150));
    assertTrue(e.getMessage().contains("tEnd = 150.0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Inputs.rampInput(0, 1, 100, 60, 50));
    assertTrue(e.getMessage().contains("need 0 <= tStart <= tEnd <= duration"), e.getMessage());
  }
}
