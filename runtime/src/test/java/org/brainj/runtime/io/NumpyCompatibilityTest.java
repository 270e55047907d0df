package org.brainj.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.brainj.runtime.connect.Connectivity;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.monitor.Indices;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.testmodels.LifGroup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NumPy itself opens what BrainJ writes. Python loads every {@code .npy} and {@code .npz} file
 * written here (arrays of every dtype and shape, a grown file, a whole run, a trace CSV, streamed
 * monitor files), checks that {@code numpy.save} of what it loaded gives the same bytes (NumPy
 * 1.24 or later), checks a few values it can compute itself, and saves what it loaded again;
 * BrainJ then reads NumPy's files and compares them with the originals. Skipped when {@code
 * /usr/bin/python3} has no numpy.
 */
class NumpyCompatibilityTest {
  private static final String PYTHON = "/usr/bin/python3";

  @TempDir Path dir;

  private static final String SCRIPT = """
      import io, os, sys
      import numpy as np
      d = sys.argv[1]
      out = os.path.join(d, 'numpy')
      new_numpy = tuple(int(x) for x in np.__version__.split('.')[:2]) >= (1, 24)

      def same_bytes_as_numpy(path, a):
          if new_numpy:
              b = io.BytesIO()
              np.save(b, a)
              assert open(path, 'rb').read() == b.getvalue(), path + ': not the bytes of numpy.save'

      for sub in ['', 'stream']:
          os.makedirs(os.path.join(out, sub), exist_ok=True)
          for name in sorted(os.listdir(os.path.join(d, sub))):
              p = os.path.join(d, sub, name)
              if name.endswith('.npy'):
                  a = np.load(p)
                  same_bytes_as_numpy(p, a)
                  np.save(os.path.join(out, sub, name), a)
              elif name.endswith('.npz'):
                  with np.load(p) as z:
                      os.makedirs(os.path.join(out, name[:-4]))
                      for k in z.files:
                          np.save(os.path.join(out, name[:-4], k + '.npy'), z[k])
                      print(name + '|' + '|'.join(z.files))
              elif name.endswith('.csv'):
                  np.save(os.path.join(out, name + '.npy'),
                          np.loadtxt(p, delimiter=',', skiprows=1, ndmin=2))
                  print(name + '|' + open(p).readline().strip())

      known = np.load(os.path.join(d, 'known.npy'))
      assert known.dtype == np.float64 and known.shape == (2, 3), known
      assert (known == np.arange(6).reshape(2, 3) * 0.5 - 1).all(), known
      with np.load(os.path.join(d, 'run.npz')) as r:
          assert r['E.V'].shape == (200, 5) and r['E.V'].dtype == np.float64
          assert r['E.spike'].dtype == np.bool_ and r['E.spike'].shape == (200, 5)
          assert r['E.spike'].sum() == len(r['E.spike_times']) > 0
          assert r['dt'].shape == () and float(r['dt']) == 0.1
          steps = np.searchsorted(r['ts'], r['E.spike_times'])
          assert r['E.spike'][steps, r['E.spike_indices']].all()
      with np.load(os.path.join(d, 'conn.npz')) as c:
          dense = np.zeros(tuple(c['shape']), bool)
          dense[c['pre'], c['post']] = True
          for i in range(c['shape'][0]):
              row = c['indices'][c['indptr'][i]:c['indptr'][i + 1]]
              assert sorted(row) == sorted(np.nonzero(dense[i])[0])
      print('OK', np.__version__)
      """;

