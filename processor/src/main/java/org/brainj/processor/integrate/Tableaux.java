package org.brainj.processor.integrate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The explicit Runge-Kutta methods of BrainPy (manual 11.1 and 15.1.1), one tableau each, keyed by
 * BrainPy's keyword.
 */
public final class Tableaux {
  private Tableaux() {}

  private static final Map<String, ButcherTableau> METHODS = new LinkedHashMap<>();

  private static void add(ButcherTableau t) {
    METHODS.put(t.name(), t);
  }

  private static String[] r(String... entries) {
    return entries;
  }

  private static List<String[]> rows(String[]... rows) {
    return List.of(rows);
  }

  static {
    add(ButcherTableau.of("euler", "forward Euler", 1, rows(r("0")), "1"));
    add(ButcherTableau.of("midpoint", "explicit midpoint", 2,
        rows(r("0"), r("1/2", "1/2")), "0", "1"));
    add(ButcherTableau.of("heun2", "Heun's second-order method", 2,
        rows(r("0"), r("1", "1")), "1/2", "1/2"));
    add(ButcherTableau.of("ralston2", "Ralston's second-order method", 2,
        rows(r("0"), r("2/3", "2/3")), "1/4", "3/4"));
    // BrainPy's rk2 is the generic second-order family with beta = 2/3 by default
    add(ButcherTableau.of("rk2", "generic second-order Runge-Kutta, beta = 2/3", 2,
        rows(r("0"), r("2/3", "2/3")), "1/4", "3/4"));
    add(ButcherTableau.of("rk3", "classical third-order Runge-Kutta", 3,
        rows(r("0"), r("1/2", "1/2"), r("1", "-1", "2")), "1/6", "2/3", "1/6"));
    add(ButcherTableau.of("heun3", "Heun's third-order method", 3,
        rows(r("0"), r("1/3", "1/3"), r("2/3", "0", "2/3")), "1/4", "0", "3/4"));
    add(ButcherTableau.of("ralston3", "Ralston's third-order method", 3,
        rows(r("0"), r("1/2", "1/2"), r("3/4", "0", "3/4")), "2/9", "1/3", "4/9"));
    add(ButcherTableau.of("ssprk3", "third-order strong stability preserving Runge-Kutta", 3,
        rows(r("0"), r("1", "1"), r("1/2", "1/4", "1/4")), "1/6", "1/6", "2/3"));
    add(ButcherTableau.of("rk4", "classical fourth-order Runge-Kutta", 4,
        rows(r("0"), r("1/2", "1/2"), r("1/2", "0", "1/2"), r("1", "0", "0", "1")),
        "1/6", "1/3", "1/3", "1/6"));
    // Ralston (1962), minimum error bound. The manual prints these to 8 digits, which leaves the
    // order conditions violated at 1e-8; these are the exact values (closed forms in sqrt(5)) to
    // 20 digits, so the method keeps its fourth order down to rounding.
    add(ButcherTableau.of("ralston4", "Ralston's fourth-order method", 4,
        rows(r("0"), r("0.4", "0.4"),
            r("0.45573725421878941155", "0.29697760924775362668", "0.15875964497103584039"),
            r("1", "0.21810038822592045515", "-3.05096514869293100602", "3.83286476046701052312")),
        "0.17476028226269035848", "-0.55148066287873298563", "1.20553559939652354949",
        "0.17118478121951902216"));
    add(ButcherTableau.of("rk4_38rule", "Kutta's 3/8-rule fourth-order method", 4,
        rows(r("0"), r("1/3", "1/3"), r("2/3", "-1/3", "1"), r("1", "1", "-1", "1")),
        "1/8", "3/8", "3/8", "1/8"));
  }

  /** The tableau for a keyword, or null. */
  public static ButcherTableau byName(String name) {
    return METHODS.get(name);
  }

  public static Map<String, ButcherTableau> all() {
    return Collections.unmodifiableMap(METHODS);
  }

  /** The keywords of exponential Euler, which is not a tableau (see IntegratorExpander). */
  public static final List<String> EXPONENTIAL = List.of("exp_euler", "exponential_euler",
      "exp_auto");

  public static boolean isExponential(String name) {
    return EXPONENTIAL.contains(name);
  }

  /** Whether a method keyword is known: a tableau or exponential Euler. */
  public static boolean isKnown(String name) {
    return byName(name) != null || isExponential(name);
  }

  public static String supportedNames() {
    return String.join(", ", METHODS.keySet()) + ", " + String.join(", ", EXPONENTIAL);
  }
}
