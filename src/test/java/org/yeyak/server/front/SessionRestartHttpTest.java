package org.yeyak.server.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yeyak.server.front.FrontDoorClient.residentId;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.front.FrontDoorClient.Citizen;
import org.yeyak.server.front.FrontDoorClient.Reply;

/** Outside demo mode: sessions outlive a restart (keys persist), other tokens never pass, no demo endpoint. */
class SessionRestartHttpTest {
    @TempDir
    Path data;

    @Test
    void aSessionStaysValidAcrossARestartAndOnlyCitizenTokensPass() throws Exception {
        Citizen c;
        try (YeyakServer first = FrontDoorServer.start(data, false, FrontDoorServer.fast())) {
            FrontDoorClient client = new FrontDoorClient(first.url());
            c = client.verify("kakao", residentId(LocalDate.of(1977, 4, 29), 1), "restart-device");
            // The demo endpoint does not exist outside demo mode.
            Reply demo = client.post("/api/v1/demo/providers/kakao", Map.of("capacity", 1));
            assertThat(demo.status()).isEqualTo(404);
            assertThat(demo.code()).isEqualTo("NOT_FOUND");
        }
        try (YeyakServer second = FrontDoorServer.start(data, false, FrontDoorServer.fast())) {
            FrontDoorClient client = new FrontDoorClient(second.url());
            assertThat(client.get("/api/v1/auth/session", c.headers()).status()).isEqualTo(200);

            // A token with every claim right but signed with another of the server's keys (as a staff
            // token would be) is not a citizen session.
            SignedJWT genuine = SignedJWT.parse(c.token());
            SignedJWT other = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), genuine.getJWTClaimsSet());
            other.sign(new MACSigner(second.keys().secret("staff-token")));
            Reply staffKey = client.get("/api/v1/auth/session",
                    Map.of("Authorization", "Bearer " + other.serialize(), "X-Device-Id", c.deviceId()));
            assertThat(staffKey.status()).isEqualTo(401);
            // The right key but a staff audience: refused too.
            JWTClaimsSet staffClaims = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet()).audience("yeyak-staff")
                    .expirationTime(new Date(System.currentTimeMillis() + 60_000)).build();
            SignedJWT staffAudience = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), staffClaims);
            staffAudience.sign(new MACSigner(second.keys().secret("session-token")));
            Reply wrongAudience = client.get("/api/v1/auth/session",
                    Map.of("Authorization", "Bearer " + staffAudience.serialize(), "X-Device-Id", c.deviceId()));
            assertThat(wrongAudience.status()).isEqualTo(401);
            assertThat(wrongAudience.code()).isEqualTo("INVALID_SESSION");
        }
    }
}
