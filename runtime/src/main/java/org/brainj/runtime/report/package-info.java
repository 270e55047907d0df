/** Progress reporting during a run, printed like BrainPy or sent to a listener. */
package org.brainj.runtime.report;
