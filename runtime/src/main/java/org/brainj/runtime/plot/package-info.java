/** Pictures of results with XChart: line plots, raster plots, population rates; PNG and SVG. */
package org.brainj.runtime.plot;
