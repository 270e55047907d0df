/**
 * Execution through OpenCL (JOCL): {@link org.brainj.opencl.OpenClBackend} runs each neuron
 * group's steps with the OpenCL C kernels the processor generated for its model
 * ({@code <Model>Group.cl}), on a GPU or on a CPU device such as PoCL, and the spike delivery of
 * the synapse groups whose model only adds to postsynaptic variables with their generated
 * kernels ({@code <Model>Synapses.cl}) from a spike list compacted on the device. Inputs, the
 * other synapses and monitors run on the host; the groups' state stays on the device between
 * kernels and only what the host entries touch is copied (see {@code docs/opencl-backend.md}).
 */
package org.brainj.opencl;
