/**
 * Pictures of results with XChart, headless: line plots, raster plots, population rates, bar
 * charts, figures of several panels, projections of 3-D trajectories (PNG or SVG) and animations
 * of one-dimensional variables (GIF). Start from {@link org.brainj.runtime.plot.Plots}.
 */
package org.brainj.runtime.plot;
