package org.oneform.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A grid worker's device talking to the collector sync API ({@code /api/sync/v1}) from outside, as a tablet
 * does: a device session (bearer token), batch upload, receipts. Also the admin's view of the apply loop's
 * health. One instance per simulated device; not thread-safe beyond what {@link HttpClient} is.
 */
public final class SyncClient {

    /** What a batch upload answered: HTTP status, body, and the time the request took. */
    public record Answer(int status, String body, Duration took) {

        public boolean ok() {
            return status == 200;
        }

        /** The per-item results of a 200 answer. */
        public List<ItemResult> results() {
            List<ItemResult> results = new ArrayList<>();
            for (JsonElement element : JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("results")) {
                JsonObject item = element.getAsJsonObject();
                results.add(new ItemResult(UUID.fromString(item.get("id").getAsString()), item.get("status").getAsString(),
                        item.has("seq") && !item.get("seq").isJsonNull() ? item.get("seq").getAsLong() : -1,
                        item.has("code") && !item.get("code").isJsonNull() ? item.get("code").getAsString() : null,
                        item.toString()));
            }
            return results;
        }
    }

    /** One item's result: {@code accepted}, {@code duplicate}, {@code conflict}, {@code invalid}, {@code missing-attachment}. */
    public record ItemResult(UUID id, String status, long seq, String code, String json) {

        /** Accepted now or before: the device may delete it from its outbox. */
        public boolean acknowledged() {
            return "accepted".equals(status) || "duplicate".equals(status);
        }
    }

    /** A receipt ({@code GET /submissions/{id}}). */
    public record Receipt(UUID id, long seq, boolean applied, String subjectId) {
    }

    /** The apply loop's health as an admin sees it. */
    public record ApplyLoopState(String status, long ledgerSeq, long appliedSeq) {
    }

    private static final String API = "/api/sync/v1";

    private final Supplier<String> baseUrl;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final String username;
    private final String deviceId;
    private String token;
    private String grid;

    /**
     * @param baseUrl        e.g. {@code http://127.0.0.1:8080}, asked on every request (a restarted server may move)
     * @param requestTimeout how long one request may take before the device gives up on it
     */
    public SyncClient(Supplier<String> baseUrl, String username, String deviceId, Duration requestTimeout) {
        this.baseUrl = baseUrl;
        this.username = username;
        this.deviceId = deviceId;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
    }

    public String username() {
        return username;
    }

    /** The first grid the session listed. */
    public String grid() {
        return grid;
    }

    /** Signs the device in ({@code POST /session}); remembers the token and the first grid. */
    public void signIn() throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.addProperty("username", username);
        body.addProperty("password", OneFormServer.DEMO_PASSWORD);
        body.addProperty("deviceId", deviceId);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl.get() + API + "/session"))
                .timeout(requestTimeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("sign-in of " + username + " answered " + response.statusCode() + ": " + response.body());
        }
        JsonObject session = JsonParser.parseString(response.body()).getAsJsonObject();
        token = session.get("token").getAsString();
        grid = session.getAsJsonArray("grids").get(0).getAsString();
    }

    /** Posts a batch body ({@code {"submissions": [...]}}) as it is; IO errors and timeouts are thrown. */
    public Answer upload(String batchJson) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl.get() + API + "/submissions"))
                .timeout(requestTimeout).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(batchJson, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** One page of the worker's download ({@code GET /download}); a null cursor starts from nothing. */
    public Answer download(String cursor, int limit) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String query = "?limit=" + limit + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl.get() + API + "/download" + query))
                .timeout(requestTimeout).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** The receipt of one of this worker's submissions; empty when the server answers 404. */
    public java.util.Optional<Receipt> receipt(UUID id) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl.get() + API + "/submissions/" + id))
                .timeout(requestTimeout).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            return java.util.Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("receipt of " + id + " answered " + response.statusCode() + ": " + response.body());
        }
        JsonObject receipt = JsonParser.parseString(response.body()).getAsJsonObject();
        JsonElement subject = receipt.get("subjectId");
        return java.util.Optional.of(new Receipt(UUID.fromString(receipt.get("id").getAsString()), receipt.get("seq").getAsLong(),
                receipt.get("applied").getAsBoolean(), subject == null || subject.isJsonNull() ? null : subject.getAsString()));
    }

    /**
     * The newest published version of a form, found from outside without a browser session: a probe
     * submission whose values are invalid (a one-character name) is refused either as {@code unknown-form-version}
     * or as {@code invalid-values}, and refused items are never stored.
     */
    public int newestFormVersion(String subjectType, String valuesJson) throws IOException, InterruptedException {
        int newest = 0;
        for (int version = 1; version < 1000; version++) {
            String probe = "{\"submissions\":[{\"id\":\"" + UUID.randomUUID() + "\",\"subjectType\":\"" + subjectType
                    + "\",\"formVersion\":" + version + ",\"grid\":\"" + grid + "\",\"values\":" + valuesJson + "}]}";
            Answer answer = upload(probe);
            if (!answer.ok()) {
                throw new IOException("probe answered " + answer.status() + ": " + answer.body());
            }
            ItemResult result = answer.results().getFirst();
            if (!"invalid".equals(result.status())) {
                throw new IOException("the probe was not refused: " + result.json());
            }
            if ("unknown-form-version".equals(result.code())) {
                break;
            }
            newest = version;
        }
        if (newest == 0) {
            throw new IOException("no published " + subjectType + " form version");
        }
        return newest;
    }

    /** {@code /actuator/health} with the demo admin's basic credentials, which show the apply loop's details. */
    public static ApplyLoopState applyLoop(String baseUrl) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("admin:" + OneFormServer.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject health = JsonParser.parseString(response.body()).getAsJsonObject();
        JsonObject loop = health.getAsJsonObject("components") == null ? null
                : health.getAsJsonObject("components").getAsJsonObject("applyLoop");
        if (loop == null || loop.getAsJsonObject("details") == null) {
            throw new IOException("the health answer shows no applyLoop details (HTTP " + response.statusCode() + "): " + response.body());
        }
        JsonObject details = loop.getAsJsonObject("details");
        return new ApplyLoopState(loop.get("status").getAsString(), details.get("ledgerSeq").getAsLong(),
                details.get("appliedSeq").getAsLong());
    }

    /** {@code {"submissions": [...]}} around the given submission objects. */
    public static String batch(List<JsonObject> submissions) {
        JsonArray array = new JsonArray();
        submissions.forEach(array::add);
        JsonObject body = new JsonObject();
        body.add("submissions", array);
        return body.toString();
    }
}
