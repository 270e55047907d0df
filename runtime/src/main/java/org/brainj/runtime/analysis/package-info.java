/**
 * Neurodynamics analysis of low-dimensional systems, BrainPy's {@code brainpy.analysis} (manual
 * chapters 4 and 14): {@link org.brainj.runtime.analysis.PhasePlane} (nullclines, vector field,
 * fixed points, trajectories, limit cycles), {@link org.brainj.runtime.analysis.Bifurcation}
 * (co-dimension 1 and 2, Hopf and saddle-node points located precisely) and
 * {@link org.brainj.runtime.analysis.FastSlowBifurcation} (Rinzel's fast-slow analysis). Each tool
 * returns its results as data and draws them on {@link org.brainj.runtime.analysis.plot.AnalysisFigure}s
 * saved as PNG or SVG.
 *
 * <p>The tools analyse any {@link org.brainj.runtime.ode.VectorField}: the {@code <Model>System}
 * classes generated from {@code @OdeSystem} models (with exact Jacobians), or lambdas
 * ({@link org.brainj.runtime.analysis.LambdaSystem} with named parameters and an optional exact
 * Jacobian, or {@link org.brainj.runtime.ode.VectorField#of}; finite differences otherwise).
 * Sub-packages: {@code stability} (the fixed point types), {@code fixedpoint} (the search),
 * {@code plot} (the figures).
 */
package org.brainj.runtime.analysis;
