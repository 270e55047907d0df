package org.brainj.runtime.ode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The explicit Runge-Kutta methods of BrainPy (manual 11.1, 15.1.1) and its embedded pairs (11.2,
 * 15.1.2), keyed by BrainPy's keyword, for {@link Odeint}.
 *
 * <p>Why a copy: the processor expands the same tableaux into generated code at build time, and
 * the runtime cannot use the processor's classes (the processor is a build-time plug-in that the
 * runtime does not depend on). So the data is written twice, in the same form and parsed by the
 * same rule, and a processor test ({@code RuntimeTableauxTest}) compiles this class and checks
 * that every tableau holds exactly the processor's bits: a change to one side that is not made
 * to the other fails the build.
 */
public final class Tableaux {
  private Tableaux() {}

  private static final Map<String, Tableau> METHODS = new LinkedHashMap<>();

  private static void add(Tableau t) {
    METHODS.put(t.name(), t);
  }

  private static String[] r(String... entries) {
    return entries;
  }

  private static String[] w(String... weights) {
    return weights;
  }

  private static List<String[]> rows(String[]... rows) {
    return List.of(rows);
  }

  static {
    add(Tableau.of("euler", "forward Euler", 1, rows(r("0")), "1"));
    add(Tableau.of("midpoint", "explicit midpoint", 2,
        rows(r("0"), r("1/2", "1/2")), "0", "1"));
    add(Tableau.of("heun2", "Heun's second-order method", 2,
        rows(r("0"), r("1", "1")), "1/2", "1/2"));
    add(Tableau.of("ralston2", "Ralston's second-order method", 2,
        rows(r("0"), r("2/3", "2/3")), "1/4", "3/4"));
    add(Tableau.of("rk2", "generic second-order Runge-Kutta, beta = 2/3", 2,
        rows(r("0"), r("2/3", "2/3")), "1/4", "3/4"));
    add(Tableau.of("rk3", "classical third-order Runge-Kutta", 3,
        rows(r("0"), r("1/2", "1/2"), r("1", "-1", "2")), "1/6", "2/3", "1/6"));
    add(Tableau.of("heun3", "Heun's third-order method", 3,
        rows(r("0"), r("1/3", "1/3"), r("2/3", "0", "2/3")), "1/4", "0", "3/4"));
    add(Tableau.of("ralston3", "Ralston's third-order method", 3,
        rows(r("0"), r("1/2", "1/2"), r("3/4", "0", "3/4")), "2/9", "1/3", "4/9"));
    add(Tableau.of("ssprk3", "third-order strong stability preserving Runge-Kutta", 3,
        rows(r("0"), r("1", "1"), r("1/2", "1/4", "1/4")), "1/6", "1/6", "2/3"));
    add(Tableau.of("rk4", "classical fourth-order Runge-Kutta", 4,
        rows(r("0"), r("1/2", "1/2"), r("1/2", "0", "1/2"), r("1", "0", "0", "1")),
        "1/6", "1/3", "1/3", "1/6"));
    // Ralston (1962), exact values to 20 digits (the manual prints 8)
    add(Tableau.of("ralston4", "Ralston's fourth-order method", 4,
        rows(r("0"), r("0.4", "0.4"),
            r("0.45573725421878941155", "0.29697760924775362668", "0.15875964497103584039"),
            r("1", "0.21810038822592045515", "-3.05096514869293100602", "3.83286476046701052312")),
        "0.17476028226269035848", "-0.55148066287873298563", "1.20553559939652354949",
        "0.17118478121951902216"));
    add(Tableau.of("rk4_38rule", "Kutta's 3/8-rule fourth-order method", 4,
        rows(r("0"), r("1/3", "1/3"), r("2/3", "-1/3", "1"), r("1", "1", "-1", "1")),
        "1/8", "3/8", "3/8", "1/8"));

    // Embedded pairs: b is the higher-order row (propagated), bStar the lower-order one.
    add(Tableau.embedded("rkf45", "Runge-Kutta-Fehlberg 4(5)", 5, 4,
        rows(r("0"), r("1/4", "1/4"), r("3/8", "3/32", "9/32"),
            r("12/13", "1932/2197", "-7200/2197", "7296/2197"),
            r("1", "439/216", "-8", "3680/513", "-845/4104"),
            r("1/2", "-8/27", "2", "-3544/2565", "1859/4104", "-11/40")),
        w("16/135", "0", "6656/12825", "28561/56430", "-9/50", "2/55"),
        w("25/216", "0", "1408/2565", "2197/4104", "-1/5", "0")));
    add(Tableau.embedded("rkf12", "Runge-Kutta-Fehlberg 1(2)", 2, 1,
        rows(r("0"), r("1/2", "1/2"), r("1", "1/256", "255/256")),
        w("1/512", "255/256", "1/512"),
        w("1/256", "255/256", "0")));
    add(Tableau.embedded("rkdp", "Dormand-Prince 5(4)", 5, 4,
        rows(r("0"), r("1/5", "1/5"), r("3/10", "3/40", "9/40"),
            r("4/5", "44/45", "-56/15", "32/9"),
            r("8/9", "19372/6561", "-25360/2187", "64448/6561", "-212/729"),
            r("1", "9017/3168", "-355/33", "46732/5247", "49/176", "-5103/18656"),
            r("1", "35/384", "0", "500/1113", "125/192", "-2187/6784", "11/84")),
        w("35/384", "0", "500/1113", "125/192", "-2187/6784", "11/84", "0"),
        w("5179/57600", "0", "7571/16695", "393/640", "-92097/339200", "187/2100", "1/40")));
    add(Tableau.embedded("ck", "Cash-Karp 4(5)", 5, 4,
        rows(r("0"), r("1/5", "1/5"), r("3/10", "3/40", "9/40"),
            r("3/5", "3/10", "-9/10", "6/5"),
            r("1", "-11/54", "5/2", "-70/27", "35/27"),
            r("7/8", "1631/55296", "175/512", "575/13824", "44275/110592", "253/4096")),
        w("37/378", "0", "250/621", "125/594", "0", "512/1771"),
        w("2825/27648", "0", "18575/48384", "13525/55296", "277/14336", "1/4")));
    add(Tableau.embedded("bs", "Bogacki-Shampine 3(2)", 3, 2,
        rows(r("0"), r("1/2", "1/2"), r("3/4", "0", "3/4"), r("1", "2/9", "1/3", "4/9")),
        w("2/9", "1/3", "4/9", "0"),
        w("7/24", "1/4", "1/3", "1/8")));
    add(Tableau.embedded("heun_euler", "Heun-Euler 2(1)", 2, 1,
        rows(r("0"), r("1", "1")),
        w("1/2", "1/2"),
        w("1", "0")));
  }

  /** The keywords of exponential Euler, which is not a tableau. */
  public static final List<String> EXPONENTIAL =
      List.of("exp_euler", "exponential_euler", "exp_auto");

  /** The tableau for a keyword, or null. */
  public static Tableau byName(String name) {
    return METHODS.get(name);
  }

  /** Every tableau, in table order. */
  public static Map<String, Tableau> all() {
    return Collections.unmodifiableMap(METHODS);
  }

  /** Whether a keyword names exponential Euler. */
  public static boolean isExponential(String name) {
    return EXPONENTIAL.contains(name);
  }
}
