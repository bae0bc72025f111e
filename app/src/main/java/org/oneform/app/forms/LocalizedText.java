package org.oneform.app.forms;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A text in the two languages of the catalog, keyed on the wire by BCP 47 tag.
 *
 * @param zhCN the Chinese text, as the grid worker reads it ({@code "zh-CN"} on the wire)
 * @param en   the English text
 */
public record LocalizedText(@JsonProperty("zh-CN") String zhCN, @JsonProperty("en") String en) {
}
