package org.civitas.exchange.dxl;

import java.util.List;
import java.util.Map;

/**
 * One item of a Notes document exactly as the export gives it.
 *
 * @param name the item's name ({@code Subject}, {@code $REF}, {@code $FILE}); several items may share one
 * @param flags every attribute of {@code <item>} but its name ({@code summary}, {@code readers}, {@code authors},
 *     {@code names}, {@code protected}, {@code sign}, {@code seal}…), as written
 * @param type the value element: text, number, datetime, textlist, numberlist, datetimelist, itemdata,
 *     rawitemdata, formula, richtext or object
 * @param typeAttributes the value element's own attributes (an itemdata's {@code type}, a formula's
 *     {@code compiled})
 * @param values the values in order: text with its line breaks, numbers and datetimes in their lexical form (a
 *     datetimepair as {@code start/end}), rich text as its DXL, an object as the attached file's name
 * @param valueAttributes per value its attributes (a datetime's {@code dst}); empty when no value has any
 */
public record DxlItem(
        String name,
        Map<String, String> flags,
        String type,
        Map<String, String> typeAttributes,
        List<String> values,
        List<Map<String, String>> valueAttributes) {

    public boolean flagged(String flag) {
        return "true".equals(flags.get(flag));
    }

    public String firstValue() {
        return values.isEmpty() ? null : values.getFirst();
    }
}
