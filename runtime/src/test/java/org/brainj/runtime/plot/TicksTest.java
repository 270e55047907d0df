package org.brainj.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicksTest {

  /** min, max, maxIntervals: the expected step, worked out by hand. */
  @ParameterizedTest(name = "[{0}, {1}] in at most {2} intervals: step {3}")
  @CsvSource({
    "0, 1, 10, 0.1",
    "0.1, 200, 10, 20",
    "0, 200, 10, 20",
    "0.1, 200, 20, 10",
    "0, 1000, 4, 500",
    "0, 33, 5, 10",
    "0, 33.3, 4, 10",
    "-80, 40, 6, 20",
    "-75.3, -55.1, 10, 5",
    "0.001, 0.0047, 8, 0.0005",
    "1e6, 3e6, 4, 5e5",
    "0, 7, 7, 1",
    "0, 0.3, 3, 0.1",
    "0, 0.7, 3, 0.5",
    "5, 5, 10, 0.5",
    "0, 0, 10, 0.1",
    "-1e-9, 1e-9, 4, 5e-10",
    "0, 1, 1, 1",
    "0, 1.01, 1, 2",
  })
  void stepsAreOneTwoOrFiveTimesAPowerOfTen(double min, double max, int intervals, double expected) {
    double step = Ticks.step(min, max, intervals);
    assertEquals(expected, step, 0.0);
    // 1, 2 or 5 times a power of ten
    int mantissa = new BigDecimal(Double.toString(step)).stripTrailingZeros().unscaledValue().intValueExact();
    assertTrue(mantissa == 1 || mantissa == 2 || mantissa == 5, "step " + step);
    // the smallest such step: the next smaller one (5 -> 2, 2 -> 1, 1 -> 0.5) needs more intervals
    double span = max > min ? max - min : (min == 0 ? 1 : Math.abs(min));
    double smaller = step * (mantissa == 5 ? 0.4 : 0.5);
    assertTrue(span / smaller > intervals * (1 + 1e-9), "a smaller step " + smaller + " would fit too");
    assertTrue(span / step <= intervals * (1 + 1e-9));
  }

  @Test
  void positionsAreRoundDecimalsInsideTheRange() {
    assertArrayEquals(
        new double[] {20, 40, 60, 80, 100, 120, 140, 160, 180, 200},
        Ticks.positions(0.1, 200, 10), 0.0);
    // exact decimals, not 0.30000000000000004
    assertArrayEquals(new double[] {-0.2, -0.1, 0, 0.1, 0.2}, Ticks.positions(-0.25, 0.25, 5), 0.0);
    assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3}, Ticks.positions(0, 0.3, 3), 0.0);
    assertArrayEquals(new double[] {-70, -65, -60}, Ticks.positions(-72, -57, 3), 0.0);
  }

  @Test
  void boundsBeginAndEndOnATick() {
    assertArrayEquals(new double[] {0, 200}, Ticks.bounds(0.1, 200, 20), 0.0);
    assertArrayEquals(new double[] {0, 100}, Ticks.bounds(15, 95, 4), 0.0);
    assertArrayEquals(new double[] {200, 400}, Ticks.bounds(200.1, 400, 20), 0.0);
    assertArrayEquals(new double[] {-80, -40}, Ticks.bounds(-75.3, -41, 4), 0.0);
    // an empty range still gets a non-empty axis
    double[] b = Ticks.bounds(3, 3, 10);
    assertTrue(b[0] <= 3 && b[1] > b[0], b[0] + " .. " + b[1]);
  }

  @Test
  void badRangesAreRejectedNamingTheArgument() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ticks.step(2, 1, 10));
    assertTrue(e.getMessage().contains("range") && e.getMessage().contains("[2.0, 1.0]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Ticks.positions(Double.NaN, 1, 10));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Ticks.bounds(0, 1, 0));
    assertTrue(e.getMessage().contains("maxIntervals") && e.getMessage().contains("0"), e.getMessage());
  }
}
