package org.civitas.reporting;

/** What a submission is about; the office's inbox and statistics group by it. */
public enum Category {
    /** 政务动态: what a government body did or decided. */
    GOVERNMENT_AFFAIRS,
    /** 民情信息: what people say, need or complain about. */
    PUBLIC_SENTIMENT,
    /** 经济运行: the economy, projects, investment. */
    ECONOMY,
    /** 安全稳定: emergencies, disasters, public safety. */
    SAFETY,
    /** 民生保障: education, health, housing, social security. */
    LIVELIHOOD,
    /** 其他. */
    OTHER
}
