package org.yeyak.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yeyak.server.ServerConfig;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.store.Tx;
import org.yeyak.server.testing.Api;
import org.yeyak.server.testing.Fixture;
import org.yeyak.server.testing.Residents;
import org.yeyak.server.testing.TestCitizenGate;

/** Bad booking requests get a 4xx problem+json naming the field, and write nothing. */
class BadInputTest {
    @TempDir
    static Path data;
    static YeyakServer server;
    static Api api;

    @BeforeAll
    static void start() {
        Fixture.seed(data, null, 10);
        server = YeyakServer.start(new ServerConfig("127.0.0.1", 0, data, null, null, null, true, null),
                TestCitizenGate::new);
        api = new Api(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"clinicId":"k-seoul-1","date":                     | 400 | body
            not json at all                                      | 400 | body
            []                                                   | 400 | body
            "k-seoul-1"                                          | 400 | body
            {"clinicId":12,"date":"2021-08-26"}                  | 400 | clinicId
            {"clinicId":["k-seoul-1"],"date":"2021-08-26"}       | 400 | clinicId
            {"clinicId":"k-seoul-1","date":"tomorrow"}           | 400 | date
            {"clinicId":"k-seoul-1","date":20210826}             | 400 | date
            {"clinicId":"k-seoul-1","date":"2021-02-30"}         | 400 | date
            {"clinicId":"k-seoul-1"}                             | 400 | date
            {"date":"2021-08-26"}                                | 400 | clinicId
            {"clinicId":"","date":"2021-08-26"}                  | 400 | clinicId
            {"clinicId":"no-such-clinic","date":"2021-08-26"}    | 400 | clinicId
            {"clinicId":"k-seoul-1","date":"2021-10-01"}         | 400 | date
            {"clinicId":"k-seoul-1","date":"2021-08-25"}         | 400 | date
            """)
    void aBadBookingRequestIsRefusedNamingTheFieldAndWritesNothing(String body, int status, String field) {
        List<Long> before = footprint();

        Api.Reply r = api.post("/api/v1/bookings", body, Api.citizen(Residents.digitNine(body.hashCode() & 0xffff),
                "Idempotency-Key", "bad-" + body.hashCode(), TestCitizenGate.ADMISSION, "adm-" + body.hashCode()));

        assertThat(r.status()).isEqualTo(status);
        assertProblem(r, "INVALID_INPUT");
        assertThat(r.json().get("field").asText()).isEqualTo(field);
        assertThat(footprint()).isEqualTo(before);
    }

    @ParameterizedTest(name = "Idempotency-Key [{0}]")
    @CsvSource(value = {"''", "'has space'", "'tooLong'"})
    void aMissingOrMalformedIdempotencyKeyIsRefused(String given) {
        String key = given.equals("tooLong") ? "k".repeat(201) : given;
        List<Long> before = footprint();
        var headers = Api.citizen(Residents.digitNine(7), TestCitizenGate.ADMISSION, "adm-k");
        if (!key.isEmpty()) {
            headers.put("Idempotency-Key", key);
        }

        Api.Reply r = api.post("/api/v1/bookings", "{\"clinicId\":\"k-seoul-1\",\"date\":\"2021-08-26\"}", headers);

        assertThat(r.status()).isEqualTo(400);
        assertProblem(r, "INVALID_INPUT");
        assertThat(r.json().get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(footprint()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {"/api/v1/clinics?date=soon", "/api/v1/clinics?date=2021-12-01", "/api/v1/clinics?region=00"})
    void badClinicQueriesAreRefused(String path) {
        Api.Reply r = api.get(path, Api.citizen(Residents.digitNine(8), TestCitizenGate.ADMISSION, "a"));
        assertThat(r.status()).isEqualTo(400);
        assertProblem(r, "INVALID_INPUT");
    }

    @org.junit.jupiter.api.Test
    void anOversizedBodyIsRefused() {
        String big = "{\"clinicId\":\"" + "x".repeat(70 * 1024) + "\",\"date\":\"2021-08-26\"}";
        List<Long> before = footprint();
        Api.Reply r = api.post("/api/v1/bookings", big, Api.citizen(Residents.digitNine(9),
                "Idempotency-Key", "big", TestCitizenGate.ADMISSION, "adm-big"));
        assertThat(r.status()).isEqualTo(400);
        assertProblem(r, "INVALID_INPUT");
        assertThat(footprint()).isEqualTo(before);
    }

    static void assertProblem(Api.Reply r, String code) {
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(r.status());
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank().doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("select ").doesNotContainIgnoringCase("insert ");
        assertThat(p.get("code").asText()).isEqualTo(code);
    }

    /** Bookings, idempotency records, audit events and booked doses: what a refusal must not change. */
    static List<Long> footprint() {
        return Tx.read(server.database().dataSource(), c -> List.of(
                count(c, "SELECT COUNT(*) FROM bookings"),
                count(c, "SELECT COUNT(*) FROM idempotency_keys"),
                count(c, "SELECT COUNT(*) FROM audit_events"),
                count(c, "SELECT COALESCE(SUM(allocated - remaining), 0) FROM stock")));
    }

    static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
