package org.brainj.runtime.analysis.stability;

/**
 * The type of a fixed point, with BrainPy's names (manual 14.5: {@code get_1d_stability_types},
 * {@code get_2d_stability_types}; the 3-D names are those of later BrainPy versions, the manual
 * lists none). Several types of different dimensions share a name ({@code "saddle node"} in
 * 1-D, 2-D and 3-D; {@code "stable node"} in 2-D and 3-D): {@link #label()} is the name,
 * {@link #dimension()} tells them apart. {@link #toString()} is the label.
 */
public enum StabilityType {
  /** 1-D: {@code f' = 0}; 2-D: {@code det J < 0}; 3-D: two negative real eigenvalues, one positive. */
  SADDLE_NODE("saddle node", 0, false),
  /** 1-D: {@code f' < 0}. */
  STABLE_POINT_1D("stable point", 1, true),
  /** 1-D: {@code f' > 0}. */
  UNSTABLE_POINT_1D("unstable point", 1, false),
  /** 2-D: {@code det > 0}, {@code trace = 0}: purely imaginary eigenvalues. */
  CENTER_2D("center", 2, false),
  /** 2-D: real negative distinct eigenvalues. */
  STABLE_NODE_2D("stable node", 2, true),
  /** 2-D: complex eigenvalues with negative real part. */
  STABLE_FOCUS_2D("stable focus", 2, true),
  /** 2-D: {@code J = lambda I} with {@code lambda < 0}: every direction an eigenvector. */
  STABLE_STAR_2D("stable star", 2, true),
  /** 2-D: {@code det = 0}, {@code trace <= 0}: a zero eigenvalue, the other not positive. */
  CENTER_MANIFOLD("center manifold", 2, false),
  /** 2-D: real positive distinct eigenvalues. */
  UNSTABLE_NODE_2D("unstable node", 2, false),
  /** 2-D: complex eigenvalues with positive real part. */
  UNSTABLE_FOCUS_2D("unstable focus", 2, false),
  /** 2-D: {@code J = lambda I} with {@code lambda > 0}. */
  UNSTABLE_STAR_2D("unstable star", 2, false),
  /** 2-D: {@code det = 0}, {@code trace > 0}: a zero eigenvalue, the other positive. */
  UNSTABLE_LINE_2D("unstable line", 2, false),
  /** 2-D: a double negative eigenvalue with one eigenvector (a Jordan block). */
  STABLE_DEGENERATE_2D("stable degenerate", 2, true),
  /** 2-D: a double positive eigenvalue with one eigenvector. */
  UNSTABLE_DEGENERATE_2D("unstable degenerate", 2, false),
  /** 3-D: all real parts negative, with a repeated eigenvalue lacking eigenvectors. */
  STABLE_POINT_3D("unclassified stable point", 3, true),
  /**
   * 3-D: unstable, not covered by the other names (a positive real eigenvalue with an unstable
   * complex pair, a zero real eigenvalue with an unstable pair, or all real parts positive with a
   * repeated eigenvalue lacking eigenvectors).
   */
  UNSTABLE_POINT_3D("unclassified unstable point", 3, false),
  /** 3-D: three negative real eigenvalues. */
  STABLE_NODE_3D("stable node", 3, true),
  /** 3-D: one negative and two positive real eigenvalues. */
  UNSTABLE_SADDLE_3D("unstable saddle", 3, false),
  /** 3-D: three positive real eigenvalues. */
  UNSTABLE_NODE_3D("unstable node", 3, false),
  /** 3-D: a negative real eigenvalue and a complex pair with negative real part. */
  STABLE_FOCUS_3D("stable focus", 3, true),
  /** 3-D: a real eigenvalue and a complex pair whose real parts have opposite signs. */
  UNSTABLE_FOCUS_3D("unstable focus", 3, false),
  /** 3-D: a positive real eigenvalue and a purely imaginary pair. */
  UNSTABLE_CENTER_3D("unstable center", 3, false),
  /** 3-D: a zero real part that linearisation cannot decide. */
  UNKNOWN_3D("unknown 3d", 3, false);

  private final String label;
  private final int dimension;
  private final boolean stable;

  StabilityType(String label, int dimension, boolean stable) {
    this.label = label;
    this.dimension = dimension;
    this.stable = stable;
  }

  /** BrainPy's name, e.g. {@code "unstable node"}. */
  public String label() {
    return label;
  }

  /** The system dimension the type belongs to (1, 2 or 3); 0 for {@link #SADDLE_NODE}, used in all. */
  public int dimension() {
    return dimension;
  }

  /**
   * Whether the fixed point is asymptotically stable: every eigenvalue has a negative real part.
   * Centers and other types with zero real parts are not.
   */
  public boolean isStable() {
    return stable;
  }

  @Override
  public String toString() {
    return label;
  }
}
