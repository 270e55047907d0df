package org.brainj.runtime.input;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Population;

/**
 * The inputs of one group, prepared for one run: applied at the group's {@code input} schedule
 * entry, in the order they were added. The kind of value and the operation are settled here so the
 * per-step work is a plain loop over the target array.
 */
public final class GroupInputs {
  private final Population group;
  private final Bound[] bound;

  private GroupInputs(Population group, Bound[] bound) {
    this.group = group;
    this.bound = bound;
  }

  /**
   * Prepares {@code inputs} (all targeting {@code group}) for a run of {@code nSteps} steps of
   * {@code dt} ms; throws before anything runs if a time series is too short or a
   * {@link Current} was sampled with another dt.
   */
  public static GroupInputs prepare(Population group, List<Input> inputs, int nSteps, double dt) {
    Bound[] b = new Bound[inputs.size()];
    for (int k = 0; k < b.length; k++) {
      Input in = inputs.get(k);
      if (in.target().group() != group) {
        throw new IllegalArgumentException(
            "input " + in + " targets group '" + in.target().group().name() + "', not '"
                + group.name() + "'");
      }
      in.checkCovers(nSteps);
      in.checkTimeStep(dt);
      b[k] = new Bound(in);
    }
    return new GroupInputs(group, b);
  }

  public Population group() {
    return group;
  }

  public boolean isEmpty() {
    return bound.length == 0;
  }

  /** Applies every input for step {@code stepInRun} (time {@code t}). */
  public void apply(int stepInRun, double t) {
    for (Bound b : bound) {
      try {
        b.apply(stepInRun, t);
      } catch (RuntimeException e) {
        throw new IllegalStateException("input " + b.source + " failed: " + e.getMessage(), e);
      }
    }
  }

  /** One input with its target array and value unpacked. */
  private static final class Bound {
    private static final int CONSTANT = 0;
    private static final int PER_NEURON = 1;
    private static final int PER_STEP = 2;
    private static final int PER_STEP_AND_NEURON = 3;
    private static final int OF_TIME = 4;
    private static final int OF_TIME_AND_NEURON = 5;

    final Input source;
    final InputOp op;
    final double[] d;
    final float[] f;
    final int kind;
    final double constant;
    final double[] array;
    final double[][] matrix;
    final DoubleUnaryOperator ofTime;
    final TimeNeuronFunction ofTimeAndNeuron;

    Bound(Input in) {
      this.source = in;
      this.op = in.op();
      Object a = in.target().array();
      this.d = in.target().type() == VarType.DOUBLE ? (double[]) a : null;
      this.f = in.target().type() == VarType.FLOAT ? (float[]) a : null;
      InputValue v = in.value();
      double c = 0;
      double[] arr = null;
      double[][] mat = null;
      DoubleUnaryOperator ft = null;
      TimeNeuronFunction fti = null;
      int k;
      if (v instanceof InputValue.Constant x) {
        k = CONSTANT;
        c = x.value();
      } else if (v instanceof InputValue.PerNeuron x) {
        k = PER_NEURON;
        arr = x.values();
      } else if (v instanceof InputValue.PerStep x) {
        k = PER_STEP;
        arr = x.series();
      } else if (v instanceof Current x) {
        k = PER_STEP;
        arr = x.series();
      } else if (v instanceof InputValue.PerStepAndNeuron x) {
        k = PER_STEP_AND_NEURON;
        mat = x.values();
      } else if (v instanceof InputValue.OfTime x) {
        k = OF_TIME;
        ft = x.f();
      } else {
        k = OF_TIME_AND_NEURON;
        fti = ((InputValue.OfTimeAndNeuron) v).f();
      }
      this.kind = k;
      this.constant = c;
      this.array = arr;
      this.matrix = mat;
      this.ofTime = ft;
      this.ofTimeAndNeuron = fti;
    }

