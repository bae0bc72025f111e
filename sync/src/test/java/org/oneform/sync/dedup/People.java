package org.oneform.sync.dedup;

import org.oneform.forms.values.IdNumber;

/** Test records: valid ID numbers from region, birth and sequence, and a record builder. */
final class People {

    private People() {
    }

    /** A valid ID number; {@code sequence} odd for a man. */
    static String id(String birthDigits, int sequence) {
        String first17 = "330187" + birthDigits + String.format("%03d", sequence);
        return first17 + IdNumber.checkDigit(first17);
    }

    static PersonRecord person(String id, String name, String gender, String birth, String idNumber, String phone,
                               String address) {
        return new PersonRecord(new RecordId(id), name, gender, birth, idNumber, phone, address);
    }
}
