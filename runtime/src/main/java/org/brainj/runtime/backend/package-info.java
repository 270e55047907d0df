/**
 * Who steps the network: the {@link org.brainj.runtime.backend.Executor} interface, the resolved
 * schedule it runs ({@link org.brainj.runtime.backend.RunPlan}) and the plain-Java {@link
 * org.brainj.runtime.backend.ScalarExecutor}.
 */
package org.brainj.runtime.backend;
