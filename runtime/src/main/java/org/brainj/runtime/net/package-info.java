/**
 * Networks and running them: {@link org.brainj.runtime.net.Network} holds the groups, their
 * running order (the schedule, manual chapter 7) and the time; {@link
 * org.brainj.runtime.net.Runner} configures inputs, monitors and reporting and runs; each run
 * returns a {@link org.brainj.runtime.net.RunResult}.
 */
package org.brainj.runtime.net;
