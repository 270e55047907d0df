package org.brainj.runtime.backend;

/**
 * Advances a network through the steps of a run. The runner, the inputs and the monitors do not
 * know which executor is in use; a backend only decides how the schedule's entries are run.
 *
 * <p>Contract: for each step {@code i} in {@code [from, to)}, in increasing order, set
 * {@code plan.clock()} to {@code (plan.time(i), plan.globalStep(i))} and run every entry of the
 * plan in order: {@link ScheduleEntry.Kind#STEP} entries through
 * {@code group.executeStep(stepId, clock)} (or an equivalent computation), the others through
 * their {@link StepAction} with {@code (i, plan.time(i))}. When an entry fails, throw a
 * {@link SimulationException} naming the entry and step.
 */
public interface Executor extends AutoCloseable {

  /** Runs steps {@code [from, to)} of the plan's run. */
  void execute(RunPlan plan, int from, int to);

  /** Releases what the executor holds (threads, device buffers); the scalar executor holds nothing. */
  @Override
  default void close() {}
}
