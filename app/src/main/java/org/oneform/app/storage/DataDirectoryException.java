package org.oneform.app.storage;

import java.nio.file.Path;

/** The data directory cannot be used: not writable, or in use by another OneForm process. */
public final class DataDirectoryException extends RuntimeException {

    private final Path directory;
    private final String action;

    DataDirectoryException(Path directory, String message, String action) {
        super(message);
        this.directory = directory;
        this.action = action;
    }

    public Path directory() {
        return directory;
    }

    /** What the operator can do about it. */
    public String action() {
        return action;
    }
}
