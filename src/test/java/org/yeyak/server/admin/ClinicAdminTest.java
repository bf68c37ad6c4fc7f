package org.yeyak.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.staff.StaffHttp;

class ClinicAdminTest {
    @TempDir
    static Path data;
    static YeyakServer server;
    static StaffHttp http;
    static String official;
    static String analyst;
    static String callcenter;

    @BeforeAll
    static void start() {
        AdminFixture f = AdminFixture.start(data);
        server = f.server;
        http = f.http;
        official = f.admin;
        analyst = f.signedIn("analyst", "ANALYST");
        callcenter = f.signedIn("callcenter", "CALL_CENTER");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Map<String, Object> clinic(String id, String region, String name, int capacity) {
        Map<String, Object> m = new HashMap<>();
        if (id != null) {
            m.put("id", id);
        }
        m.put("region", region);
        m.put("name", name);
        m.put("address", "서울 종로구 1");
        m.put("vaccine", "Pfizer");
        m.put("dailyCapacity", capacity);
        return m;
    }

    @Test
    void anOfficialAddsAndEditsAClinicAndEveryRoleReadsIt() {
        StaffHttp.Answer added = http.post("/api/v1/admin/clinics", official, clinic(null, "11", "종로 내과", 60));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String id = added.json().get("id").asText();
        assertThat(id).startsWith("c-11-");
        assertThat(added.json().get("active").asBoolean()).isTrue();
        Map<String, Object> edit = clinic(null, "11", "종로 내과의원", 80);
        edit.put("active", false);
        StaffHttp.Answer edited = http.call("PUT", "/api/v1/admin/clinics/" + id, official, edit);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        for (String token : List.of(official, analyst, callcenter)) {
            JsonNode one = http.get("/api/v1/admin/clinics/" + id, token).json();
            assertThat(one.get("name").asText()).isEqualTo("종로 내과의원");
            assertThat(one.get("dailyCapacity").asInt()).isEqualTo(80);
            assertThat(one.get("active").asBoolean()).isFalse();
        }
        assertThat(http.get("/api/v1/admin/clinics?region=11", callcenter).json().findValuesAsText("id")).contains(id);
        assertThat(http.get("/api/v1/admin/regions", analyst).json().findValuesAsText("code")).contains("11", "50");
        assertThat(http.post("/api/v1/admin/clinics", callcenter, clinic(null, "11", "x", 1)).status()).isEqualTo(403);
    }

    @Test
    void badClinicsAreRefusedNamingTheField() {
        assertThat(http.post("/api/v1/admin/clinics", official, clinic(null, "99", "x", 5)).json().get("field").asText())
                .isEqualTo("region");
        assertThat(http.post("/api/v1/admin/clinics", official, clinic(null, "11", "x", -1)).json().get("field").asText())
                .isEqualTo("dailyCapacity");
        assertThat(http.post("/api/v1/admin/clinics", official, clinic(null, "11", " ", 5)).json().get("field").asText())
                .isEqualTo("name");
        assertThat(http.call("PUT", "/api/v1/admin/clinics/nope", official, clinic(null, "11", "x", 5)).status()).isEqualTo(404);
    }

    @Test
    void aCsvImportWithABomCreatesAndUpdatesClinicsAndTheExportReadsBack() {
        new ClinicStore(server.database().dataSource()).add(
                new org.yeyak.server.clinic.Clinic("jeju-1", "50", "제주 의원", "제주시 1", null, 30, true));
        String csv = "\uFEFFid,region,name,address,vaccine,dailyCapacity,active\n"
                + "jeju-1,50,제주 의원 (새 이름),\"제주시 1, 2층\",Moderna,45,true\n"
                + ",11,\"강남 \"\"행복\"\" 의원\",서울 강남구 2,,120,\n"
                + "csv-new-1,11,마포 의원,서울 마포구 3,Pfizer,90,false\n";
        StaffHttp.Answer a = http.call("POST", "/api/v1/admin/clinics/import", official, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.json().get("created").asInt()).isEqualTo(2);
        assertThat(a.json().get("updated").asInt()).isEqualTo(1);
        JsonNode jeju = http.get("/api/v1/admin/clinics/jeju-1", official).json();
        assertThat(jeju.get("name").asText()).isEqualTo("제주 의원 (새 이름)");
        assertThat(jeju.get("address").asText()).isEqualTo("제주시 1, 2층");
        assertThat(jeju.get("dailyCapacity").asInt()).isEqualTo(45);

        StaffHttp.Answer export = http.get("/api/v1/admin/clinics/export?region=11", analyst);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        byte[] raw = http.getBytes("/api/v1/admin/clinics/export?region=50", analyst);
        assertThat(new String(raw, StandardCharsets.UTF_8)).startsWith("\uFEFFid,region,name,address,vaccine,dailyCapacity,active\n");
        assertThat(export.body()).contains("\"강남 \"\"행복\"\" 의원\"").contains("csv-new-1,11,").doesNotContain("jeju-1");
        assertThat(new String(raw, StandardCharsets.UTF_8)).contains("\"제주시 1, 2층\"");

        // An export imports back unchanged: every row is an update, nothing new.
        StaffHttp.Answer again = http.call("POST", "/api/v1/admin/clinics/import", official, raw);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aCsvWithBadRowsIsRefusedLineByLineAndNothingIsImported() {
        int before = http.get("/api/v1/admin/clinics", official).json().size();
        String csv = "region,name,address,dailyCapacity,id\n"
                + "11,좋은 의원,서울 1,50,bad-1\n"
                + "11,나쁜 의원,서울 2,many,bad-2\n"
                + "77,어디 의원,어디 3,10,bad-3\n"
                + "11,,서울 4,10,bad-4\n"
                + "11,짧은 줄,서울 5\n"
                + "11,중복 의원,서울 6,10,bad-1\n";
        StaffHttp.Answer a = http.call("POST", "/api/v1/admin/clinics/import", official, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(a.code()).isEqualTo("INVALID_INPUT");
        JsonNode errors = a.json().get("errors");
        assertThat(errors.findValues("line")).extracting(JsonNode::asInt).containsExactly(3, 4, 5, 6, 7);
        assertThat(errors.findValuesAsText("field")).containsExactly("dailyCapacity", "region", "name", "row", "id");
        assertThat(http.get("/api/v1/admin/clinics", official).json().size()).isEqualTo(before);
        assertThat(http.get("/api/v1/admin/clinics/bad-1", official).status()).isEqualTo(404);
    }

    @Test
    void aCsvThatIsNotUtf8OrHasAnUnknownColumnIsRefused() {
        byte[] latin1 = "region,name,address,dailyCapacity\n11,Caf\u00e9,x,1\n".getBytes(StandardCharsets.ISO_8859_1);
        StaffHttp.Answer a = http.call("POST", "/api/v1/admin/clinics/import", official, latin1);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("field").asText()).isEqualTo("csv");
        StaffHttp.Answer b = http.call("POST", "/api/v1/admin/clinics/import", official,
                "region,name,address,dailyCapacity,colour\n11,a,b,1,red\n".getBytes(StandardCharsets.UTF_8));
        assertThat(b.status()).isEqualTo(400);
        assertThat(b.json().get("detail").asText()).contains("colour");
    }
}
