package org.civitas.exchange.dxl.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.civitas.platform.DomainException;
import org.junit.jupiter.api.Test;

/** The form mapping file, the built-in mapping, Notes names and Notes times. */
class FormMappingTest {

    @Test
    void theStandardMappingSendsReportsInstructionsAndJournalsToTheirTargetsAndTheRestToTheArchive() {
        FormMapping mapping = FormMapping.standard();
        assertThat(mapping.target("信息").target()).isEqualTo("submission");
        assertThat(mapping.target("REPORT").fields()).containsEntry("title", "Subject");
        assertThat(mapping.target("批示").target()).isEqualTo("instruction");
        assertThat(mapping.target("期刊").target()).isEqualTo("edition");
        assertThat(mapping.target("Memo").target()).isEqualTo("archive");
        assertThat(mapping.target(null).target()).isEqualTo("archive");
    }

    @Test
    void refusesAMappingThatIsNotJsonOrNamesAnUnknownTarget() {
        assertThatThrownBy(() -> FormMapping.parse("{forms", "m.json"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dxl.mapping.invalid"));
        assertThatThrownBy(() -> FormMapping.parse("{\"forms\": {\"信息\": {\"target\": \"wiki\"}}}", "m.json"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dxl.mapping.target"));
        FormMapping custom = FormMapping.parse("{\"forms\": {}, \"otherForms\": \"article\"}", "m.json");
        assertThat(custom.target("Anything").target()).isEqualTo("article");
    }

    @Test
    void takesTheCommonNameOfNotesNames() {
        assertThat(NameMatching.commonName("CN=张伟/OU=信息科/O=阿坝州")).isEqualTo("张伟");
        assertThat(NameMatching.commonName("张伟/信息科/阿坝州")).isEqualTo("张伟");
        assertThat(NameMatching.commonName("[信息员]")).isEqualTo("信息员");
        assertThat(NameMatching.commonName("LocalDomainServers")).isEqualTo("LocalDomainServers");
    }

    @Test
    void readsNotesTimesWithHundredthsAndOddZoneOffsets() {
        assertThat(DxlTimes.parse("20010522T103636,81-04"))
                .isEqualTo(OffsetDateTime.parse("2001-05-22T10:36:36.81-04:00"));
        assertThat(DxlTimes.parse("20160413T101112,05+05:45"))
                .isEqualTo(OffsetDateTime.parse("2016-04-13T10:11:12.05+05:45"));
        assertThat(DxlTimes.parse("20160413T101112,06+0530"))
                .isEqualTo(OffsetDateTime.parse("2016-04-13T10:11:12.06+05:30"));
        assertThat(DxlTimes.parse("20160414T000000,99-0930"))
                .isEqualTo(OffsetDateTime.parse("2016-04-14T00:00:00.99-09:30"));
        assertThat(DxlTimes.parse("20151231T235959,99Z")).isEqualTo(OffsetDateTime.parse("2015-12-31T23:59:59.99Z"));
        assertThat(DxlTimes.parse("20160420")).as("a date alone is no instant").isNull();
        assertThat(DxlTimes.parse("T143000,00")).isNull();
        assertThat(DxlTimes.parse("20160420T143000,00"))
                .as("no zone, no instant")
                .isNull();
    }
}
