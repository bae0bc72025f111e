package org.oneform.e2e.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.google.gson.JsonObject;

/**
 * Deterministic resident submissions as a grid worker sends them for people not on their list: a filled
 * resident form naming no subject and no bases, with a valid, unique ID number (region 110105, so never one
 * of the demo city's people). A share of them are second sightings of a person this device already had
 * acknowledged: the same ID number with another phone, which the server matches to that person's record and,
 * the phone having been set by another submission, sends to the review queue.
 *
 * <p>Everything follows from the seed and the order of calls, so a run can be repeated exactly.
 */
public final class NewResidents {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
            "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "兰", "文", "辉", "建", "国", "晓", "红", "海", "志"};
    private static final String[] RELATIONS = {"head", "spouse", "child", "parent", "other"};
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1940, 1, 1);
    private static final int DAYS = 30_000;

    private record Person(String name, String gender, LocalDate birthDate, String idNumber) {
    }

    private final Random random;
    private final int device;
    private final String grid;
    private final int formVersion;
    private final double resightingShare;
    private final List<Person> acknowledged = new ArrayList<>();
    private int people;

    /**
     * @param device          0–99, distinct per device of a run (part of every ID number)
     * @param resightingShare the share of submissions that are second sightings of acknowledged people
     */
    public NewResidents(long seed, int device, String grid, int formVersion, double resightingShare) {
        if (device < 0 || device > 99) {
            throw new IllegalArgumentException("device must be 0-99");
        }
        this.random = new Random(seed * 1_000_003L + device);
        this.device = device;
        this.grid = grid;
        this.formVersion = formVersion;
        this.resightingShare = resightingShare;
    }

    /** The next submission (a new person, or a second sighting of an acknowledged one). */
    public JsonObject next() {
        Person person;
        if (!acknowledged.isEmpty() && random.nextDouble() < resightingShare) {
            person = acknowledged.get(random.nextInt(acknowledged.size()));
        } else {
            person = newPerson();
        }
        JsonObject values = new JsonObject();
        values.addProperty("resident.name", person.name());
        values.addProperty("resident.gender", person.gender());
        values.addProperty("resident.birth_date", person.birthDate().toString());
        values.addProperty("resident.id_number", person.idNumber());
        values.addProperty("resident.relation_to_head", RELATIONS[random.nextInt(RELATIONS.length)]);
        values.addProperty("resident.phone", "139" + String.format("%08d", random.nextInt(100_000_000)));
        JsonObject submission = new JsonObject();
        submission.addProperty("id", new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString());
        submission.addProperty("subjectType", "resident");
        submission.addProperty("formVersion", formVersion);
        submission.addProperty("grid", grid);
        submission.add("values", values);
        submission.addProperty("collectedAt", "2026-11-22T09:00:00Z");
        return submission;
    }

    /** The server acknowledged this submission (from {@link #next()}): later ones may be second sightings of it. */
    public void acknowledged(JsonObject submission) {
        JsonObject values = submission.getAsJsonObject("values");
        Person person = new Person(values.get("resident.name").getAsString(), values.get("resident.gender").getAsString(),
                LocalDate.parse(values.get("resident.birth_date").getAsString()), values.get("resident.id_number").getAsString());
        if (!acknowledged.contains(person)) {
            acknowledged.add(person);
        }
    }

    private Person newPerson() {
        int n = people++;
        if (n >= DAYS * 5) {
            throw new IllegalStateException("at most " + DAYS * 5 + " people per device");
        }
        LocalDate birth = FIRST_BIRTH_DATE.plusDays(n % DAYS);
        int gender = random.nextInt(2); // the sequence's last digit is odd for men
        int sequence = device * 10 + (n / DAYS) * 2 + gender;
        String first17 = "110105" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
        return new Person(name, gender == 1 ? "male" : "female", birth, first17 + checkDigit(first17));
    }

    /** The GB 11643 check character of the first 17 digits. */
    static char checkDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
