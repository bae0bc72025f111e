package org.oneform.sync.dedup.index;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.oneform.sync.dedup.normal.NormalisedPerson;

/**
 * The blocking terms of a record: two records are compared only when they share one. Each term is
 * {@code kind:value}; ID and phone values are a keyed hash (HMAC-SHA256, 12 bytes), never the number
 * (DESIGN.md §8). Names enter as pinyin spellings from all readings, so homophones share terms, and as
 * one-character-masked spellings, so a single look-alike typo still shares one.
 *
 * <table>
 * <caption>Kinds, and the boost each gets in the candidate query</caption>
 * <tr><td>{@code i}</td><td>the whole ID number</td><td>8</td></tr>
 * <tr><td>{@code ia}, {@code ib}, {@code ic}</td><td>ID digits 1–14, 11–18, and 1–6 with 15–18 (one typo or
 *     transposition leaves one of them whole)</td><td>3</td></tr>
 * <tr><td>{@code p}</td><td>phone</td><td>4</td></tr>
 * <tr><td>{@code nb}</td><td>name spelling + birth date</td><td>5</td></tr>
 * <tr><td>{@code mb}</td><td>name spelling with one character masked + birth date</td><td>3</td></tr>
 * <tr><td>{@code na}</td><td>name spelling + estate and building</td><td>3</td></tr>
 * <tr><td>{@code ne}</td><td>name spelling + estate</td><td>2</td></tr>
 * <tr><td>{@code ba}</td><td>birth date + estate and building</td><td>3</td></tr>
 * <tr><td>{@code a}</td><td>the dwelling (estate, building, unit, room)</td><td>1</td></tr>
 * </table>
 *
 * Not thread-safe (one {@link Mac}).
 */
final class BlockingKeys {

    static final Map<String, Float> BOOSTS = Map.ofEntries(Map.entry("i", 8f), Map.entry("ia", 3f), Map.entry("ib", 3f),
            Map.entry("ic", 3f), Map.entry("p", 4f), Map.entry("nb", 5f), Map.entry("mb", 3f), Map.entry("na", 3f),
            Map.entry("ne", 2f), Map.entry("ba", 3f), Map.entry("a", 1f));

    private static final int SPELLINGS = 8;
    private static final int MASKED_SPELLINGS = 4;

    private final Mac mac;

    BlockingKeys(String hashKey) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hashKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    List<String> of(NormalisedPerson p) {
        List<String> keys = new ArrayList<>(32);
        if (p.idNumber() != null) {
            String id = p.idNumber().value();
            keys.add("i:" + hash(id));
            if (id.length() == 18) {
                keys.add("ia:" + hash(id.substring(0, 14)));
                keys.add("ib:" + hash(id.substring(10)));
                keys.add("ic:" + hash(id.substring(0, 6) + id.substring(14)));
            }
        }
        if (p.phone() != null) {
            keys.add("p:" + hash(p.phone()));
        }
        String birth = p.birthDate() == null ? "" : p.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        String building = p.address() == null ? "" : p.address().buildingKey();
        String estate = p.address() == null ? "" : p.address().estate();
        if (p.name() != null) {
            List<String> spellings = p.name().spellings(-1, SPELLINGS);
            for (String spelling : spellings) {
                if (!birth.isEmpty()) {
                    keys.add("nb:" + spelling + '|' + birth);
                }
                if (!building.isEmpty()) {
                    keys.add("na:" + spelling + '|' + building);
                }
                if (!estate.isEmpty()) {
                    keys.add("ne:" + spelling + '|' + estate);
                }
            }
            for (int skip = 0; skip < p.name().length() && p.name().length() > 1 && !birth.isEmpty(); skip++) {
                for (String spelling : p.name().spellings(skip, MASKED_SPELLINGS)) {
                    keys.add("mb:" + skip + ':' + spelling + '|' + birth);
                }
            }
        }
        if (!birth.isEmpty() && !building.isEmpty()) {
            keys.add("ba:" + birth + '|' + building);
        }
        if (p.address() != null && p.address().hasDwelling()) {
            keys.add("a:" + p.address().dwellingKey());
        }
        return keys;
    }

    static float boost(String key) {
        return BOOSTS.get(key.substring(0, key.indexOf(':')));
    }

    private String hash(String value) {
        byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 12);
    }
}
