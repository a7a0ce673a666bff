package org.civitas.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void quotesOnlyWhatNeedsQuoting() {
        var out = new StringWriter();

        new CsvRows(out).row("plain", "a,b", "say \"hi\"", "two\nlines", null, "中文");

        assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,中文\r\n");
    }

    @Test
    void formulasAreDefused() {
        assertThat(CsvRows.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvRows.cell("+86 123")).isEqualTo("'+86 123");
        assertThat(CsvRows.cell("-x")).isEqualTo("'-x");
        assertThat(CsvRows.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvRows.cell("user:create")).isEqualTo("user:create");
    }
}
