package org.brainj.runtime.backend;

/** Which executor steps the network. Other backends (Vector API, OpenCL) live in their own modules. */
public enum Backend {
  /** Plain Java on the calling thread: the reference every other backend is compared with. */
  SCALAR {
    @Override
    public Executor newExecutor() {
      return new ScalarExecutor();
    }
  };

  /** A fresh executor for this backend. */
  public abstract Executor newExecutor();
}
