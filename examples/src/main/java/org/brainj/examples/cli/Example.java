package org.brainj.examples.cli;

/** A runnable example: a manual tutorial reproduced with BrainJ. */
public interface Example {
  /** The name used on the command line ({@code ./brainj run <name>}). */
  String name();

  /** One line: what it shows, and which chapter of the BrainPy manual it follows. */
  String description();

  /** Runs the example, writing plots and {@code summary.txt} into the context's directory. */
  void run(ExampleContext context) throws Exception;

  /**
   * Whether the example runs its network on {@link ExampleContext#backend()} in
   * {@link ExampleContext#precision()} ({@code --backend}, {@code --precision}); the others
   * refuse those options.
   */
  default boolean takesBackend() {
    return false;
  }
}
