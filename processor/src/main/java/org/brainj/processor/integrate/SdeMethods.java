package org.brainj.processor.integrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainj.annotations.Methods;

/**
 * Which SDE method supports which stochastic integral and Wiener type (the manual's table,
 * chapter 12, held in {@link Methods#SDE_METHODS}), and which of them the processor expands.
 */
public final class SdeMethods {
  private SdeMethods() {}

  /** The SDE methods the expander implements. */
  public static final Set<String> IMPLEMENTED = Set.of(Methods.EULER, Methods.MILSTEIN,
      Methods.HEUN, Methods.EXPONENTIAL_EULER, Methods.EXP_EULER, Methods.SRK1W1_SCALAR,
      Methods.SRK2W1_SCALAR, Methods.KLPL_SCALAR);

  /** Null if the combination exists and is implemented, else why not (for a compile error). */
  public static String check(String method, String integral, String wiener) {
    Map<String, List<List<String>>> table = Methods.SDE_METHODS;
    List<List<String>> row = table.get(method);
    boolean integralKnown = integral.equals(Methods.ITO) || integral.equals(Methods.STRATONOVICH);
    boolean wienerKnown = wiener.equals(Methods.SCALAR_WIENER)
        || wiener.equals(Methods.VECTOR_WIENER);
    if (!integralKnown) {
      return "unknown sdeIntegral '" + integral + "'; use \"" + Methods.ITO + "\" or \""
          + Methods.STRATONOVICH + "\"";
    }
    if (!wienerKnown) {
      return "unknown wienerType '" + wiener + "'; use \"" + Methods.SCALAR_WIENER + "\" or \""
          + Methods.VECTOR_WIENER + "\"";
    }
    if (row == null || !row.get(0).contains(integral) || !row.get(1).contains(wiener)) {
      return (row == null ? "'" + method + "' is not an SDE method"
          : "method '" + method + "' does not support the " + integral + " integral with a "
              + wiener + " Wiener process")
          + "; the SDE methods and their combinations are: " + combinations();
    }
    if (!IMPLEMENTED.contains(method)) {
      return "the SDE method '" + method + "' is not implemented yet; implemented: "
          + String.join(", ", IMPLEMENTED);
    }
    return null;
  }

  /** The table as text: {@code euler (ito|stratonovich, scalar|vector), ...}. */
  public static String combinations() {
    List<String> out = new ArrayList<>();
    Methods.SDE_METHODS.forEach((m, r) -> {
      if (!m.equals(Methods.EXP_EULER)) {
        out.add(m + " (" + String.join("|", r.get(0)) + ", " + String.join("|", r.get(1))
            + " Wiener)");
      }
    });
    return String.join(", ", out);
  }
}
