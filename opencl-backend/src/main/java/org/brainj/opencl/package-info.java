/**
 * Execution through OpenCL (JOCL): {@link org.brainj.opencl.OpenClBackend} runs each neuron
 * group's steps with the OpenCL C kernels the processor generated for its model
 * ({@code <Model>Group.cl}), on a GPU or on a CPU device such as PoCL. Inputs, synapses and
 * monitors run on the host; the group's state is copied to and from the device around each
 * kernel (see {@code docs/opencl-backend.md}).
 */
package org.brainj.opencl;
