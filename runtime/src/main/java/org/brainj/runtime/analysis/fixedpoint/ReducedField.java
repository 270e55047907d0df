package org.brainj.runtime.analysis.fixedpoint;

/**
 * A vector field of a few variables (the analysed variables of a system, the others held) as the
 * fixed-point finder sees it: autonomous, evaluated at time 0.
 */
public interface ReducedField {
  /** The number of variables (1 or 2 for the finder). */
  int dimension();

  /** Writes {@code f(x)} into {@code out}. */
  void eval(double[] x, double[] out);

  /** Writes the Jacobian {@code out[i][j] = d f_i / d x_j} at {@code x}. */
  void jacobian(double[] x, double[][] out);
}
