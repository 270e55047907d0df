package org.brainj.runtime.backend;

import java.util.Map;

/** Makes a {@link Backend} known by name; registered as a {@code java.util.ServiceLoader} service. */
public interface BackendProvider {
  String name();

  /** The backend with the given options (e.g. {@code threads=2}); unknown options are errors. */
  Backend create(Map<String, String> options);
}
