package org.oneform.app.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.compile.FormVersions;
import org.oneform.forms.values.IdNumber;
import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.feeds.DeliveryStore;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.intake.IntakeLedger;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.review.ReviewKind;
import org.oneform.sync.review.ReviewQueue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The collector's sync API against the whole application (H2 file, Eclipse Store, Lucene, the demo city):
 * device sessions, every idempotency, conflict and error case of submission upload, resumable attachments,
 * and what the apply loop makes of accepted submissions.
 */
class SyncApiIT extends OneFormIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String API = "/api/sync/v1";

    @Autowired
    MockMvc mvc;
    @Autowired
    Registry registry;
    @Autowired
    FormVersions forms;
    @Autowired
    IntakeLedger ledger;
    @Autowired
    ApplyLoop loop;
    @Autowired
    ReviewQueue review;
    @Autowired
    DeliveryStore deliveries;
    @Autowired
    org.oneform.sync.feeds.Subscriptions subscriptions;

    private String token;
    private AreaId grid;
    private int residentVersion;

    @BeforeEach
    void signIn() throws Exception {
        token = session("worker01", "tablet-" + UUID.randomUUID()).get("token").asString();
        grid = new AreaId(session("worker01", "tablet-b").get("grids").get(0).asString());
        residentVersion = forms.current(SubjectType.RESIDENT).orElseThrow().number();
    }

    // ---- sessions ------------------------------------------------------------------------------------------

    @Test
    void aDeviceSessionIssuesATokenOnlyToGridWorkersWithTheRightPassword() throws Exception {
        JsonNode session = session("worker01", "tablet-x");
        assertThat(session.get("token").asString()).startsWith("oft_");
        assertThat(session.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(session.get("grids").size()).isPositive();
        String grid = session.get("grids").get(0).asString();
        assertThat(session.get("gridNames").get(grid).asString()).as("the grid's name, not its id")
                .isNotBlank().isNotEqualTo(grid);

        MockHttpServletResponse wrong = call(post(API + "/session").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"worker01\",\"password\":\"nope\",\"deviceId\":\"t\"}"));
        assertProblem(wrong, 401, "bad-credentials");

        MockHttpServletResponse supervisor = call(post(API + "/session").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"supervisor1\",\"password\":\"oneform-demo\",\"deviceId\":\"t\"}"));
        assertProblem(supervisor, 403, "not-a-grid-worker");

        MockHttpServletResponse noDevice = call(post(API + "/session").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"worker01\",\"password\":\"oneform-demo\"}"));
        assertProblem(noDevice, 400, "invalid-property");
        assertThat(json(noDevice).get("property").asString()).isEqualTo("deviceId");
    }

    @Test
    void requestsWithoutAValidTokenGet401AndARevokedTokenStopsWorking() throws Exception {
        MockHttpServletResponse none = call(post(API + "/submissions").contentType(MediaType.APPLICATION_JSON).content("{}"));
        assertProblem(none, 401, "unauthorized");
        assertThat(none.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(call(get(API + "/submissions/" + UUID.randomUUID()).header("Authorization", "Bearer oft_forged")),
                401, "unauthorized");

        String mine = session("worker01", "tablet-revoke").get("token").asString();
        assertThat(call(delete(API + "/session").header("Authorization", "Bearer " + mine)).getStatus()).isEqualTo(204);
        assertProblem(call(get(API + "/submissions/" + UUID.randomUUID()).header("Authorization", "Bearer " + mine)),
                401, "unauthorized");
    }

    @Test
    void aPathNoEndpointServesIsATyped404NotTheApplicationPage() throws Exception {
        MockHttpServletResponse unknown = call(get(API + "/no-such-thing").header("Authorization", "Bearer " + token));
        assertProblem(unknown, 404, "no-such-endpoint");
        assertThat(unknown.getContentType()).startsWith("application/problem+json");
        assertThat(json(unknown).get("path").asString()).isEqualTo(API + "/no-such-thing");
        // the token check still comes first
        assertProblem(call(get(API + "/no-such-thing")), 401, "unauthorized");
    }

    @Test
    void signingTheSameDeviceInAgainRevokesItsEarlierToken() throws Exception {
        String first = session("worker01", "tablet-again").get("token").asString();
        String second = session("worker01", "tablet-again").get("token").asString();
        assertProblem(call(get(API + "/submissions/" + UUID.randomUUID()).header("Authorization", "Bearer " + first)),
                401, "unauthorized");
        assertProblem(call(get(API + "/submissions/" + UUID.randomUUID()).header("Authorization", "Bearer " + second)),
                404, "unknown-submission");
    }

    // ---- idempotency and conflicts ----------------------------------------------------------------------------

    @Test
    void theSameSubmissionSentAgainGetsTheSameAcknowledgementAndOtherContentIsAConflict() throws Exception {
        GoldenRecord resident = someResident(0);
        Map<String, Object> submission = edit(resident, "resident.phone", "13905710001");
        long before = ledger.count();

        JsonNode first = batch(submission).get(0);
        long seq = accepted(first);

        for (int i = 0; i < 3; i++) {
            JsonNode again = batch(submission).get(0);
            assertThat(again.get("status").asString()).isEqualTo("duplicate");
            assertThat(again.get("seq").asLong()).isEqualTo(seq);
            assertThat(again.get("receivedAt").asString()).isEqualTo(first.get("receivedAt").asString());
        }
        String originalPayload = ledger.payload(UUID.fromString((String) submission.get("id"))).orElseThrow();

        Map<String, Object> changed = new LinkedHashMap<>(submission);
        changed.put("values", withValue(submission, "resident.phone", "13905710002"));
        JsonNode conflict = batch(changed).get(0);
        assertThat(conflict.get("status").asString()).isEqualTo("conflict");
        assertThat(conflict.get("code").asString()).isEqualTo("submission-id-conflict");
        assertThat(conflict.get("seq").asLong()).isEqualTo(seq);

        MockHttpServletResponse put = call(authorized(put(API + "/submissions/" + submission.get("id")))
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(changed)));
        assertProblem(put, 409, "submission-id-conflict");
        assertThat(json(put).get("seq").asLong()).isEqualTo(seq);

        assertThat(ledger.count()).isEqualTo(before + 1);
        assertThat(ledger.payload(UUID.fromString((String) submission.get("id")))).contains(originalPayload);
    }

    @Test
    void thePutEndpointAnswers201ThenTheSameReceiptWith200() throws Exception {
        Map<String, Object> submission = edit(someResident(1), "resident.phone", "13905710003");
        String body = JSON.writeValueAsString(submission);
        MockHttpServletResponse created = call(authorized(put(API + "/submissions/" + submission.get("id")))
                .contentType(MediaType.APPLICATION_JSON).content(body));
        assertThat(created.getStatus()).isEqualTo(201);
        MockHttpServletResponse again = call(authorized(put(API + "/submissions/" + submission.get("id")))
                .contentType(MediaType.APPLICATION_JSON).content(body));
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(json(again).get("seq").asLong()).isEqualTo(json(created).get("seq").asLong());
    }

    @Test
    void oneBadItemNeverFailsTheBatchAndNothingOfItIsStored() throws Exception {
        GoldenRecord resident = someResident(2);
        Map<String, Object> good = edit(resident, "resident.phone", "13905710004");
        Map<String, Object> badId = edit(resident, "resident.id_number", "110101199003071235");
        Map<String, Object> unknownVersion = edit(resident, "resident.phone", "13905710005");
        unknownVersion.put("formVersion", 9999);
        Map<String, Object> otherGrid = edit(resident, "resident.phone", "13905710006");
        otherGrid.put("grid", "330187.001.001.99");
        Map<String, Object> noSubjectType = edit(resident, "resident.phone", "13905710007");
        noSubjectType.remove("subjectType");
        Map<String, Object> unknownSubject = edit(resident, "resident.phone", "13905710008");
        unknownSubject.put("subjectId", "R99999999");
        Map<String, Object> badSupersedes = edit(resident, "resident.phone", "13905710009");
        badSupersedes.put("supersedes", UUID.randomUUID().toString());
        long before = ledger.count();

        JsonNode results = batch(good, badId, unknownVersion, otherGrid, noSubjectType, unknownSubject, badSupersedes);

        assertThat(results.get(0).get("status").asString()).isEqualTo("accepted");
        assertInvalid(results.get(1), "invalid-values", "resident.id_number", "id.checksum");
        assertInvalid(results.get(2), "unknown-form-version", "formVersion", "unknown-form-version");
        assertInvalid(results.get(3), "grid-not-assigned", "grid", "grid-not-assigned");
        assertInvalid(results.get(4), "malformed-submission", "subjectType", "malformed-submission");
        assertInvalid(results.get(5), "unknown-subject", "subjectId", "unknown-subject");
        assertInvalid(results.get(6), "unknown-superseded", "supersedes", "unknown-superseded");
        assertThat(ledger.count()).isEqualTo(before + 1);
    }

    @Test
    void malformedOrOversizedRequestsGetATypedProblemAndStoreNothing() throws Exception {
        long before = ledger.count();
        assertProblem(call(authorized(post(API + "/submissions")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"submissions\": [ {\"id\": ")), 400, "malformed-request");
        assertProblem(call(authorized(post(API + "/submissions")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"submissions\": []}")), 400, "invalid-property");

        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(edit(someResident(3), "resident.phone", "13905710010"));
        }
        MockHttpServletResponse tooMany = call(authorized(post(API + "/submissions")).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("submissions", many))));
        assertProblem(tooMany, 413, "batch-too-large");

        byte[] huge = new byte[(int) BodySizeLimit.MAX_JSON_BYTES + 1];
        assertProblem(call(authorized(post(API + "/submissions")).contentType(MediaType.APPLICATION_JSON).content(huge)),
                413, "batch-too-large");

        Map<String, Object> noId = edit(someResident(3), "resident.phone", "13905710011");
        noId.remove("id");
        MockHttpServletResponse missingId = call(authorized(post(API + "/submissions")).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("submissions", List.of(noId)))));
        assertProblem(missingId, 400, "invalid-property");
        assertThat(json(missingId).get("property").asString()).isEqualTo("submissions[0].id");
        assertThat(ledger.count()).isEqualTo(before);
    }

    // ---- attachments -------------------------------------------------------------------------------------------

    @Test
    void aPhotoUploadResumesIsCheckedAndASubmissionWaitsForIt() throws Exception {
        byte[] photo = "not really a jpeg, but bytes all the same: 照片".repeat(500).getBytes(StandardCharsets.UTF_8);
        String sha = sha256(photo);
        Map<String, Object> submission = edit(someResident(4), "resident.photo", sha);

        JsonNode waiting = batch(submission).get(0);
        assertThat(waiting.get("status").asString()).isEqualTo("missing-attachment");
        assertThat(waiting.get("missingAttachments").get(0).asString()).isEqualTo(sha);

        int half = photo.length / 2;
        MockHttpServletResponse part1 = upload(sha, photo.length, 0, java.util.Arrays.copyOfRange(photo, 0, half));
        assertThat(part1.getStatus()).isEqualTo(200);
        assertThat(json(part1).get("received").asLong()).isEqualTo(half);
        assertThat(json(part1).get("complete").asBoolean()).isFalse();

        MockHttpServletResponse wrongOffset = upload(sha, photo.length, 3, java.util.Arrays.copyOfRange(photo, 3, photo.length));
        assertProblem(wrongOffset, 409, "attachment-offset");
        assertThat(json(wrongOffset).get("expectedOffset").asLong()).isEqualTo(half);

        MockHttpServletResponse status = call(authorized(get(API + "/attachments/" + sha)));
        assertThat(status.getHeader("Upload-Offset")).isEqualTo(Integer.toString(half));

        MockHttpServletResponse part2 = upload(sha, photo.length, half, java.util.Arrays.copyOfRange(photo, half, photo.length));
        assertThat(part2.getStatus()).isEqualTo(201);
        assertThat(json(part2).get("complete").asBoolean()).isTrue();
        assertThat(upload(sha, photo.length, 0, photo).getStatus()).as("a complete attachment takes resends").isEqualTo(200);

        assertThat(batch(submission).get(0).get("status").asString()).isEqualTo("accepted");
    }

    @Test
    void bytesThatDoNotHashToTheirAddressAreRefusedAndTheUploadStartsOver() throws Exception {
        byte[] photo = "a photo".repeat(100).getBytes(StandardCharsets.UTF_8);
        String claimed = sha256("another photo".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse refused = upload(claimed, photo.length, 0, photo);
        assertProblem(refused, 422, "attachment-hash-mismatch");
        MockHttpServletResponse status = call(authorized(get(API + "/attachments/" + claimed)));
        assertThat(json(status).get("received").asLong()).isZero();
        assertThat(json(status).get("complete").asBoolean()).isFalse();

        assertProblem(upload("not-a-hash", 10, 0, new byte[10]), 400, "attachment-refused");
    }

    // ---- applied to the registry ---------------------------------------------------------------------------------

    @Test
    void anAcceptedEditIsAppliedWithProvenanceAndTheReceiptSaysWhere() throws Exception {
        GoldenRecord resident = someResident(5);
        Map<String, Object> submission = edit(resident, "resident.phone", "13905710012");
        long seq = accepted(batch(submission).get(0));

        assertThat(loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();
        GoldenRecord after = registry.find(resident.id()).orElseThrow();
        assertThat(after.text("resident.phone")).isEqualTo("13905710012");
        assertThat(after.fields().get("resident.phone").provenance().ledgerSeq()).isEqualTo(seq);
        assertThat(after.fields().get("resident.phone").provenance().collectedBy()).isEqualTo("worker01");
        assertThat(after.historyOf("resident.phone")).extracting(v -> v.value())
                .containsExactly(resident.text("resident.phone"));

        JsonNode receipt = json(call(authorized(get(API + "/submissions/" + submission.get("id")))));
        assertThat(receipt.get("applied").asBoolean()).isTrue();
        assertThat(receipt.get("subjectId").asString()).isEqualTo(resident.id().value());
    }

    @Test
    void aResidentFoundOfflineBecomesANewRecordAndASecondSightingByIdNumberMatchesIt() throws Exception {
        String idNumber = "330187199205180" + "02";
        idNumber = idNumber + IdNumber.checkDigit(idNumber);
        Map<String, Object> first = newResident("林晓雯", idNumber, "13905710013");
        Map<String, Object> second = newResident("林晓雯", idNumber, "13905710014");
        long seq1 = accepted(batch(first).get(0));
        assertThat(loop.awaitApplied(seq1, Duration.ofSeconds(10))).isTrue();
        String subject = json(call(authorized(get(API + "/submissions/" + first.get("id"))))).get("subjectId").asString();
        assertThat(subject).startsWith("R");
        assertThat(registry.find(new org.oneform.sync.registry.SubjectId(subject)).orElseThrow().text("resident.name"))
                .isEqualTo("林晓雯");

        long seq2 = accepted(batch(second).get(0));
        assertThat(loop.awaitApplied(seq2, Duration.ofSeconds(10))).isTrue();
        String matched = json(call(authorized(get(API + "/submissions/" + second.get("id"))))).get("subjectId").asString();
        assertThat(matched).isEqualTo(subject);
        // the second sighting named no base: a value another submission set is not overwritten silently
        assertThat(registry.find(new org.oneform.sync.registry.SubjectId(subject)).orElseThrow().text("resident.phone"))
                .isEqualTo("13905710013");
        assertThat(review.all()).anySatisfy(item -> {
            assertThat(item.kind()).isEqualTo(ReviewKind.FIELD_CONFLICT);
            assertThat(item.subjectId().value()).isEqualTo(subject);
            assertThat(item.fieldId()).isEqualTo("resident.phone");
            assertThat(item.proposed()).isEqualTo("13905710014");
        });
    }

    @Test
    void aPlaceLocatedByTheTabletIsAcceptedAndTheGoldenRecordHoldsTheCanonicalPoint() throws Exception {
        GoldenRecord place = registry.inGrid(grid, SubjectType.PLACE).get(1);
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("lat", new java.math.BigDecimal("30.27410"));
        point.put("lon", new java.math.BigDecimal("120.155100"));
        point.put("accuracy", 8.5);
        Map<String, Object> submission = editPlace(place, "place.location", point);
        assertThat(JSON.writeValueAsString(submission)).contains("\"place.location\":{\"lat\":30.27410,\"lon\":120.155100,\"accuracy\":8.5}");
        long seq = accepted(batch(submission).get(0));

        assertThat(loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();
        GoldenRecord after = registry.find(place.id()).orElseThrow();
        assertThat(after.text("place.location")).isEqualTo("30.2741 120.1551");
        assertThat(after.fields().get("place.location").provenance().ledgerSeq()).isEqualTo(seq);

        // the stored text sent back as it was prefilled (no accuracy, other spacing) is the same point: no change
        Map<String, Object> again = editPlace(after, "place.location", Map.of("lat", 30.2741, "lon", 120.1551));
        long seq2 = accepted(batch(again).get(0));
        assertThat(loop.awaitApplied(seq2, Duration.ofSeconds(10))).isTrue();
        GoldenRecord unchanged = registry.find(place.id()).orElseThrow();
        assertThat(unchanged.text("place.location")).isEqualTo("30.2741 120.1551");
        assertThat(unchanged.fields().get("place.location").valueSeq()).isEqualTo(seq);
    }

    @Test
    void badGpsObjectsAreInvalidWithTheFieldErrorAndNothingIsStored() throws Exception {
        GoldenRecord place = registry.inGrid(grid, SubjectType.PLACE).get(2);
        List<Object> bad = List.of(Map.of("lat", 91, "lon", 120.1, "accuracy", 5),
                Map.of("lat", 30.2, "lon", -180.5),
                Map.of("lat", "30.2741", "lon", 120.1551, "accuracy", 5),
                Map.of("lat", 30.2741, "lon", 120.1551, "accuracy", -3),
                Map.of("lat", "NaN", "lon", 120.1551),
                Map.of("lat", 30.2741, "lon", 120.1551, "altitude", 12),
                Map.of("lat", 30.2741));
        long before = ledger.count();
        List<Map<String, Object>> submissions = bad.stream().map(point -> editPlace(place, "place.location", point)).toList();
        @SuppressWarnings("unchecked")
        JsonNode results = batch(submissions.toArray(Map[]::new));
        for (int i = 0; i < bad.size(); i++) {
            assertInvalid(results.get(i), "invalid-values", "place.location", "gps");
        }
        assertThat(results.get(0).get("errors").get(0).get("message").asString()).contains("-90").contains("-180");
        assertThat(ledger.count()).isEqualTo(before);
        assertThat(registry.find(place.id()).orElseThrow().text("place.location")).isEqualTo(place.text("place.location"));
    }

    @Test
    void anAppliedChangeIsDeliveredOnlyToTheDepartmentsThatAskedForTheChangedFieldsOnce() throws Exception {
        GoldenRecord resident = someResident(7);
        Map<String, Object> submission = edit(resident, "resident.phone", "13905710021");
        long seq = accepted(batch(submission).get(0));
        assertThat(loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();

        // other tests share this application (a backfill may deliver this resident too): this change's deliveries
        // are those whose id leads with its ledger sequence
        List<DeliveryStore.LedgerRow> rows = deliveries.ledgerOf(resident.id().value()).stream()
                .filter(row -> row.deliveryId().startsWith("%012x".formatted(seq))).toList();
        var asked = subscriptions.forType(SubjectType.RESIDENT);
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            java.util.Set<String> allowed = new java.util.HashSet<>();
            asked.getOrDefault(row.department(), List.of()).forEach(g -> allowed.addAll(g.fields()));
            assertThat(allowed).as("%s asked for every field it got", row.department()).containsAll(row.fields())
                    .contains("resident.phone");
        });
        assertThat(rows).extracting(DeliveryStore.LedgerRow::department).doesNotHaveDuplicates();
        asked.forEach((department, grants) -> {
            boolean wantsPhone = grants.stream().anyMatch(g -> g.fields().contains("resident.phone") && g.filter().isEmpty());
            if (wantsPhone) {
                assertThat(rows).as("%s asked for phones of everyone", department)
                        .anyMatch(row -> row.department().equals(department));
            }
        });
    }

    @Test
    void aResidentFoundWithoutAnIdNumberIsMatchedByNameBirthDateAndPhone() throws Exception {
        GoldenRecord known = registry.inGrid(grid, SubjectType.RESIDENT).stream()
                .filter(r -> r.value("resident.phone").isPresent() && r.value("resident.birth_date").isPresent())
                .skip(20).findFirst().orElseThrow();
        Map<String, Object> sighting = newResident(known.text("resident.name"), "330187199001010" + "03" + "0", "13905710099");
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) sighting.get("values");
        values.remove("resident.id_number");
        values.put("resident.gender", known.text("resident.gender"));
        values.put("resident.birth_date", known.text("resident.birth_date"));
        values.put("resident.phone", known.text("resident.phone"));
        values.remove("resident.hukou_address");
        known.value("resident.hukou_address").ifPresent(address -> values.put("resident.hukou_address", address));
        long seq = accepted(batch(sighting).get(0));
        assertThat(loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();
        String subject = json(call(authorized(get(API + "/submissions/" + sighting.get("id"))))).get("subjectId").asString();
        assertThat(subject).as("dedup merged the sighting into the record it describes").isEqualTo(known.id().value());
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        JsonNode docs = json(call(get("/v3/api-docs")));
        assertThat(docs.get("paths").has(API + "/submissions")).isTrue();
        assertThat(docs.get("paths").has(API + "/submissions/{id}")).isTrue();
        assertThat(docs.get("paths").has(API + "/attachments/{sha256}")).isTrue();
        assertThat(docs.get("paths").has(API + "/session")).isTrue();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private JsonNode session(String username, String device) throws Exception {
        MockHttpServletResponse response = call(post(API + "/session").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("username", username, "password", "oneform-demo", "deviceId", device))));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json(response);
    }

    private GoldenRecord someResident(int n) {
        return registry.inGrid(grid, SubjectType.RESIDENT).get(n * 3 + 1);
    }

    /** A submission editing one field of a resident from its current values (the prefill), naming its bases. */
    private Map<String, Object> edit(GoldenRecord resident, String field, String value) {
        FormVersion form = forms.version(SubjectType.RESIDENT, residentVersion).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Long> bases = new LinkedHashMap<>();
        form.topLevel().forEach(f -> resident.value(f.id()).ifPresent(v -> {
            values.put(f.id(), v);
            bases.put(f.id(), resident.fields().get(f.id()).valueSeq());
        }));
        values.put(field, value);
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("id", UUID.randomUUID().toString());
        submission.put("subjectType", "resident");
        submission.put("formVersion", residentVersion);
        submission.put("subjectId", resident.id().value());
        submission.put("grid", grid.value());
        submission.put("values", values);
        submission.put("baseSeqs", bases);
        submission.put("collectedAt", "2026-11-22T09:00:00Z");
        return submission;
    }

    /** A submission editing one field of a place from its current values (the prefill), naming its bases. */
    private Map<String, Object> editPlace(GoldenRecord place, String field, Object value) {
        int version = forms.current(SubjectType.PLACE).orElseThrow().number();
        FormVersion form = forms.version(SubjectType.PLACE, version).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Long> bases = new LinkedHashMap<>();
        form.topLevel().forEach(f -> place.value(f.id()).ifPresent(v -> {
            values.put(f.id(), v);
            bases.put(f.id(), place.fields().get(f.id()).valueSeq());
        }));
        values.put(field, value);
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("id", UUID.randomUUID().toString());
        submission.put("subjectType", "place");
        submission.put("formVersion", version);
        submission.put("subjectId", place.id().value());
        submission.put("grid", grid.value());
        submission.put("values", values);
        submission.put("baseSeqs", bases);
        submission.put("collectedAt", "2026-11-22T09:00:00Z");
        return submission;
    }

    /** A resident the worker met who is not on their list: a filled form naming no subject and no bases. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> newResident(String name, String idNumber, String phone) {
        Map<String, Object> submission = edit(someResident(6), "resident.name", name);
        Map<String, Object> values = (Map<String, Object>) submission.get("values");
        values.put("resident.gender", "female");
        values.put("resident.birth_date", idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14));
        values.put("resident.id_number", idNumber);
        values.put("resident.phone", phone);
        submission.remove("subjectId");
        submission.remove("baseSeqs");
        return submission;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withValue(Map<String, Object> submission, String field, String value) {
        Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) submission.get("values"));
        values.put(field, value);
        return values;
    }

    @SafeVarargs
    private JsonNode batch(Map<String, Object>... submissions) throws Exception {
        MockHttpServletResponse response = call(authorized(post(API + "/submissions")).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("submissions", List.of(submissions)))));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        JsonNode results = json(response).get("results");
        assertThat(results.size()).isEqualTo(submissions.length);
        for (int i = 0; i < submissions.length; i++) {
            assertThat(results.get(i).get("id").asString()).isEqualTo(submissions[i].get("id"));
        }
        return results;
    }

    private static long accepted(JsonNode result) {
        assertThat(result.get("status").asString()).as(result.toString()).isEqualTo("accepted");
        return result.get("seq").asLong();
    }

    private MockHttpServletResponse upload(String sha, long size, long offset, byte[] bytes) throws Exception {
        return call(authorized(put(API + "/attachments/" + sha)).contentType("image/jpeg")
                .header("Upload-Length", size).header("Upload-Offset", offset).content(bytes));
    }

    private MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String code) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("type").asString()).isEqualTo("urn:oneform:problem:" + code);
    }

    private static void assertInvalid(JsonNode result, String code, String field, String fieldCode) {
        assertThat(result.get("status").asString()).as(result.toString()).isEqualTo("invalid");
        assertThat(result.get("code").asString()).as(result.toString()).isEqualTo(code);
        assertThat(result.has("seq")).isFalse();
        assertThat(result.get("errors")).anySatisfy(error -> {
            assertThat(error.get("field").asString()).isEqualTo(field);
            assertThat(error.get("code").asString()).isEqualTo(fieldCode);
            assertThat(error.get("message").asString()).isNotBlank();
        });
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
