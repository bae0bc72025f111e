package org.oneform.app.collect;

/** How far an attachment's upload came: resume at {@code received}; {@code complete} once checked. */
record AttachmentStatusDto(String sha256, String mediaType, long size, long received, boolean complete) {
}
