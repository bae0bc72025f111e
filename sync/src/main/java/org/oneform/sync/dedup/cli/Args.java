package org.oneform.sync.dedup.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} command-line options, checked against the names a command knows. */
record Args(Map<String, String> values) {

    static Args parse(String[] args, Set<String> known, String usage) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !known.contains(name) || i + 1 == args.length) {
                throw new IllegalArgumentException("usage: " + usage);
            }
            values.put(name, args[++i]);
        }
        return new Args(values);
    }

    /** {@link #parse} and a check that the {@code required} options are there, or the usage on standard error and exit status 2. */
    static Args parseOrExit(String[] args, Set<String> known, Set<String> required, String usage) {
        try {
            Args parsed = parse(args, known, usage);
            for (String name : required) {
                parsed.required(name, usage);
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            throw e;
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name, String usage) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required; usage: " + usage);
        }
        return value;
    }
}
