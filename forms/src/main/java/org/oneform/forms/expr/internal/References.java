package org.oneform.forms.expr.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/** The field ids a tree refers to, in order of first appearance. */
public final class References {

    private References() {}

    public static Set<String> of(Node node) {
        Set<String> ids = new LinkedHashSet<>();
        collect(node, ids);
        return ids;
    }

    private static void collect(Node node, Set<String> ids) {
        switch (node) {
            case Node.FieldRef f -> ids.add(f.id());
            case Node.Negate n -> collect(n.operand(), ids);
            case Node.Binary b -> {
                collect(b.left(), ids);
                collect(b.right(), ids);
            }
            case Node.Call c -> c.args().forEach(a -> collect(a, ids));
            default -> { }
        }
    }

    public static boolean usesCurrent(Node node) {
        return switch (node) {
            case Node.Current c -> true;
            case Node.Negate n -> usesCurrent(n.operand());
            case Node.Binary b -> usesCurrent(b.left()) || usesCurrent(b.right());
            case Node.Call c -> c.args().stream().anyMatch(References::usesCurrent);
            default -> false;
        };
    }
}
