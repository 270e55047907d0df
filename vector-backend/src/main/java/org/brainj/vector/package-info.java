/**
 * Execution on the CPU with the JDK Vector API ({@code jdk.incubator.vector}). Not implemented
 * yet: the issue "Vector API backend and performance" fills this module with the SIMD helpers the
 * generated vector kernels call and the multi-threaded step executor. Until then every network
 * runs on the scalar backend of {@code brainj-runtime}.
 */
package org.brainj.vector;
