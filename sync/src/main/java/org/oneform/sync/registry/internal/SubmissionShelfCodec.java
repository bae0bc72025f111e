package org.oneform.sync.registry.internal;

import java.util.Map;
import java.util.function.BiConsumer;

import org.oneform.sync.registry.SubjectId;

/**
 * A shelf of the registry's submission index (submission id → the subject it was applied to) as one byte array,
 * appended to by each step: pairs of UTF-8 strings, a later pair for the same submission overriding an earlier one.
 * One persisted object per shelf of up to 1,024 ledger sequences instead of a string per submission
 * (docs/decisions/0042-compact-registry-records-and-a-start-without-scans.md).
 */
public final class SubmissionShelfCodec {

    private SubmissionShelfCodec() {
    }

    /** The shelf with these submissions after what it held ({@code shelf} null for a new one); a new array. */
    public static byte[] append(byte[] shelf, Map<String, SubjectId> submissions) {
        var out = shelf == null ? new ByteWriter(64 * submissions.size()) : new ByteWriter(shelf, 64 * submissions.size());
        submissions.forEach((submission, subject) -> {
            out.writeString(submission);
            out.writeString(subject.value());
        });
        return out.bytes();
    }

    /** Every pair on the shelf, in the order appended. */
    public static void forEach(byte[] shelf, BiConsumer<String, String> submissionAndSubject) {
        var in = new ByteReader(shelf);
        while (in.hasMore()) {
            submissionAndSubject.accept(in.readString(), in.readString());
        }
    }
}
