package org.oneform.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every user-facing string is in both bundles, and every key the code names exists. */
class MessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*(?:[a-zA-Z]+\\s*,\\s*)?\"([a-z0-9.\\-_A-Z]+)\"\\s*[,)]");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(keys).containsAll(named);
    }

    @Test
    void chineseIsTheDefaultWhateverTheJvmLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            var languages = new Languages();
            assertThat(languages.getTranslation("app.name", Locale.SIMPLIFIED_CHINESE)).isEqualTo("基层一张表");
            assertThat(languages.getTranslation("app.name", Locale.GERMAN)).isEqualTo("基层一张表");
            assertThat(languages.getTranslation("app.name", Locale.ENGLISH)).isEqualTo("OneForm");
            assertThat(languages.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
        } finally {
            Locale.setDefault(previous);
        }
    }

    private static Properties load(String name) throws IOException {
        var props = new Properties();
        try (var in = new InputStreamReader(MessagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            props.load(in);
        }
        return props;
    }
}
