package org.brainj.runtime.io;

import java.io.IOException;

/** A file that is not a valid or supported {@code .npy} file; the message names the file. */
final class NpyFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  NpyFormatException(String message) {
    super(message);
  }

  /** The message for a failed read of {@code what}: format errors already name it. */
  static String describe(String what, IOException e) {
    return e instanceof NpyFormatException ? e.getMessage() : "could not read " + what + ": " + e;
  }
}
