/**
 * Classification of fixed points from their Jacobian with BrainPy's type names:
 * {@link org.brainj.runtime.analysis.stability.Stability} ({@code get_1d_stability_types},
 * {@code get_2d_stability_types}, {@code get_3d_stability_types}, {@code stability_analysis}) and
 * {@link org.brainj.runtime.analysis.stability.StabilityType}.
 */
package org.brainj.runtime.analysis.stability;
