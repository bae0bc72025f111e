package org.oneform.sync.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.oneform.sync.intake.AttachmentException.Code;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Photos and other attachments, content-addressed by SHA-256: uploaded in parts (resumable: a part
 * starts where the received bytes end), idempotent (a complete attachment accepts any resend and keeps
 * its bytes), checked on arrival (the last part's SHA-256 must be the address, else the upload starts
 * over). Bytes live under one directory, {@code ab/abcdef….part} until complete, then {@code ab/abcdef…};
 * the SQL row says how far each upload came.
 */
public final class Attachments {

    /** The largest attachment taken: a tablet photo after the collector's downscaling is far smaller. */
    public static final long MAX_SIZE = 20L * 1024 * 1024;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("image/(jpeg|png|webp|heic)");

    private final JdbcTemplate jdbc;
    private final Path dir;
    private final Clock clock;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public Attachments(DataSource dataSource, Path dir, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dir = dir;
        this.clock = clock;
    }

    public static boolean isAddress(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches();
    }

    public Optional<AttachmentStatus> status(String sha256) {
        return jdbc.query("SELECT sha256, media_type, size, received, complete FROM attachment WHERE sha256 = ?",
                (rs, n) -> new AttachmentStatus(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getBoolean(5)), sha256).stream().findFirst();
    }

    /** The addresses among these that are not uploaded completely, in the given order. */
    public List<String> missing(Collection<String> sha256s) {
        Set<String> wanted = new LinkedHashSet<>(sha256s);
        if (wanted.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", wanted.stream().map(s -> "?").toList());
        List<String> complete = jdbc.queryForList("SELECT sha256 FROM attachment WHERE complete AND sha256 IN ("
                + marks + ")", String.class, wanted.toArray());
        wanted.removeAll(complete);
        return List.copyOf(wanted);
    }

    /**
     * Receives one part of an upload: {@code body} holds the bytes from {@code offset} on (to the end or
     * as far as it goes). Returns the status after the part.
     *
     * @throws AttachmentException when the part is refused (nothing of it is kept)
     */
    public AttachmentStatus receive(String sha256, String mediaType, long size, long offset, InputStream body,
                                    String username) {
        if (!isAddress(sha256)) {
            throw new AttachmentException(Code.BAD_ADDRESS, "not a SHA-256 address: " + sha256, 0);
        }
        if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new AttachmentException(Code.BAD_MEDIA_TYPE, "media type must be image/jpeg, png, webp or heic", 0);
        }
        if (size <= 0 || size > MAX_SIZE) {
            throw new AttachmentException(Code.BAD_SIZE, "size must be 1 to " + MAX_SIZE + " bytes", 0);
        }
        ReentrantLock lock = locks.computeIfAbsent(sha256, k -> new ReentrantLock());
        lock.lock();
        try {
            AttachmentStatus status = status(sha256).orElse(null);
            if (status != null && status.complete()) {
                return status; // idempotent: the bytes are there and were checked
            }
            if (status == null) {
                jdbc.update("INSERT INTO attachment (sha256, media_type, size, received, complete, uploaded_by, created_at) "
                        + "VALUES (?, ?, ?, 0, FALSE, ?, ?)", sha256, mediaType, size, username, now());
                status = new AttachmentStatus(sha256, mediaType, size, 0, false);
            } else if (status.size() != size || !status.mediaType().equals(mediaType)) {
                throw new AttachmentException(Code.SIZE_CHANGED, "this upload was started with size " + status.size()
                        + " and type " + status.mediaType(), status.received());
            }
            if (offset != status.received()) {
                throw new AttachmentException(Code.WRONG_OFFSET, "the next part must start at byte " + status.received(),
                        status.received());
            }
            long received = appendPart(sha256, status, body);
            if (received < size) {
                jdbc.update("UPDATE attachment SET received = ? WHERE sha256 = ?", received, sha256);
                return new AttachmentStatus(sha256, mediaType, size, received, false);
            }
            return complete(sha256, status);
        } finally {
            lock.unlock();
        }
    }

    private long appendPart(String sha256, AttachmentStatus status, InputStream body) {
        Path part = partFile(sha256);
        try {
            Files.createDirectories(part.getParent());
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                // a crash may have left bytes past the recorded offset: they are overwritten
                channel.truncate(status.received());
                channel.position(status.received());
                long received = status.received();
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = body.read(buffer)) > 0; ) {
                    if (received + n > status.size()) {
                        channel.truncate(status.received());
                        throw new AttachmentException(Code.TOO_LONG, "more bytes than the declared size "
                                + status.size(), status.received());
                    }
                    channel.write(ByteBuffer.wrap(buffer, 0, n));
                    received += n;
                }
                channel.force(true);
                return received;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write attachment part " + part, e);
        }
    }

    private AttachmentStatus complete(String sha256, AttachmentStatus status) {
        Path part = partFile(sha256);
        try {
            String actual = sha256Of(part);
            if (!actual.equals(sha256)) {
                Files.deleteIfExists(part);
                jdbc.update("UPDATE attachment SET received = 0 WHERE sha256 = ?", sha256);
                throw new AttachmentException(Code.HASH_MISMATCH, "the bytes hash to " + actual + ", not " + sha256
                        + "; upload again from byte 0", 0);
            }
            Files.move(part, file(sha256), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            jdbc.update("UPDATE attachment SET received = size, complete = TRUE, completed_at = ? WHERE sha256 = ?",
                    now(), sha256);
            return new AttachmentStatus(sha256, status.mediaType(), status.size(), status.size(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not complete attachment " + sha256, e);
        }
    }

    /** The bytes of a complete attachment. */
    public Optional<InputStream> open(String sha256) {
        if (!isAddress(sha256) || status(sha256).filter(AttachmentStatus::complete).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(file(sha256)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String sha256) {
        return dir.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private Path partFile(String sha256) {
        return dir.resolve(sha256.substring(0, 2)).resolve(sha256 + ".part");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String sha256Of(Path file) throws IOException {
        try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
