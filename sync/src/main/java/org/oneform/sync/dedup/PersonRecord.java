package org.oneform.sync.dedup;

import java.util.Objects;

/**
 * One person as captured, raw: the engine normalises every field itself, so pass what the form or the
 * CSV holds. Any field but the id may be {@code null} or blank (missing).
 *
 * @param birthDate {@code 1985-03-12}, {@code 1985/3/12}, {@code 19850312} or {@code 1985年3月12日}
 * @param gender    {@code 男}/{@code 女}, {@code M}/{@code F}, {@code 1}/{@code 2}
 */
public record PersonRecord(RecordId id, String name, String gender, String birthDate, String idNumber,
                           String phone, String address) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
    }
}
