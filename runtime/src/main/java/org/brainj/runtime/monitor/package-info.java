/**
 * Monitors (manual chapter 8): variable monitors over all or selected {@link
 * org.brainj.runtime.monitor.Indices}, every step or every period, recorded into a {@link
 * org.brainj.runtime.monitor.Trace}; sparse spike monitors recorded into a {@link
 * org.brainj.runtime.monitor.SpikeRecord}.
 */
package org.brainj.runtime.monitor;
