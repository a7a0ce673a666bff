package org.civitas.site;

/**
 * The language a site or an article is written in. 阿坝藏族羌族自治州 publishes in Chinese, in Tibetan and in
 * both: a bilingual page is Chinese with its Tibetan parts marked ({@code lang="bo"}) where they stand.
 */
public enum ContentLanguage {
    /** 中文 (the default). */
    CHINESE("zh-CN"),
    /** 藏文. */
    TIBETAN("bo"),
    /** 藏汉双语: Chinese as the page's language, Tibetan paragraphs marked as Tibetan. */
    TIBETAN_CHINESE("zh-CN");

    private final String tag;

    ContentLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag a page's {@code lang} attribute carries. */
    public String tag() {
        return tag;
    }

    /** The language stored under {@code name}, or Chinese for none or an unknown name. */
    public static ContentLanguage of(String name) {
        if (name != null) {
            for (ContentLanguage language : values()) {
                if (language.name().equals(name)) {
                    return language;
                }
            }
        }
        return CHINESE;
    }
}
