package org.brainj.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
  @TempDir Path dir;

  @Test
  void numbersParseBackExactlyAndTextIsQuotedWhenNeeded() throws Exception {
    Path f = dir.resolve("x.csv");
    try (CsvWriter csv = CsvWriter.create(f)) {
      csv.header("t", "a,b", "say \"hi\"");
      csv.cell(0.1).cell(-65.0).cell(1e-5).endRow();
      csv.cell(Double.NaN).cell(Double.POSITIVE_INFINITY).cell(Double.NEGATIVE_INFINITY).endRow();
      csv.cell(7L).cell(-0.0).cell(1.0 / 3).endRow();
    }
    assertEquals("t,\"a,b\",\"say \"\"hi\"\"\"\n"
        + "0.1,-65.0,1.0E-5\n"
        + "NaN,Inf,-Inf\n"
        + "7,-0.0,0.3333333333333333\n", Files.readString(f));
    assertEquals(1.0 / 3, Double.parseDouble("0.3333333333333333"));
  }
}
