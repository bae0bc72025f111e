package org.oneform.app.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secret keys of one installation, kept in {@code <data-dir>/keys/} (owner-only permissions) unless
 * configured: created at random on first use, read back afterwards. A key that is lost makes what it
 * keyed unreadable (the search index rebuilds itself; encrypted fields would not), so back the
 * directory up with the data.
 */
public final class SecretKeys {

    private static final int KEY_BYTES = 32;
    private final Path dir;

    SecretKeys(Path dir) {
        this.dir = dir;
    }

    /** The key of that name: the configured Base64 value when given, else the stored or a new random one. */
    public byte[] key(String name, String configuredBase64) {
        if (configuredBase64 != null && !configuredBase64.isBlank()) {
            return Base64.getDecoder().decode(configuredBase64.strip());
        }
        Path file = dir.resolve(name + ".key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(dir);
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): rely on the directory's permissions
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key " + file, e);
        }
    }
}
