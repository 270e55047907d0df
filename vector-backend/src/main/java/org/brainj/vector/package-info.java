/**
 * Execution on the CPU with the JDK Vector API ({@code jdk.incubator.vector}): the
 * {@link org.brainj.vector.VectorBackend} runs each neuron group's steps with the Vector API
 * kernels the processor generated for its model ({@code <Model>GroupVector}), optionally split
 * over a fixed pool of worker threads. Groups without kernels, synapses, inputs and monitors run
 * as on the scalar backend.
 */
package org.brainj.vector;
