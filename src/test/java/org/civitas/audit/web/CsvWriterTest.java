package org.civitas.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesOnlyWhatNeedsQuoting() {
        var out = new StringWriter();

        new CsvWriter(out).row("plain", "a,b", "say \"hi\"", "two\nlines", null, "中文");

        assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,中文\r\n");
    }

    @Test
    void formulasAreDefused() {
        assertThat(CsvWriter.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.cell("+86 123")).isEqualTo("'+86 123");
        assertThat(CsvWriter.cell("-x")).isEqualTo("'-x");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("user:create")).isEqualTo("user:create");
    }
}
