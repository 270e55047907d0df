/**
 * Synaptic connectivity (manual chapters 5, 6.2-6.3 and 16): connectors that build a {@link
 * org.brainj.runtime.connect.Connectivity} (one compact CSR form, from which {@code conn_mat},
 * {@code pre_ids}, {@code post_ids}, {@code pre2post}, {@code post2pre}, {@code pre2syn}, {@code
 * post2syn}, {@code pre_slice} and {@code post_slice} are derived on request), the {@link
 * org.brainj.runtime.connect.Connect} factory of the built-in connectors, and BrainPy's formatter
 * functions in {@link org.brainj.runtime.connect.Formats}. See {@code docs/connectivity.md}.
 */
package org.brainj.runtime.connect;
