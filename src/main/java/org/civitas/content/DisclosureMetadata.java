package org.civitas.content;

import java.time.LocalDate;

/**
 * 政府信息公开 metadata of an article in a disclosure channel.
 *
 * @param indexNumber 索引号, generated from the site's rule: authority code + category + year + sequence
 * @param documentNumber 文号, e.g. {@code 阿府发〔2026〕12号}, or {@code null}
 * @param issuingAuthority 发文机关
 * @param writtenDate 成文日期
 * @param subjectCategory 主题分类, e.g. {@code 综合政务}
 * @param validity 有效性: {@code 有效}, {@code 失效}, {@code 废止} or {@code null}
 */
public record DisclosureMetadata(
        String indexNumber,
        String documentNumber,
        String issuingAuthority,
        LocalDate writtenDate,
        String subjectCategory,
        String validity) {}
