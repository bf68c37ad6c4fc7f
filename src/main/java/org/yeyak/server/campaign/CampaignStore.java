package org.yeyak.server.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.yeyak.client.Json;
import org.yeyak.rules.CampaignSchedule;
import org.yeyak.rules.CatchUpWindow;
import org.yeyak.rules.Cohort;
import org.yeyak.rules.DigitSchedule;
import org.yeyak.rules.OpenPeriod;
import org.yeyak.server.store.StoreException;
import org.yeyak.server.store.Tx;

/**
 * Campaigns in the store: {@link #get}, {@link #list}, {@link #save} (insert or replace by id).
 * The digit schedule is kept as JSON {@code {"0":["2021-08-10"], ...}}, the catch-up windows as a
 * JSON list; nothing else reads those columns.
 *
 * <p>{@link #get} is read on every booking, so it keeps what it read for up to one second; a
 * {@link #save} through this store forgets it at once (other nodes see a change within a second).
 */
public final class CampaignStore {
    private static final long CACHE_NANOS = 1_000_000_000L;
    private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private record Cached(Optional<Campaign> campaign, long readAt) {
    }

    private static final String COLUMNS = "id, name, born_from, born_to, digit_dates, zone, opens_at, closes_at,"
            + " catch_up, open_from, open_to, vaccination_from, vaccination_to, vaccine, vial_size,"
            + " assisted_follows_digit_days";
    private final DataSource ds;
    private final Clock clock;

    public CampaignStore(DataSource ds, Clock clock) {
        this.ds = ds;
        this.clock = clock;
    }

    public Optional<Campaign> get(String id) {
        long now = System.nanoTime();
        Cached hit = cache.get(id);
        if (hit != null && now - hit.readAt() < CACHE_NANOS) {
            return hit.campaign();
        }
        Optional<Campaign> read = Tx.read(ds, c -> get(c, id));
        cache.put(id, new Cached(read, now));
        return read;
    }

    public static Optional<Campaign> get(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM campaigns WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public List<Campaign> list() {
        return Tx.read(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM campaigns ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<Campaign> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(read(rs));
                }
                return out;
            }
        });
    }

    /** Inserts the campaign, or replaces the one with the same id. */
    public Campaign save(Campaign campaign) {
        try {
            return Tx.run(ds, c -> {
                save(c, campaign, clock);
                return campaign;
            });
        } finally {
            cache.remove(campaign.id());
        }
    }

    public static void save(Connection c, Campaign k, Clock clock) throws SQLException {
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM campaigns WHERE id = ?")) {
            ps.setString(1, k.id());
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
            }
        }
        String sql = exists
                ? "UPDATE campaigns SET name = ?, born_from = ?, born_to = ?, digit_dates = ?, zone = ?, opens_at = ?,"
                        + " closes_at = ?, catch_up = ?, open_from = ?, open_to = ?, vaccination_from = ?,"
                        + " vaccination_to = ?, vaccine = ?, vial_size = ?, assisted_follows_digit_days = ?,"
                        + " updated_at = ? WHERE id = ?"
                : "INSERT INTO campaigns (name, born_from, born_to, digit_dates, zone, opens_at, closes_at, catch_up,"
                        + " open_from, open_to, vaccination_from, vaccination_to, vaccine, vial_size,"
                        + " assisted_follows_digit_days, updated_at, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        CampaignSchedule s = k.schedule();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, k.name());
            ps.setObject(2, s.cohort().bornFrom());
            ps.setObject(3, s.cohort().bornTo());
            ps.setString(4, json(digitsToJson(s.digits())));
            ps.setString(5, s.zone().getId());
            ps.setString(6, s.opensAt().toString());
            ps.setString(7, s.closesAt().toString());
            ps.setString(8, json(s.catchUp().stream().map(CatchUpJson::of).toList()));
            ps.setObject(9, s.openPeriod() == null ? null : s.openPeriod().firstDay());
            ps.setObject(10, s.openPeriod() == null ? null : s.openPeriod().lastDay());
            ps.setObject(11, k.vaccinationFrom());
            ps.setObject(12, k.vaccinationTo());
            ps.setString(13, k.vaccine());
            ps.setInt(14, k.vialSize());
            ps.setBoolean(15, k.assistedFollowsDigitDays());
            ps.setObject(16, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.setString(17, k.id());
            ps.executeUpdate();
        }
    }

    /** JSON form of a catch-up window. */
    record CatchUpJson(String label, LocalDate bornFrom, LocalDate bornTo, LocalDate day) {
        static CatchUpJson of(CatchUpWindow w) {
            return new CatchUpJson(w.label(), w.subCohort().bornFrom(), w.subCohort().bornTo(), w.day());
        }

        CatchUpWindow toWindow() {
            return new CatchUpWindow(label, new Cohort(bornFrom, bornTo), day);
        }
    }

    private static Map<String, List<LocalDate>> digitsToJson(DigitSchedule d) {
        Map<String, List<LocalDate>> out = new TreeMap<>();
        d.allDates().forEach((digit, days) -> out.put(String.valueOf(digit), days));
        return out;
    }

    /**
     * Rebuilds a digit schedule. A digit with two days (a "double") only comes from
     * {@link DigitSchedule#fromStart}, so such a stored map is rebuilt that way and checked.
     */
    static DigitSchedule digitsFromJson(Map<String, List<LocalDate>> stored) {
        Map<Integer, LocalDate> firsts = new TreeMap<>();
        boolean doubles = false;
        LocalDate firstDay = null;
        for (var e : stored.entrySet()) {
            List<LocalDate> days = e.getValue();
            firsts.put(Integer.parseInt(e.getKey()), days.get(0));
            doubles |= days.size() > 1;
            for (LocalDate d : days) {
                firstDay = firstDay == null || d.isBefore(firstDay) ? d : firstDay;
            }
        }
        if (!doubles) {
            return DigitSchedule.of(firsts);
        }
        DigitSchedule rebuilt = DigitSchedule.fromStart(firstDay);
        if (!digitsToJson(rebuilt).equals(stored)) {
            throw new StoreException("Stored digit schedule has doubles but is not a ten-day schedule");
        }
        return rebuilt;
    }

    private static Campaign read(ResultSet rs) throws SQLException {
        Cohort cohort = new Cohort(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class));
        DigitSchedule digits = digitsFromJson(parse(rs.getString(5), new TypeReference<Map<String, List<LocalDate>>>() { }));
        List<CatchUpWindow> catchUp = parse(rs.getString(9), new TypeReference<List<CatchUpJson>>() { })
                .stream().map(CatchUpJson::toWindow).toList();
        LocalDate openFrom = rs.getObject(10, LocalDate.class);
        LocalDate openTo = rs.getObject(11, LocalDate.class);
        CampaignSchedule schedule = new CampaignSchedule(cohort, digits, ZoneId.of(rs.getString(6)),
                LocalTime.parse(rs.getString(7)), LocalTime.parse(rs.getString(8)), catchUp,
                openFrom == null ? null : new OpenPeriod(openFrom, openTo));
        return new Campaign(rs.getString(1), rs.getString(2), schedule, rs.getObject(12, LocalDate.class),
                rs.getObject(13, LocalDate.class), rs.getString(14), rs.getInt(15), rs.getBoolean(16));
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T parse(String text, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("Unreadable campaign column: " + e.getOriginalMessage());
        }
    }
}
