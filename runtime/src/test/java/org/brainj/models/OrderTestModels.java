package org.brainj.models;

import static org.brainj.annotations.Dsl.integrate;
import static org.brainj.annotations.Dsl.integrateEach;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Methods;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * Test-only models for the convergence-order tests, compiled by the BrainJ processor from the test
 * sources: one model per explicit Runge-Kutta method, all integrating
 *
 * <pre>
 *   dy/dt = -2 t y^2,   y(0) = 1,   exact solution y(t) = 1 / (1 + t^2)
 * </pre>
 *
 * (non-autonomous, so the stage times {@code c_i} matter, and nonlinear in {@code y}, so every
 * order condition up to order 4 does), and a harmonic oscillator {@code x' = v, v' = -x}
 * integrated jointly and each variable on its own.
 */
final class OrderTestModels {
  private OrderTestModels() {}

  @NeuGroup
  static class OrdEuler {
    @Var double y = 1;

    @Derivative(method = Methods.EULER)
    double dy(double t) {
      return -2 * t * y * y;
    }
  }

  @NeuGroup
  static class OrdMidpoint {
    @Var double y = 1;

    @Derivative(method = Methods.MIDPOINT)
    double dy(double t) {
      return -2 * t * y * y;
    }
  }

  @NeuGroup
  static class OrdHeun2 {
    @Var double y = 1;

    @Derivative(method = Methods.HEUN2)
    double dy(double t) {
      return -2 * t * y * y;
    }
  }

  @NeuGroup
  static class OrdRalston2 {
    @Var double y = 1;

    @Derivative(method = Methods.RALSTON2)
    double dy(double t) {
      return -2 * t * y * y;
    }
  }

  @NeuGroup
  static class OrdRk2 {
    @Var double y = 1;

    @Derivative(method = Methods.RK2)
    double dy(double t) {
      return -2 * t * y * y;
    }
  }

  @NeuGroup
  static class OrdRk3 {
    @Var double y = 1;

    @Derivative(method = Methods.RK3)
    double dy(double t) {
      return -2 * t * y * y;
    }
  }

  @NeuGroup
  static class OrdHeun3 {
    @Var double y = 1;

    @Derivative(method = Methods.HEUN3)
    double dy(double t) {
      return -2 * t * y * y;
    }
  }

  @NeuGroup
  static class OrdRalston3 {
    @Var double y = 1;

    @Derivative(method = Methods.RALSTON3)
    double dy(double t) {
      return -2 * t * y * y;
    }
  }

  @NeuGroup
  static class OrdSsprk3 {
    @Var double y = 1;

    @Derivative(method = Methods.SSPRK3)
    double dy(double t) {
      return -2 * t * y * y;
    }
  }

  @NeuGroup
  static class OrdRk4 {
    @Var double y = 1;

    @Derivative(method = Methods.RK4)
    double dy(double t) {
      return -2 * t * y * y;
    }
  }

  @NeuGroup
  static class OrdRalston4 {
    @Var double y = 1;

    @Derivative(method = Methods.RALSTON4)
    double dy(double t) {
      return -2 * t * y * y;
    }
  }

  @NeuGroup
  static class OrdRk4Rule38 {
    @Var double y = 1;

    @Derivative(method = Methods.RK4_38RULE)
    double dy(double t) {
      return -2 * t * y * y;
    }
  }

  /** Harmonic oscillator, both variables advanced together: every stage sees both stage values. */
  @NeuGroup
  static class JointOscillator {
    @Var double x = 1;
    @Var double v = 0;

    @Derivative(method = Methods.RK4)
    double dx() {
      return v;
    }

    @Derivative(method = Methods.RK4)
    double dv() {
      return -x;
    }

    @Update
    void update() {
      integrate(x, v);
    }
  }

  /**
   * The same oscillator advanced each variable on its own: x's integrator sees v frozen at the start
   * of the step and vice versa, which is forward Euler for the pair (a Jacobi split).
   */
  @NeuGroup
  static class EachOscillator {
    @Var double x = 1;
    @Var double v = 0;

    @Derivative(method = Methods.RK4)
    double dx() {
      return v;
    }

    @Derivative(method = Methods.RK4)
    double dv() {
      return -x;
    }

    @Update
    void update() {
      integrateEach(x, v);
    }
  }
}
