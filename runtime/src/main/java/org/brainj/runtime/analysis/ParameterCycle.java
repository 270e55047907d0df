package org.brainj.runtime.analysis;

/**
 * A limit cycle found by simulation at one point of a bifurcation scan.
 *
 * @param parameters the scanned parameters' values
 * @param cycle the cycle
 */
public record ParameterCycle(double[] parameters, LimitCycle cycle) {
  public ParameterCycle {
    parameters = parameters.clone();
  }
}
