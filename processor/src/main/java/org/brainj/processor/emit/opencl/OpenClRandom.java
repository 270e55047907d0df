package org.brainj.processor.emit.opencl;

/**
 * The counter-based generator of {@code org.brainj.runtime.random.CounterRng} (Philox4x32-10) in
 * OpenCL C, copied into the kernel source of every model that draws random numbers. A draw is a
 * pure function of (seed; stream, step, element), so a kernel's work-item computes exactly the
 * number the scalar loop draws for its neuron: {@code brainj_uniform} gives the same bits;
 * {@code brainj_normal} is the same Box-Muller formula on the same bits, but goes through the
 * device's {@code log} and {@code cos}, which OpenCL allows a few ulp of error (Java's
 * {@code Math.log}/{@code Math.cos} 1 ulp), so it may differ from {@code CounterRng.normal} in the
 * last bits.
 */
public final class OpenClRandom {
  private OpenClRandom() {}

  /** The functions' names: no model name may be one (see {@link OpenClSupport#C_NAMES}). */
  static final String PHILOX = "brainj_philox";
  static final String UNIFORM = "brainj_uniform";
  static final String NORMAL = "brainj_normal";

  /** The OpenCL C functions {@code brainj_philox}, {@code brainj_uniform}, {@code brainj_normal}. */
  public static final String SOURCE = """
      // Philox4x32-10 (Salmon et al., SC'11), as org.brainj.runtime.random.CounterRng: the four
      // output words packed as (word0 << 32 | word1, word2 << 32 | word3)
      ulong2 brainj_philox(const ulong key, uint c0, uint c1, uint c2, uint c3) {
        uint k0 = (uint) key;
        uint k1 = (uint) (key >> 32);
        for (int round = 0; round < 10; round++) {
          const uint hi0 = mul_hi(0xD2511F53u, c0);
          const uint lo0 = 0xD2511F53u * c0;
          const uint hi1 = mul_hi(0xCD9E8D57u, c2);
          const uint lo1 = 0xCD9E8D57u * c2;
          const uint n0 = hi1 ^ c1 ^ k0;
          const uint n2 = hi0 ^ c3 ^ k1;
          c0 = n0;
          c1 = lo1;
          c2 = n2;
          c3 = lo0;
          k0 += 0x9E3779B9u;
          k1 += 0xBB67AE85u;
        }
        return (ulong2) (((ulong) c0 << 32) | c1, ((ulong) c2 << 32) | c3);
      }

      // CounterRng.uniform: 53 random bits of the first two words, in [0, 1); exact
      double brainj_uniform(const long seed, const int stream, const long step, const int element) {
        const ulong2 b = brainj_philox((ulong) seed, (uint) stream, (uint) ((ulong) step >> 32),
            (uint) step, (uint) element);
        return (double) (b.x >> 11) * 0x1.0p-53;
      }

      // CounterRng.normal: Box-Muller on the block's two 53-bit halves
      double brainj_normal(const long seed, const int stream, const long step, const int element) {
        const ulong2 b = brainj_philox((ulong) seed, (uint) stream, (uint) ((ulong) step >> 32),
            (uint) step, (uint) element);
        const double u1 = (double) ((b.x >> 11) + 1) * 0x1.0p-53;
        const double u2 = (double) (b.y >> 11) * 0x1.0p-53;
        return sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
      }
      """;
}
