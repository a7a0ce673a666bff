package org.civitas.identity;

/**
 * One of the ordered sensitivity labels (密级), e.g. 公开 &lt; 内部 &lt; 敏感. Items store the
 * {@link #code()}; a user reads an item only if the item's rank is at most their clearance's rank.
 */
public record SecurityLabel(String code, int rank, String nameZh, String nameEn) {

    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
