package org.brainj.processor.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.brainj.annotations.Methods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Butcher tableaux are data typed in by hand; the Runge-Kutta order conditions (Hairer,
 * Norsett, Wanner, I.2; all 17 rooted trees up to order 5) catch a mistyped coefficient, in both
 * weight rows of the embedded pairs.
 */
class TableauxTest {
  private static final double TOL = 1e-14;

  static Stream<ButcherTableau> tableaux() {
    return Tableaux.all().values().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void isExplicitAndWellFormed(ButcherTableau t) {
    int s = t.stages();
    assertTrue(s >= 1, t.name());
    assertEquals(s, t.c().length, t.name() + ": c");
    assertEquals(s, t.a().length, t.name() + ": rows of A");
    for (int i = 0; i < s; i++) {
      assertEquals(i, t.a()[i].length, t.name() + ": row " + i + " of A is strictly lower");
    }
    assertEquals(0.0, t.c()[0], t.name() + ": explicit methods start at c1 = 0");
    assertTrue(t.order() >= 1 && t.order() <= 5, t.name() + ": order " + t.order());
    assertTrue(s >= t.order(), t.name() + ": an explicit method has at least order stages");
    assertSame(t, Tableaux.byName(t.name()));
    if (t.embedded()) {
      assertEquals(s, t.bStar().length, t.name() + ": embedded weights");
      assertTrue(t.embeddedOrder() >= 1 && t.embeddedOrder() < t.order(),
          t.name() + ": embedded order " + t.embeddedOrder() + " below the order " + t.order());
    } else {
      assertEquals(0, t.embeddedOrder(), t.name());
    }
  }

  static Stream<ButcherTableau> embeddedPairs() {
    return tableaux().filter(ButcherTableau::embedded);
  }

  @Test
  void theAdaptiveMethodsOfTheManualAreEmbeddedPairs() {
    assertEquals(List.of("rkf45", "rkf12", "rkdp", "ck", "bs", "heun_euler"),
        Tableaux.adaptiveNames());
    assertEquals(Methods.ADAPTIVE, Tableaux.adaptiveNames());
    // orders of the propagated row (b) and of the embedded row (bStar)
    int[][] orders = {{5, 4}, {2, 1}, {5, 4}, {5, 4}, {3, 2}, {2, 1}};
    for (int k = 0; k < orders.length; k++) {
      ButcherTableau t = Tableaux.byName(Methods.ADAPTIVE.get(k));
      assertEquals(orders[k][0], t.order(), t.name());
      assertEquals(orders[k][1], t.embeddedOrder(), t.name());
    }
    // fixed-step use skips the stages that only feed the error estimate (FSAL stages)
    assertEquals(6, ButcherTableau.stagesUsed(Tableaux.byName("rkdp").b()));
    assertEquals(7, ButcherTableau.stagesUsed(Tableaux.byName("rkdp").b(),
        Tableaux.byName("rkdp").bStar()));
    assertEquals(3, ButcherTableau.stagesUsed(Tableaux.byName("bs").b()));
    assertEquals(6, ButcherTableau.stagesUsed(Tableaux.byName("rkf45").b()));
    assertEquals(4, ButcherTableau.stagesUsed(Tableaux.byName("rk4").b()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("embeddedPairs")
  void embeddedRowSatisfiesOrderConditionsUpToItsOrderAndNoFurther(ButcherTableau t) {
    for (Condition k : conditions(t, t.bStar())) {
      if (k.order <= t.embeddedOrder()) {
        assertEquals(k.expected, k.actual, TOL, t.name() + " (embedded row): order-" + k.order
            + " condition " + k.name);
      }
    }
    assertTrue(conditions(t, t.bStar()).stream()
        .filter(k -> k.order == t.embeddedOrder() + 1)
        .anyMatch(k -> Math.abs(k.expected - k.actual) > 1e-6),
        t.name() + ": the embedded row is of a higher order than " + t.embeddedOrder());
    // the error weights sum to 0: a constant slope has no error
    double sum = 0;
    for (double e : t.errorWeights()) {
      sum += e;
    }
    assertEquals(0.0, sum, TOL, t.name());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void rowSumsOfAEqualC(ButcherTableau t) {
    for (int i = 0; i < t.stages(); i++) {
      double sum = 0;
      for (double aij : t.a()[i]) {
        sum += aij;
      }
      assertEquals(t.c()[i], sum, TOL, t.name() + ": sum of row " + i + " of A");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void satisfiesOrderConditionsUpToItsOrder(ButcherTableau t) {
    List<Condition> conditions = conditions(t);
    for (Condition k : conditions) {
      if (k.order <= t.order()) {
        assertEquals(k.expected, k.actual, TOL, t.name() + ": order-" + k.order + " condition "
            + k.name);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void declaredOrderIsNotTooLow(ButcherTableau t) {
    // the method is not of a higher order than declared: some condition of order p + 1 fails
    // (conditions are written out up to order 5, so order-5 methods are not checked)
    if (t.order() >= 5) {
      return;
    }
    boolean someFails = conditions(t).stream()
        .filter(k -> k.order == t.order() + 1)
        .anyMatch(k -> Math.abs(k.expected - k.actual) > 1e-6);
    assertTrue(someFails, t.name() + " satisfies the order-" + (t.order() + 1)
        + " conditions; is its declared order " + t.order() + " right?");
  }

  @Test
  void everyMethodKeywordHasATableau() throws IllegalAccessException {
    List<String> keywords = new ArrayList<>();
    for (Field f : Methods.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) {
        continue; // Methods.ADAPTIVE lists keywords
      }
      String k = (String) f.get(null);
      // exponential Euler is no tableau: it is built from symbolic derivatives; SDE-only
      // keywords (heun, milstein, the SRK schemes) and the integral and Wiener type values are
      // no ODE methods
      boolean sdeOnly = Methods.SDE_METHODS.containsKey(k) && Tableaux.byName(k) == null;
      boolean sdeAttribute = List.of(Methods.ITO, Methods.STRATONOVICH, Methods.SCALAR_WIENER,
          Methods.VECTOR_WIENER).contains(k);
      if (!Tableaux.isExponential(k) && !sdeOnly && !sdeAttribute) {
        keywords.add(k);
      }
    }
    assertEquals(18, keywords.size(), "the Runge-Kutta keywords of Methods (12 explicit, 6"
        + " embedded pairs)");
    assertEquals(List.of("exp_euler", "exponential_euler", "exp_auto"), Tableaux.EXPONENTIAL);
    for (String k : keywords) {
      assertNotNull(Tableaux.byName(k), "no tableau for Methods keyword '" + k + "'");
    }
    assertEquals(keywords.size(), Tableaux.all().size(), "tableaux without a Methods keyword: "
        + Tableaux.supportedNames());
  }

  @Test
  void classicalCoefficientsAreTheNearestDoubles() {
    ButcherTableau rk4 = Tableaux.byName("rk4");
    assertEquals(1.0 / 6, rk4.b()[0], 0.0);
    assertEquals(1.0 / 3, rk4.b()[1], 0.0);
    assertEquals(0.5, rk4.a()[1][0], 0.0);
    ButcherTableau ssprk3 = Tableaux.byName("ssprk3");
    assertEquals(2.0 / 3, ssprk3.b()[2], 0.0);
    assertEquals(1.0 / 3, ButcherTableau.parse(" 1 / 3 "), 0.0);
    assertEquals(-3.05096514869293100602, ButcherTableau.parse("-3.05096514869293100602"), 0.0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void anySingleMistypedEntryIsDetected(ButcherTableau t) {
    // the checks above have teeth: change any one entry by 1e-6 and one of them fails
    int s = t.stages();
    for (int i = 0; i < s; i++) {
      for (int j = -3; j < i; j++) { // j = -3: bStar_i, j = -2: b_i, j = -1: c_i, else a_ij
        if (j == -3 && !t.embedded()) {
          continue;
        }
        double[] b = t.b().clone();
        double[] bStar = t.embedded() ? t.bStar().clone() : null;
        double[] c = t.c().clone();
        double[][] a = new double[s][];
        for (int r = 0; r < s; r++) {
          a[r] = t.a()[r].clone();
        }
        if (j == -3) {
          bStar[i] += 1e-6;
        } else if (j == -2) {
          b[i] += 1e-6;
        } else if (j == -1) {
          c[i] += 1e-6;
        } else {
          a[i][j] += 1e-6;
        }
        ButcherTableau m = new ButcherTableau(t.name(), t.description(), t.order(), c, a, b,
            bStar, t.embeddedOrder());
        boolean detected = !rowSumsHold(m) || conditions(m).stream().anyMatch(
            k -> k.order <= m.order() && Math.abs(k.expected - k.actual) > TOL)
            || m.embedded() && conditions(m, m.bStar()).stream().anyMatch(
                k -> k.order <= m.embeddedOrder() && Math.abs(k.expected - k.actual) > TOL);
        assertTrue(detected, t.name() + ": a change of entry (" + i + ", " + j + ") went unseen");
      }
    }
  }

  private static boolean rowSumsHold(ButcherTableau t) {
    for (int i = 0; i < t.stages(); i++) {
      double sum = 0;
      for (double aij : t.a()[i]) {
        sum += aij;
      }
      if (Math.abs(sum - t.c()[i]) > TOL) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ order conditions

  record Condition(int order, String name, double expected, double actual) {}

  static List<Condition> conditions(ButcherTableau t) {
    return conditions(t, t.b());
  }

  /** The order conditions for the weights {@code b} (either row of an embedded pair). */
  static List<Condition> conditions(ButcherTableau t, double[] b) {
    int s = t.stages();
    double[] c = t.c();
    double[][] a = square(t);
    double[] ac = mul(a, c); // (A c)_i
    double[] ac2 = mul(a, pow(c, 2));
    double[] aac = mul(a, ac);
    double[] ac3 = mul(a, pow(c, 3));
    double[] acac = mul(a, times(c, ac));
    double[] aac2 = mul(a, ac2);
    double[] aaac = mul(a, aac);
    List<Condition> out = new ArrayList<>();
    out.add(new Condition(1, "sum b = 1", 1.0, dot(b, ones(s))));
    out.add(new Condition(2, "sum b c = 1/2", 0.5, dot(b, c)));
    out.add(new Condition(3, "sum b c^2 = 1/3", 1.0 / 3, dot(b, pow(c, 2))));
    out.add(new Condition(3, "sum b A c = 1/6", 1.0 / 6, dot(b, ac)));
    out.add(new Condition(4, "sum b c^3 = 1/4", 0.25, dot(b, pow(c, 3))));
    out.add(new Condition(4, "sum b c A c = 1/8", 0.125, dot(b, times(c, ac))));
    out.add(new Condition(4, "sum b A c^2 = 1/12", 1.0 / 12, dot(b, ac2)));
    out.add(new Condition(4, "sum b A A c = 1/24", 1.0 / 24, dot(b, aac)));
    out.add(new Condition(5, "sum b c^4 = 1/5", 0.2, dot(b, pow(c, 4))));
    out.add(new Condition(5, "sum b c^2 A c = 1/10", 0.1, dot(b, times(pow(c, 2), ac))));
    out.add(new Condition(5, "sum b c A c^2 = 1/15", 1.0 / 15, dot(b, times(c, ac2))));
    out.add(new Condition(5, "sum b c A A c = 1/30", 1.0 / 30, dot(b, times(c, aac))));
    out.add(new Condition(5, "sum b (A c)^2 = 1/20", 0.05, dot(b, times(ac, ac))));
    out.add(new Condition(5, "sum b A c^3 = 1/20", 0.05, dot(b, ac3)));
    out.add(new Condition(5, "sum b A (c A c) = 1/40", 0.025, dot(b, acac)));
    out.add(new Condition(5, "sum b A A c^2 = 1/60", 1.0 / 60, dot(b, aac2)));
    out.add(new Condition(5, "sum b A A A c = 1/120", 1.0 / 120, dot(b, aaac)));
    return out;
  }

  private static double[][] square(ButcherTableau t) {
    int s = t.stages();
    double[][] a = new double[s][s];
    for (int i = 0; i < s; i++) {
      System.arraycopy(t.a()[i], 0, a[i], 0, t.a()[i].length);
    }
    return a;
  }

  private static double[] mul(double[][] a, double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = dot(a[i], x);
    }
    return y;
  }

  private static double dot(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  private static double[] pow(double[] x, int p) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.pow(x[i], p);
    }
    return y;
  }

  private static double[] times(double[] x, double[] y) {
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = x[i] * y[i];
    }
    return z;
  }

  private static double[] ones(int n) {
    double[] y = new double[n];
    java.util.Arrays.fill(y, 1.0);
    return y;
  }
}
