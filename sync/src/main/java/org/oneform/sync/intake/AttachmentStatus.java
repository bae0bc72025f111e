package org.oneform.sync.intake;

/**
 * How far an attachment's upload has come.
 *
 * @param sha256    its content address, lower-case hex
 * @param mediaType e.g. {@code image/jpeg}
 * @param size      its full size in bytes
 * @param received  bytes received so far; an interrupted upload resumes at this offset
 * @param complete  received in full and its SHA-256 checked
 */
public record AttachmentStatus(String sha256, String mediaType, long size, long received, boolean complete) {
}
