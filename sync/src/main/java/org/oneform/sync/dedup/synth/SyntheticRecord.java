package org.oneform.sync.dedup.synth;

/** One generated CSV row: a captured person record and the id of the true person ({@code trueCluster}). */
public record SyntheticRecord(String recordId, String name, String gender, String birthDate, String idNumber,
                              String phone, String address, String trueCluster) {
}
