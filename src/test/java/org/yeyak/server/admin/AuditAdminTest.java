package org.yeyak.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.staff.StaffHttp;

/** Each test gets its own store: the tampering tests break the chain for good. */
class AuditAdminTest {
    @TempDir
    Path data;
    AdminFixture f;

    @BeforeEach
    void start() {
        f = AdminFixture.start(data);
        for (int i = 0; i < 5; i++) {
            f.clinic("audit-" + i, "11", 10 + i);
        }
    }

    @AfterEach
    void stop() {
        f.server.close();
    }

    @Test
    void staffActionsAreListedNewestFirstWithWhoWhatAndFromWhere() {
        StaffHttp.Answer page = f.http.get("/api/v1/admin/audit?limit=3", f.admin);
        assertThat(page.status()).isEqualTo(200);
        JsonNode events = page.json().get("events");
        assertThat(events).hasSize(3);
        assertThat(events.get(0).get("action").asText()).isEqualTo("CLINIC_ADDED");
        assertThat(events.get(0).get("subject").asText()).isEqualTo("clinic:audit-4");
        assertThat(events.get(0).get("actor").asText()).isEqualTo("staff:admin");
        assertThat(events.get(0).get("detail").get("from").asText()).isEqualTo("127.0.0.1");
        assertThat(events.get(0).get("at").asText()).endsWith("Z");
        long newest = events.get(0).get("id").asLong();
        assertThat(events.get(1).get("id").asLong()).isEqualTo(newest - 1);

        // Following `next` walks back to the first event; ascending paging sees the same ids.
        List<Long> ids = new ArrayList<>();
        String next = "limit=3";
        while (next != null) {
            JsonNode p = f.http.get("/api/v1/admin/audit?" + next, f.admin).json();
            p.get("events").forEach(e -> ids.add(e.get("id").asLong()));
            next = p.get("next") == null ? null : p.get("next").asText();
        }
        assertThat(ids).hasSize((int) newest).startsWith(newest).endsWith(1L);
        JsonNode asc = f.http.get("/api/v1/admin/audit?after=0&limit=500", f.admin).json();
        assertThat(asc.get("events").get(0).get("id").asLong()).isEqualTo(1);
        assertThat(asc.get("events").findValuesAsText("action")).contains("STAFF_LOGIN", "CLINIC_ADDED");
        assertThat(f.http.get("/api/v1/admin/audit?limit=0", f.admin).json().get("field").asText()).isEqualTo("limit");
    }

    @Test
    void anIntactChainVerifies() {
        JsonNode v = f.http.get("/api/v1/admin/audit/verify", f.admin).json();
        assertThat(v.get("valid").asBoolean()).isTrue();
        assertThat(v.get("events").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(v.get("firstBrokenId")).isNull();
    }

    @Test
    void anEventChangedBySqlIsDetected() throws Exception {
        long target = eventId("clinic:audit-2");
        sql("UPDATE audit_events SET detail = REPLACE(detail, '12', '99') WHERE seq = ?", target);
        JsonNode v = f.http.get("/api/v1/admin/audit/verify", f.admin).json();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("firstBrokenId").asLong()).isEqualTo(target);
    }

    @Test
    void anEventDeletedBySqlIsDetected() throws Exception {
        long target = eventId("clinic:audit-1");
        sql("DELETE FROM audit_events WHERE seq = ?", target);
        JsonNode v = f.http.get("/api/v1/admin/audit/verify", f.admin).json();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("firstBrokenId").asLong()).isEqualTo(target);
    }

    @Test
    void onlyOfficialsReadTheAuditTrail() {
        f.http.post("/api/v1/admin/staff", f.admin, Map.of("username", "ana", "role", "ANALYST", "password", "analyst-password-1"));
        String analyst = f.http.login("ana", "analyst-password-1");
        assertThat(f.http.get("/api/v1/admin/audit", analyst).status()).isEqualTo(403);
        assertThat(f.http.get("/api/v1/admin/audit/verify", analyst).status()).isEqualTo(403);
    }

    private long eventId(String subject) {
        JsonNode events = f.http.get("/api/v1/admin/audit?after=0&limit=500", f.admin).json().get("events");
        for (JsonNode e : events) {
            if (subject.equals(e.get("subject").asText())) {
                return e.get("id").asLong();
            }
        }
        throw new AssertionError("no event for " + subject);
    }

    private void sql(String statement, long seq) throws Exception {
        try (Connection c = f.server.database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(statement)) {
            ps.setLong(1, seq);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }
}
