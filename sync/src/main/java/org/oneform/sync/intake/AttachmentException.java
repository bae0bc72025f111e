package org.oneform.sync.intake;

/**
 * An attachment upload refused; nothing of the refused bytes is kept.
 *
 * @see Attachments
 */
public final class AttachmentException extends RuntimeException {

    /** The stable problem codes. */
    public enum Code {
        /** The address is not 64 lower-case hex characters. */
        BAD_ADDRESS,
        /** The declared size is not positive or larger than {@link Attachments#MAX_SIZE}. */
        BAD_SIZE,
        /** The upload started with another size or media type than this part says. */
        SIZE_CHANGED,
        /** The part does not start where the received bytes end; {@code expectedOffset} says where. */
        WRONG_OFFSET,
        /** More bytes arrived than the declared size. */
        TOO_LONG,
        /** All bytes arrived and their SHA-256 is not the address; the upload starts over. */
        HASH_MISMATCH,
        /** The media type is not an image type the collector takes photos in. */
        BAD_MEDIA_TYPE
    }

    private final Code code;
    private final long expectedOffset;

    public AttachmentException(Code code, String message, long expectedOffset) {
        super(message, null, false, false);
        this.code = code;
        this.expectedOffset = expectedOffset;
    }

    public Code code() {
        return code;
    }

    /** Where the next part must start (the bytes received so far). */
    public long expectedOffset() {
        return expectedOffset;
    }
}
