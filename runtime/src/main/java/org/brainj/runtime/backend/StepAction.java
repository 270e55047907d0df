package org.brainj.runtime.backend;

/**
 * Work done at an {@code input} or {@code monitor} entry of the schedule: apply a group's inputs,
 * record a group's monitors. Called once per time step with the step's index within the current
 * run and its time; it must not allocate in the common case, since it runs in the step loop.
 */
@FunctionalInterface
public interface StepAction {
  void run(int stepInRun, double t);
}