  private static boolean numpyAvailable() {
    if (!Files.isExecutable(Path.of(PYTHON))) {
      return false;
    }
    try {
      Process p = new ProcessBuilder(PYTHON, "-c", "import numpy").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Runner network() {
    Network net = Network.create();
    LifGroup e = net.add(LifGroup.builder(5).name("E").sigma(2.0).seed(3)
        .V(Init.uniform(-60, -50)).build());
    return net.runner().dt(0.1).input(e.input(), 14.0)
        .monitor(e.V())
        .monitor(e.V(), Indices.of(4, 1), 1.0)
        .monitorSpikes(e);
  }

  @Test
  void numpyLoadsEveryFileBrainJWrites() throws Exception {
    Assumptions.assumeTrue(numpyAvailable(), "numpy is absent: " + PYTHON
        + " -c 'import numpy' failed (apt-get install python3-numpy to run this test)");

    // arrays of every dtype and shape
    List<Path> arrays = new ArrayList<>();
    int k = 0;
    for (NpyDtype dtype : NpyDtype.values()) {
      for (int[] shape : NpyRoundTripTest.SHAPES) {
        arrays.add(Npy.write(dir.resolve("a" + k++ + ".npy"), NpyRoundTripTest.sample(dtype, shape)));
      }
    }
    arrays.add(Npy.write(dir.resolve("scalar.npy"), NpyArray.scalar(-2.5)));
    Npy.write(dir.resolve("known.npy"), NpyArray.of(new double[] {-1, -0.5, 0, 0.5, 1, 1.5}, 2, 3));
    try (NpyAppender a = NpyAppender.create(dir.resolve("grown.npy"), NpyDtype.INT32, 2)) {
      a.append(new int[] {1, 2, 3, 4});
    }
    try (NpyAppender a = NpyAppender.open(dir.resolve("grown.npy"))) {
      a.append(new int[] {5, 6});
    }
    try (NpzWriter w = NpzWriter.create(dir.resolve("compressed.npz"), true)) {
      w.put("x", NpyRoundTripTest.sample(NpyDtype.FLOAT64, new int[] {2, 3, 4}));
      w.put("E.V#2_t", NpyArray.of(new boolean[] {true}));
    }

    // a run, its parts, a connectivity, and the same run streamed
    RunResult r = network().run(20.0);
    Export.npz(dir.resolve("run.npz"), r);
    Export.npy(dir.resolve("E.V.npy"), r.trace("E.V"));
    Export.csv(dir.resolve("E.V.csv"), r.trace("E.V"));
    Export.csv(dir.resolve("spikes.csv"), r.spikes("E"));
    Export.npz(dir.resolve("spikes.npz"), r.spikes("E"));
    Export.npz(dir.resolve("conn.npz"), Connectivity.fromIds(3, 5, new int[] {0, 2, 2, 0, 1},
        new int[] {4, 0, 3, 1, 1}, new double[] {1, 2, 3, 4, 5}));
    Runner streamed = network().streamTo(dir.resolve("stream"));
    streamed.run(10.0);
    streamed.run(10.0);

    List<String> printed = python();
    assertTrue(printed.get(printed.size() - 1).startsWith("OK"), String.join("\n", printed));

    // numpy's re-saved copy of every .npy file is the same array
    for (String sub : new String[] {"", "stream"}) {
      try (Stream<Path> files = Files.list(dir.resolve(sub))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".npy")).toList()) {
          NpyArray numpy = Npy.read(dir.resolve("numpy").resolve(sub).resolve(f.getFileName()));
          assertEquals(Npy.read(f), numpy, f.toString());
        }
      }
    }
    // the streamed files hold the same values as the run in memory (same seed, same run)
    assertEquals(Npy.read(dir.resolve("E.V.npy")).doubles()[0],
        Npy.read(dir.resolve("stream/E.V.npy")).doubles()[0]);
    assertEquals(NpyArray.of(new int[] {1, 2, 3, 4, 5, 6}, 3, 2),
        Npy.read(dir.resolve("numpy/grown.npy")));

    // numpy sees the archives' keys in order, and the same arrays under them
    for (String line : printed) {
      String[] parts = line.split("\\|");
      if (parts[0].endsWith(".npz")) {
        Map<String, NpyArray> ours = Npz.read(dir.resolve(parts[0]));
        assertEquals(List.copyOf(ours.keySet()), Arrays.asList(parts).subList(1, parts.length));
        for (Map.Entry<String, NpyArray> e : ours.entrySet()) {
          String stem = parts[0].substring(0, parts[0].length() - 4);
          assertEquals(e.getValue(),
              Npy.read(dir.resolve("numpy").resolve(stem).resolve(e.getKey() + ".npy")),
              parts[0] + " " + e.getKey());
        }
      }
    }

    // numpy.loadtxt reads the CSV back to exactly the recorded doubles
    assertTrue(printed.contains("E.V.csv|t,V_0,V_1,V_2,V_3,V_4"), String.join("\n", printed));
    Trace v = r.trace("E.V");
    double[][] csv = Npy.read(dir.resolve("numpy/E.V.csv.npy")).toRows();
    assertEquals(v.rows(), csv.length);
    for (int row = 0; row < v.rows(); row++) {
      assertEquals(v.ts()[row], csv[row][0]);
      assertArrayEquals(v.values()[row], Arrays.copyOfRange(csv[row], 1, 6));
    }
    double[][] spikes = Npy.read(dir.resolve("numpy/spikes.csv.npy")).toRows();
    assertEquals(r.spikes("E").count(), spikes.length);
    for (int s = 0; s < spikes.length; s++) {
      assertEquals(r.spikes("E").times()[s], spikes[s][0]);
      assertEquals(r.spikes("E").indices()[s], spikes[s][1]);
    }
  }

  private List<String> python() throws IOException, InterruptedException {
    Path script = Files.writeString(dir.resolve("check.py"), SCRIPT);
    Process p = new ProcessBuilder(PYTHON, script.toString(), dir.toString())
        .redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python did not finish");
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "python failed:\n" + text);
    return text.lines().toList();
  }
}
