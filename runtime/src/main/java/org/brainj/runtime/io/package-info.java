/**
 * Data export for Python and R: NumPy {@code .npy} files ({@link org.brainj.runtime.io.Npy},
 * {@link org.brainj.runtime.io.NpyArray}), {@code .npz} archives ({@link
 * org.brainj.runtime.io.Npz}, {@link org.brainj.runtime.io.NpzWriter}), {@code .npy} files that
 * grow row by row ({@link org.brainj.runtime.io.NpyAppender}, used by monitors streaming to
 * disk), CSV ({@link org.brainj.runtime.io.CsvWriter}), and {@link org.brainj.runtime.io.Export},
 * which saves traces, spike records, whole runs and connectivity in these formats.
 */
package org.brainj.runtime.io;
