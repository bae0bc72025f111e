package org.oneform.app.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one data directory of the embedded default, locked for the life of the process.
 *
 * <p>The lock is an OS file lock on {@code oneform.lock}; the OS releases it when the process dies,
 * even after {@code kill -9}, so a crash never leaves a stale lock behind. H2 and Eclipse Store have
 * locks of their own, but their messages do not tell an operator what happened; this one does, and it
 * is taken before either of them opens anything.
 */
public final class DataDirectory {

    static final String LOCK_FILE = "oneform.lock";

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the directory if needed, checks it is writable and takes the lock. */
    public static DataDirectory open(Path configured) {
        Path root = configured.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException | SecurityException e) {
            throw notWritable(root, e);
        }
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw notWritable(root, null);
        }
        Path lockFile = root.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw notWritable(root, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new DataDirectoryException(root,
                    "The data directory " + root + " is in use by another OneForm process.",
                    "Stop the other process, or start this one with another --oneform.data-dir.");
        }
        try {
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(
                    ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // the pid is only a hint for operators; the lock is what matters
        }
        return new DataDirectory(root, channel, lock);
    }

    private static DataDirectoryException notWritable(Path root, Exception cause) {
        var e = new DataDirectoryException(root,
                "The data directory " + root + " is not writable"
                        + (cause == null ? "." : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")."),
                "Create it and give the OneForm user write access, or set --oneform.data-dir to a writable directory.");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    public Path root() {
        return root;
    }

    public Path h2() {
        return root.resolve("h2");
    }

    public Path store() {
        return root.resolve("store");
    }

    public Path lucene() {
        return root.resolve("lucene");
    }

    /** Attachments (photos) by SHA-256. */
    public Path attachments() {
        return root.resolve("attachments");
    }

    public Path keys() {
        return root.resolve("keys");
    }

    public boolean isLocked() {
        return lock.isValid();
    }

    /** Releases the lock; called at shutdown after every store is closed. */
    public void release() {
        try {
            lock.release();
        } catch (IOException e) {
            // the OS releases it on exit anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
