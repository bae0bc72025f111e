package org.oneform.forms.compile.internal;

import java.util.List;

/** Builds effective relevance texts. */
public final class Relevance {

    private Relevance() {
    }

    /**
     * {@code own AND (f1 OR f2 …)}, parenthesised so that each part keeps its meaning; an empty {@code own}
     * or an empty filter list drops that side; both empty gives empty (always asked).
     */
    public static String combine(String own, List<String> filters) {
        String anyFilter = filters.size() == 1 ? filters.getFirst()
                : String.join(" or ", filters.stream().map(f -> "(" + f + ")").toList());
        if (own.isEmpty()) {
            return anyFilter;
        }
        if (anyFilter.isEmpty()) {
            return own;
        }
        return "(" + own + ") and (" + anyFilter + ")";
    }
}
