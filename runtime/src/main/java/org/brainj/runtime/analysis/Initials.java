package org.brainj.runtime.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Initial values by name ({@code {'V': -2.8, 'w': -1.8}}) as state arrays. */
final class Initials {
  private Initials() {}

  static List<double[]> of(List<? extends Map<String, ? extends Number>> initials,
      List<String> names) {
    if (initials == null || initials.isEmpty()) {
      throw new IllegalArgumentException("give at least one initial state, e.g. "
          + "Map.of(\"" + names.get(0) + "\", 0.0, ...)");
    }
    List<double[]> out = new ArrayList<>();
    for (int k = 0; k < initials.size(); k++) {
      Map<String, ? extends Number> m = initials.get(k);
      double[] s = new double[names.size()];
      for (int i = 0; i < names.size(); i++) {
        Number v = m.get(names.get(i));
        if (v == null) {
          throw new IllegalArgumentException("initial state " + k + " " + m + " has no value for '"
              + names.get(i) + "'; it needs " + names);
        }
        s[i] = AnalysisBuilder.finite("initial '" + names.get(i) + "'", v.doubleValue());
      }
      for (String key : m.keySet()) {
        if (!names.contains(key)) {
          throw new IllegalArgumentException("initial state " + k + " " + m + " names '" + key
              + "', which is not simulated; variables: " + names);
        }
      }
      out.add(s);
    }
    return out;
  }

  /** {@code name=value, ...} for labels. */
  static String label(List<String> names, double[] s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(names.get(i)).append('=').append(trim(s[i]));
    }
    return b.toString();
  }

  /** {@code " (Iext = 0.8, a = 0.7)"}, or empty without parameters: for figure titles. */
  static String parameters(Map<String, Double> values) {
    if (values.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    values.forEach((k, v) -> parts.add(k + " = " + trim(v)));
    return " (" + String.join(", ", parts) + ")";
  }

  static String trim(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    String s = new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.6g", v))
        .stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
