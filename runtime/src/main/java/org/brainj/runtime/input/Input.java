package org.brainj.runtime.input;

import java.util.Objects;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.group.StateVar;

/**
 * One configured input: each step, {@code target op= value} for the target's neurons (manual
 * 3.1.1). Created through the runner ({@code runner.input(E.input(), 20.0)}), which validates it.
 */
public final class Input {
  private final StateVar target;
  private final InputOp op;
  private final InputValue value;

  private Input(StateVar target, InputOp op, InputValue value) {
    this.target = target;
    this.op = op;
    this.value = value;
  }

  /**
   * A validated input: the target must be a {@code double} or {@code float} variable, per-neuron
   * values must have one value per neuron.
   */
  public static Input of(StateVar target, InputOp op, InputValue value) {
    Objects.requireNonNull(target, "input target");
    Objects.requireNonNull(op, "input operation");
    Objects.requireNonNull(value, "input value");
    String where = label(target);
    if (target.type() != VarType.DOUBLE && target.type() != VarType.FLOAT) {
      throw new IllegalArgumentException(
          where + ": variable '" + target.name() + "' of group '" + target.group().name()
              + "' is " + target.type() + "; inputs need a double or float variable");
    }
    int n = target.size();
    if (value instanceof InputValue.PerNeuron p && p.values().length != n) {
      throw new IllegalArgumentException(
          where + ": per-neuron input has " + p.values().length + " values but group '"
              + target.group().name() + "' has " + n + " neurons");
    }
    if (value instanceof InputValue.PerStepAndNeuron m) {
      checkRows(target, m.values(), m.values().length);
    }
    return new Input(target, op, value);
  }

  private static String label(StateVar target) {
    return "input to '" + target.group().name() + "." + target.name() + "'";
  }

  private static void checkRows(StateVar target, double[][] rows, int upTo) {
    int n = target.size();
    for (int k = 0; k < upTo; k++) {
      if (rows[k] == null || rows[k].length != n) {
        throw new IllegalArgumentException(
            label(target) + ": row " + k + " of the per-step-and-neuron input has "
                + (rows[k] == null ? "no array" : rows[k].length + " values") + " but group '"
                + target.group().name() + "' has " + n + " neurons");
      }
    }
  }

  /**
   * Checks, before a run of {@code nSteps} steps starts, that time series cover the run. The
   * message names the target and both lengths.
   */
  public void checkCovers(int nSteps) {
    int length = -1;
    if (value instanceof InputValue.PerStep s) {
      length = s.series().length;
    } else if (value instanceof Current c) {
      length = c.length();
    } else if (value instanceof InputValue.PerStepAndNeuron m) {
      length = m.values().length;
    }
    if (length >= 0 && length < nSteps) {
      throw new IllegalArgumentException(
          label(target) + ": the time series has " + length + " steps but the run has " + nSteps
              + " steps; give at least " + nSteps + " values (one per step of the run)");
    }
    if (value instanceof InputValue.PerStepAndNeuron m) {
      // rows may have been replaced since configuration: check the ones this run reads
      checkRows(target, m.values(), nSteps);
    }
  }

  /**
   * Checks, before a run with time step {@code dt} starts, that a {@link Current} was sampled with
   * that dt: its samples are fed one per step, so another dt would stretch or squeeze it in time.
   */
  public void checkTimeStep(double dt) {
    if (value instanceof Current c && !Steps.sameDt(c.dt(), dt)) {
      throw new IllegalArgumentException(
          label(target) + ": the current was sampled with dt = " + c.dt() + " ms but the run uses"
              + " dt = " + dt + " ms; make the current with the run's dt (e.g."
              + " Inputs.periodInput(values, durations, " + dt + "))");
    }
  }

  public StateVar target() {
    return target;
  }

  public InputOp op() {
    return op;
  }

  public InputValue value() {
    return value;
  }

  @Override
  public String toString() {
    return target.group().name() + "." + target.name() + " " + op.symbol()
        + (op == InputOp.SET ? " " : "= ") + value.describe();
  }
}
