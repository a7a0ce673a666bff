package org.civitas.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.civitas.platform.DomainException;
import org.junit.jupiter.api.Test;

/** The national site code against the administrative-division codes, and the addresses link channels may hold. */
class SiteCodeAndLinkChecksTest {

    private static String refusal(Runnable action) {
        try {
            action.run();
            return null;
        } catch (DomainException e) {
            return e.messageKey();
        }
    }

    @Test
    void aMadeUpCodeIsRefusedWithTheLevelThatDoesNotExist() {
        // 12 is 天津市, which has no prefecture-level division 1234
        assertThatThrownBy(() -> Site.checkedSiteCode("1234567890"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("site.code.prefecture");
                    assertThat(e.arguments()).containsExactly("1234567890", "123456", "120000", "天津市");
                });
        assertThat(refusal(() -> Site.checkedSiteCode("9932210001"))).isEqualTo("site.code.division");
        assertThat(refusal(() -> Site.checkedSiteCode("0000000000"))).isEqualTo("site.code.division");
        assertThat(refusal(() -> Site.checkedSiteCode("5100120001"))).isEqualTo("site.code.prefecture");
        assertThat(refusal(() -> Site.checkedSiteCode("5135000001"))).isEqualTo("site.code.prefecture");
        // 阿坝州 has no county 513229 (the numbers skip it), 四川 counties are all listed
        assertThatThrownBy(() -> Site.checkedSiteCode("5132290001"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("site.code.county");
                    assertThat(e.arguments()).containsExactly("5132290001", "513229", "513200", "阿坝藏族羌族自治州");
                });
        assertThat(refusal(() -> Site.checkedSiteCode("51322100AB"))).isEqualTo("site.code.format");
        assertThat(refusal(() -> Site.checkedSiteCode("bm0100001"))).isEqualTo("site.code.format");
    }

    @Test
    void realCodesAreAccepted() {
        for (String code : List.of(
                "5100000052", // 四川省人民政府
                "5101000032", // 成都市
                "5132000001", // 阿坝州 portal
                "5132210001", // 汶川县
                "5132010001", // 马尔康市
                "5134020001", // 会理市
                "1100000088", // 北京市
                "1101050001", // 朝阳区, a Beijing district
                "3301060001", // 杭州市西湖区
                "4403050001", // 深圳市南山区
                "6532010001", // 和田市
                "4290040001", // 仙桃市, a county-level city under the province of 湖北
                "BM01000001")) { // a central department's site
            assertThat(refusal(() -> Site.checkedSiteCode(code))).as(code).isNull();
        }
        assertThat(Site.checkedSiteCode(" BM01000001 ")).isEqualTo("bm01000001");
    }

    @Test
    void countiesOfEveryProvinceAreCheckedNotOnlyThoseOfSichuan() {
        // 北京市 has no district 110199, 浙江省's 杭州市 no county 330199
        assertThat(refusal(() -> Site.checkedSiteCode("1101990001"))).isEqualTo("site.code.county");
        assertThat(refusal(() -> Site.checkedSiteCode("3301990001"))).isEqualTo("site.code.county");
        assertThat(refusal(() -> Site.checkedSiteCode("1234567890"))).isEqualTo("site.code.prefecture");
        DivisionCodes codes = DivisionCodes.standard();
        assertThat(codes.name("110105")).contains("朝阳区");
        assertThat(codes.name("440305")).contains("南山区");
        // the curated table stays authoritative for 四川省: 会理市 (2021), not the 会理县 it replaced
        assertThat(codes.name("513402")).contains("会理市");
        assertThat(codes.name("513425")).isEmpty();
    }

    @Test
    void theDivisionTableHasEveryProvinceEveryPrefectureOfSichuanAndAllItsCounties() {
        DivisionCodes codes = DivisionCodes.standard();
        assertThat(codes.name("510000")).contains("四川省");
        assertThat(codes.name("513200")).contains("阿坝藏族羌族自治州");
        assertThat(codes.name("513233")).contains("红原县");
        for (String province : List.of(
                "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
                "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82")) {
            assertThat(codes.name(province + "0000")).as(province).isPresent();
        }
        // 21 prefecture-level divisions and 183 county-level ones in 四川省 (2023)
        Map<Boolean, Long> sichuan = java.util.stream.IntStream.range(510001, 520000)
                .mapToObj(String::valueOf)
                .filter(c -> !c.equals("510000") && codes.name(c).isPresent())
                .collect(java.util.stream.Collectors.partitioningBy(
                        c -> c.endsWith("00"), java.util.stream.Collectors.counting()));
        assertThat(sichuan.get(true)).isEqualTo(21);
        assertThat(sichuan.get(false)).isEqualTo(183);
    }

    @Test
    void linkChannelsTakeHttpAddressesAndPathsOfTheSiteOnly() {
        assertThat(Channel.checkedLinkUrl("https://www.sczwfw.gov.cn/")).isEqualTo("https://www.sczwfw.gov.cn/");
        assertThat(Channel.checkedLinkUrl("HTTP://Example.gov.cn/a?b=1#c")).isEqualTo("http://Example.gov.cn/a?b=1#c");
        assertThat(Channel.checkedLinkUrl("/c/interaction/")).isEqualTo("/c/interaction/");
        assertThat(Channel.checkedLinkUrl("  ")).isNull();
        for (String bad : List.of(
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "//evil.example.com/",
                "ftp://files.example.com/",
                "mailto:leader@example.gov.cn",
                "http://",
                "https://user:pw@example.gov.cn/",
                "www.example.gov.cn",
                "/a b",
                "/\\\\evil.example.com",
                "https://example.gov.cn/" + "x".repeat(2000))) {
            assertThat(refusal(() -> Channel.checkedLinkUrl(bad))).as(bad).isEqualTo("site.channel.link.invalid");
        }
    }
}
