package org.brainj.opencl;

/** There is no OpenCL library, platform or device to run on; the message says what to install. */
public final class OpenClUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OpenClUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
