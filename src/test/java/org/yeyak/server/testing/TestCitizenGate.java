package org.yeyak.server.testing;

import io.javalin.http.Context;
import org.yeyak.rules.InvalidResidentIdException;
import org.yeyak.rules.ResidentId;
import org.yeyak.server.YeyakServer;
import org.yeyak.server.booking.Admission;
import org.yeyak.server.booking.Citizen;
import org.yeyak.server.booking.CitizenGate;
import org.yeyak.server.demo.DemoCampaign;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.security.PersonKeys;

/**
 * A citizen gate for tests only (it lives in src/test and is wired only by tests through
 * {@link YeyakServer#start(org.yeyak.server.ServerConfig, java.util.function.Function)}):
 * the person is named by {@code X-Test-Resident} (a resident id), the session by
 * {@code X-Test-Session} (default {@code s1}), the campaign by {@code X-Test-Campaign} (default
 * the demo campaign); any {@code X-Admission-Token} is accepted as its own id, except
 * {@code forged}.
 */
public final class TestCitizenGate implements CitizenGate {
    public static final String RESIDENT = "X-Test-Resident";
    public static final String SESSION = "X-Test-Session";
    public static final String CAMPAIGN = "X-Test-Campaign";
    public static final String ADMISSION = "X-Admission-Token";
    private final PersonKeys keys;

    public TestCitizenGate(YeyakServer server) {
        this.keys = server.personKeys();
    }

    @Override
    public Citizen authenticate(Context ctx) {
        String resident = ctx.header(RESIDENT);
        if (resident == null) {
            throw ApiError.unauthorized("UNAUTHENTICATED", "No test resident header.");
        }
        ResidentId id;
        try {
            id = ResidentId.parse(resident);
        } catch (InvalidResidentIdException e) {
            throw ApiError.unauthorized("UNAUTHENTICATED", "Bad test resident header.");
        }
        String session = ctx.header(SESSION) == null ? "s1" : ctx.header(SESSION);
        String campaign = ctx.header(CAMPAIGN) == null ? DemoCampaign.ID : ctx.header(CAMPAIGN);
        return new Citizen(keys.of(id), id.birthDate(), campaign, session);
    }

    @Override
    public Admission admit(Context ctx, Citizen citizen) {
        String token = ctx.header(ADMISSION);
        if (token == null || token.isBlank()) {
            throw ApiError.unauthorized("ADMISSION_REQUIRED", "No admission token.");
        }
        if (token.equals("forged")) {
            throw ApiError.unauthorized("INVALID_ADMISSION", "Forged admission token.");
        }
        return new Admission(token);
    }
}
