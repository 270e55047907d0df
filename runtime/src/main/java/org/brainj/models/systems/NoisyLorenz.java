package org.brainj.models.systems;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Diffusion;
import org.brainj.annotations.Methods;
import org.brainj.annotations.OdeSystem;
import org.brainj.annotations.Param;
import org.brainj.annotations.Var;

/**
 * The noisy Lorenz system of manual 2.2.3 ({@code bp.sdeint(f=lorenz_f, g=lorenz_g,
 * sde_type=bp.ITO_SDE, wiener_type=bp.SCALAR_WIENER, dt=0.005)}), an Ito SDE driven by one
 * (scalar) Wiener process with multiplicative noise; the processor generates
 * {@code NoisyLorenzSystem}.
 *
 * <pre>
 *   dx = sigma (y - x) dt    + p x dW
 *   dy = (x (rho - z) - y) dt + p y dW
 *   dz = (x y - beta z) dt   + p z dW
 * </pre>
 *
 * <p>Defaults are the manual's: {@code sigma = 10}, {@code beta = 8/3}, {@code rho = 28},
 * {@code p = 0.1}, the start {@code x = y = z = 1}, Euler-Maruyama (sdeint's default method); the
 * manual runs it with {@code dt = 0.005} to {@code t = 50}. Seed the system
 * ({@code NoisyLorenzSystem.create().seed(s)}) for a reproducible path.
 */
@OdeSystem
public class NoisyLorenz {
  @Param("Prandtl number")
  double sigma = 10;

  @Param("geometric factor")
  double beta = 8.0 / 3;

  @Param("Rayleigh number")
  double rho = 28;

  @Param("noise strength (relative to each coordinate)")
  double p = 0.1;

  @Var("convection rate")
  double x = 1;

  @Var("horizontal temperature difference")
  double y = 1;

  @Var("vertical temperature difference")
  double z = 1;

  @Derivative(method = Methods.EULER, sdeIntegral = Methods.ITO,
      wienerType = Methods.SCALAR_WIENER)
  double dx() {
    return sigma * (y - x);
  }

  @Diffusion
  double gx() {
    return p * x;
  }

  @Derivative(method = Methods.EULER, sdeIntegral = Methods.ITO,
      wienerType = Methods.SCALAR_WIENER)
  double dy() {
    return x * (rho - z) - y;
  }

  @Diffusion
  double gy() {
    return p * y;
  }

  @Derivative(method = Methods.EULER, sdeIntegral = Methods.ITO,
      wienerType = Methods.SCALAR_WIENER)
  double dz() {
    return x * y - beta * z;
  }

  @Diffusion
  double gz() {
    return p * z;
  }
}