    void apply(int i, double t) {
      switch (kind) {
        case CONSTANT -> scalar(constant);
        case PER_NEURON -> array(array);
        case PER_STEP -> scalar(array[i]);
        case PER_STEP_AND_NEURON -> array(matrix[i]);
        case OF_TIME -> scalar(ofTime.applyAsDouble(t));
        default -> function(t);
      }
    }

    private void scalar(double v) {
      if (d != null) {
        scalar(op, d, v);
      } else {
        scalar(op, f, v);
      }
    }

    private void array(double[] src) {
      if (d != null) {
        array(op, d, src);
      } else {
        array(op, f, src);
      }
    }

    private void function(double t) {
      TimeNeuronFunction fn = ofTimeAndNeuron;
      if (d != null) {
        double[] a = d;
        for (int k = 0; k < a.length; k++) {
          a[k] = combine(op, a[k], fn.apply(t, k));
        }
      } else {
        float[] a = f;
        for (int k = 0; k < a.length; k++) {
          a[k] = (float) combine(op, a[k], fn.apply(t, k));
        }
      }
    }

    private static double combine(InputOp op, double a, double v) {
      return switch (op) {
        case ADD -> a + v;
        case SUB -> a - v;
        case MUL -> a * v;
        case DIV -> a / v;
        case SET -> v;
      };
    }

    // one loop per operation: the switch stays outside the loop so each loop is a simple kernel;
    // float targets compute in double and round once, as Java's compound assignment would

    private static void scalar(InputOp op, double[] a, double v) {
      switch (op) {
        case ADD -> {
          for (int k = 0; k < a.length; k++) {
            a[k] += v;
          }
        }
        case SUB -> {
          for (int k = 0; k < a.length; k++) {
            a[k] -= v;
          }
        }
        case MUL -> {
          for (int k = 0; k < a.length; k++) {
            a[k] *= v;
          }
        }
        case DIV -> {
          for (int k = 0; k < a.length; k++) {
            a[k] /= v;
          }
        }
        case SET -> Arrays.fill(a, v);
      }
    }

    private static void scalar(InputOp op, float[] a, double v) {
      switch (op) {
        case ADD -> {
          for (int k = 0; k < a.length; k++) {
            a[k] = (float) (a[k] + v);
          }
        }
        case SUB -> {
          for (int k = 0; k < a.length; k++) {
            a[k] = (float) (a[k] - v);
          }
        }
        case MUL -> {
          for (int k = 0; k < a.length; k++) {
            a[k] = (float) (a[k] * v);
          }
        }
        case DIV -> {
          for (int k = 0; k < a.length; k++) {
            a[k] = (float) (a[k] / v);
          }
        }
        case SET -> Arrays.fill(a, (float) v);
      }
    }

    private static void array(InputOp op, double[] a, double[] s) {
      switch (op) {
        case ADD -> {
          for (int k = 0; k < a.length; k++) {
            a[k] += s[k];
          }
        }
        case SUB -> {
          for (int k = 0; k < a.length; k++) {
            a[k] -= s[k];
          }
        }
        case MUL -> {
          for (int k = 0; k < a.length; k++) {
            a[k] *= s[k];
          }
        }
        case DIV -> {
          for (int k = 0; k < a.length; k++) {
            a[k] /= s[k];
          }
        }
        case SET -> System.arraycopy(s, 0, a, 0, a.length);
      }
    }

    private static void array(InputOp op, float[] a, double[] s) {
      switch (op) {
        case ADD -> {
          for (int k = 0; k < a.length; k++) {
            a[k] = (float) (a[k] + s[k]);
          }
        }
        case SUB -> {
          for (int k = 0; k < a.length; k++) {
            a[k] = (float) (a[k] - s[k]);
          }
        }
        case MUL -> {
          for (int k = 0; k < a.length; k++) {
            a[k] = (float) (a[k] * s[k]);
          }
        }
        case DIV -> {
          for (int k = 0; k < a.length; k++) {
            a[k] = (float) (a[k] / s[k]);
          }
        }
        case SET -> {
          for (int k = 0; k < a.length; k++) {
            a[k] = (float) s[k];
          }
        }
      }
    }
  }
}
