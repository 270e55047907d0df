package org.brainj.runtime.input;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * What an input feeds its target each step. Arrays are used as given, not copied: changing one
 * between runs changes what the next run sees.
 *
 * <pre>{@code
 * InputValue.constant(20.0)                      // every neuron, every step
 * InputValue.perNeuron(iext)                     // iext[i] for neuron i (length = group size)
 * InputValue.perStep(series)                     // series[k] at step k of the run
 * InputValue.perStepAndNeuron(matrix)            // matrix[k][i]
 * InputValue.ofTime(t -> t < 50 ? 10 : 0)        // a function of t (ms)
 * InputValue.ofTimeAndNeuron((t, i) -> i * 0.1)  // a function of t and the neuron index
 * Inputs.periodInput(values, durations, dt)      // a Current: a series with its dt
 * }</pre>
 *
 * <p>Time series are indexed by the step's index within the current run (step 0 is the run's
 * first step), as BrainPy does; a series shorter than the run is an error before the run starts.
 */
public sealed interface InputValue
    permits InputValue.Constant,
        InputValue.PerNeuron,
        InputValue.PerStep,
        InputValue.PerStepAndNeuron,
        InputValue.OfTime,
        InputValue.OfTimeAndNeuron,
        Current {

  /** A short description for messages, e.g. {@code "20.0"} or {@code "series of 1000 steps"}. */
  String describe();

  /** The same value for every neuron and step. */
  static InputValue constant(double value) {
    return new Constant(value);
  }

  /** {@code values[i]} for neuron {@code i}, every step; the length must equal the group's size. */
  static InputValue perNeuron(double... values) {
    return new PerNeuron(values);
  }

  /** {@code series[k]} for every neuron at step {@code k} of the run. */
  static InputValue perStep(double[] series) {
    return new PerStep(series);
  }

  /** {@code values[k][i]} for neuron {@code i} at step {@code k} of the run. */
  static InputValue perStepAndNeuron(double[][] values) {
    return new PerStepAndNeuron(values);
  }

  /** {@code f(t)} for every neuron, with {@code t} the step's time in ms. */
  static InputValue ofTime(DoubleUnaryOperator f) {
    return new OfTime(f);
  }

  /** {@code f(t, i)} for neuron {@code i}, with {@code t} the step's time in ms. */
  static InputValue ofTimeAndNeuron(TimeNeuronFunction f) {
    return new OfTimeAndNeuron(f);
  }

  /** See {@link InputValue#constant}. */
  record Constant(double value) implements InputValue {
    @Override
    public String describe() {
      return Double.toString(value);
    }
  }

  /** See {@link InputValue#perNeuron}. */
  record PerNeuron(double[] values) implements InputValue {
    public PerNeuron {
      Objects.requireNonNull(values, "per-neuron input values");
    }

    @Override
    public String describe() {
      return "per-neuron array of " + values.length;
    }
  }

  /** See {@link InputValue#perStep}. */
  record PerStep(double[] series) implements InputValue {
    public PerStep {
      Objects.requireNonNull(series, "per-step input series");
    }

    @Override
    public String describe() {
      return "series of " + series.length + " steps";
    }
  }

  /** See {@link InputValue#perStepAndNeuron}. */
  record PerStepAndNeuron(double[][] values) implements InputValue {
    public PerStepAndNeuron {
      Objects.requireNonNull(values, "per-step-and-neuron input values");
    }

    @Override
    public String describe() {
      return "series of " + values.length + " steps x neurons";
    }
  }

  /** See {@link InputValue#ofTime}. */
  record OfTime(DoubleUnaryOperator f) implements InputValue {
    public OfTime {
      Objects.requireNonNull(f, "input function");
    }

    @Override
    public String describe() {
      return "function of t";
    }
  }

  /** See {@link InputValue#ofTimeAndNeuron}. */
  record OfTimeAndNeuron(TimeNeuronFunction f) implements InputValue {
    public OfTimeAndNeuron {
      Objects.requireNonNull(f, "input function");
    }

    @Override
    public String describe() {
      return "function of (t, i)";
    }
  }
}
