/**
 * Execution through OpenCL (JOCL): device selection, buffers, kernel build and launch, spike
 * propagation on the device. Not implemented yet: the issue "OpenCL backend" fills this module.
 * Until then every network runs on the scalar backend of {@code brainj-runtime}.
 */
package org.brainj.opencl;
