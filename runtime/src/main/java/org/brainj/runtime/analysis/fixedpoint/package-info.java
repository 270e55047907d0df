/**
 * Finding every fixed point of a 1-D or 2-D field in a box: sampling on a grid, bracketing (sign
 * changes, cells both nullclines cross), Newton's method with the Jacobian, a singular refinement
 * for tangencies, and de-duplication ({@link org.brainj.runtime.analysis.fixedpoint.FixedPointFinder}).
 */
package org.brainj.runtime.analysis.fixedpoint;
