package org.yeyak.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yeyak.rules.CampaignSchedule;
import org.yeyak.rules.CatchUpWindow;
import org.yeyak.rules.Cohort;
import org.yeyak.rules.DigitSchedule;
import org.yeyak.rules.OpenPeriod;
import org.yeyak.server.campaign.Campaign;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Bodies;

/**
 * A campaign as an official sends it ({@code POST}/{@code PUT /api/v1/admin/campaigns}), and its
 * validation into a {@link Campaign}: every refusal is {@code 400 INVALID_INPUT} naming the field
 * ({@code cohort.bornTo}, {@code digitDates.3}, {@code catchUp[1].day}, ...).
 *
 * <p>The digit schedule is either an explicit {@code digitDates} map (digit → date, or digit →
 * [dates] as the server answers it), or {@code firstBookingDay} with {@code digitRule}
 * {@code DAY_OF_MONTH} (the announced rule, which breaks across a month end) or
 * {@code SEQUENTIAL} (ten days, one digit each). A schedule with gaps or doubles is accepted: the
 * answer lists the warnings and the proposed fix, for the official to decide.
 */
public record CampaignForm(String id, String name, CohortForm cohort, JsonNode digitDates, LocalDate firstBookingDay,
                           String digitRule, String zone, LocalTime opensAt, LocalTime closesAt,
                           List<CatchUpForm> catchUp, OpenPeriodForm openPeriod, LocalDate vaccinationFrom,
                           LocalDate vaccinationTo, String vaccine, Integer vialSize, Boolean assistedFollowsDigitDays) {

    public record CohortForm(LocalDate bornFrom, LocalDate bornTo) {
    }

    public record CatchUpForm(String label, LocalDate bornFrom, LocalDate bornTo, LocalDate day) {
    }

    public record OpenPeriodForm(LocalDate firstDay, LocalDate lastDay) {
    }

    /** The longest vaccination period (each date is a column of stock at every clinic). */
    public static final int MAX_VACCINATION_DAYS = 366;
    public static final int MAX_VIAL_SIZE = 20;

    /** The campaign this form describes, with {@code id} (the path's on edit, the body's on create). */
    public Campaign toCampaign(String campaignId) {
        String cid = Bodies.require(campaignId, "id");
        if (!cid.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw ApiError.invalidInput("id", "A campaign id is 1–64 of a-z, 0-9 and '-', starting with a letter or digit.");
        }
        String n = Bodies.require(name, "name").strip();
        if (n.length() > 200) {
            throw ApiError.invalidInput("name", "A name has at most 200 characters.");
        }
        Cohort c = toCohort();
        DigitSchedule digits = digits();
        ZoneId z = toZone();
        LocalTime open = opensAt == null ? CampaignSchedule.STANDARD_OPENING : opensAt;
        LocalTime close = closesAt == null ? CampaignSchedule.STANDARD_CLOSING : closesAt;
        if (close.isAfter(open)) {
            throw ApiError.invalidInput("closesAt", "Windows close the next day: the closing time must not be after the opening time.");
        }
        List<CatchUpWindow> windows = catchUp(c, digits);
        OpenPeriod period = openPeriod(digits, windows);
        CampaignSchedule schedule;
        try {
            schedule = new CampaignSchedule(c, digits, z, open, close, windows, period);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidInput("schedule", e.getMessage());
        }
        LocalDate from = Bodies.require(vaccinationFrom, "vaccinationFrom");
        LocalDate to = Bodies.require(vaccinationTo, "vaccinationTo");
        if (to.isBefore(from)) {
            throw ApiError.invalidInput("vaccinationTo", "The vaccination period ends before it starts.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_VACCINATION_DAYS) {
            throw ApiError.invalidInput("vaccinationTo", "A vaccination period lasts at most " + MAX_VACCINATION_DAYS + " days.");
        }
        if (from.isBefore(digits.firstDay())) {
            throw ApiError.invalidInput("vaccinationFrom", "Vaccination cannot start before the first booking day "
                    + digits.firstDay() + ".");
        }
        String v = Bodies.require(vaccine, "vaccine").strip();
        if (v.length() > 64) {
            throw ApiError.invalidInput("vaccine", "A vaccine name has at most 64 characters.");
        }
        int vial = Bodies.require(vialSize, "vialSize");
        if (vial < 1 || vial > MAX_VIAL_SIZE) {
            throw ApiError.invalidInput("vialSize", "Doses per vial: 1 to " + MAX_VIAL_SIZE + ".");
        }
        // Unless told otherwise, staff keep to the same days as everyone else.
        boolean follows = assistedFollowsDigitDays == null || assistedFollowsDigitDays;
        return new Campaign(cid, n, schedule, from, to, v, vial, follows);
    }

    private Cohort toCohort() {
        CohortForm f = Bodies.require(cohort, "cohort");
        LocalDate bornFrom = Bodies.require(f.bornFrom(), "cohort.bornFrom");
        LocalDate bornTo = Bodies.require(f.bornTo(), "cohort.bornTo");
        if (bornTo.isBefore(bornFrom)) {
            throw ApiError.invalidInput("cohort.bornTo", "The cohort ends before it starts.");
        }
        return new Cohort(bornFrom, bornTo);
    }

    /** The digit schedule from {@code digitDates} or from {@code firstBookingDay} + {@code digitRule}. */
    DigitSchedule digits() {
        if (digitDates != null && !digitDates.isNull()) {
            return explicitDigits(digitDates);
        }
        LocalDate first = Bodies.require(firstBookingDay, "digitDates");
        String rule = digitRule == null ? "SEQUENTIAL" : digitRule;
        return switch (rule) {
            case "SEQUENTIAL" -> DigitSchedule.sequential(first);
            case "DAY_OF_MONTH" -> DigitSchedule.fromStart(first);
            default -> throw ApiError.invalidInput("digitRule", "digitRule is SEQUENTIAL or DAY_OF_MONTH.");
        };
    }

    private static DigitSchedule explicitDigits(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            throw ApiError.invalidInput("digitDates", "digitDates maps digits \"0\"–\"9\" to booking dates.");
        }
        Map<Integer, List<LocalDate>> all = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = "digitDates." + e.getKey();
            if (!e.getKey().matches("[0-9]")) {
                throw ApiError.invalidInput(field, "Digits are \"0\" to \"9\".");
            }
            List<LocalDate> days = new ArrayList<>();
            JsonNode v = e.getValue();
            if (v.isTextual()) {
                days.add(date(v.asText(), field));
            } else if (v.isArray() && !v.isEmpty()) {
                for (JsonNode d : v) {
                    days.add(date(d.isTextual() ? d.asText() : "", field));
                }
            } else {
                throw ApiError.invalidInput(field, "A digit's booking day is a date (YYYY-MM-DD) or a list of dates.");
            }
            all.put(Integer.parseInt(e.getKey()), days);
        }
        boolean doubles = all.values().stream().anyMatch(d -> new java.util.TreeSet<>(d).size() > 1);
        if (!doubles) {
            Map<Integer, LocalDate> firsts = new TreeMap<>();
            all.forEach((digit, days) -> firsts.put(digit, days.get(0)));
            DigitSchedule s = DigitSchedule.of(firsts);
            if (s.bookingDays().size() > 10 || java.time.temporal.ChronoUnit.DAYS.between(s.firstDay(), s.lastDay()) > 60) {
                throw ApiError.invalidInput("digitDates", "The booking days span at most 60 days.");
            }
            return s;
        }
        // A digit with two days is what the day-of-month rule gives across a month end; nothing else makes one.
        LocalDate first = all.values().stream().flatMap(List::stream).min(LocalDate::compareTo).orElseThrow();
        DigitSchedule dayOfMonth = DigitSchedule.fromStart(first);
        Map<Integer, List<LocalDate>> normalized = new TreeMap<>();
        all.forEach((digit, days) -> normalized.put(digit, new ArrayList<>(new java.util.TreeSet<>(days))));
        if (!normalized.equals(dayOfMonth.allDates())) {
            throw ApiError.invalidInput("digitDates", "Give one date per digit (two dates only as the day-of-month rule makes them).");
        }
        return dayOfMonth;
    }

    private ZoneId toZone() {
        if (zone == null || zone.isBlank()) {
            return CampaignSchedule.SEOUL;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ApiError.invalidInput("zone", "Unknown time zone '" + zone + "' (e.g. Asia/Seoul).");
        }
    }

    private List<CatchUpWindow> catchUp(Cohort c, DigitSchedule digits) {
        List<CatchUpWindow> out = new ArrayList<>();
        if (catchUp == null) {
            return out;
        }
        for (int i = 0; i < catchUp.size(); i++) {
            String at = "catchUp[" + i + "]";
            CatchUpForm f = Bodies.require(catchUp.get(i), at);
            String label = Bodies.require(f.label(), at + ".label").strip();
            LocalDate from = Bodies.require(f.bornFrom(), at + ".bornFrom");
            LocalDate to = Bodies.require(f.bornTo(), at + ".bornTo");
            LocalDate day = Bodies.require(f.day(), at + ".day");
            if (to.isBefore(from)) {
                throw ApiError.invalidInput(at + ".bornTo", "The sub-cohort ends before it starts.");
            }
            Cohort sub = new Cohort(from, to);
            if (!c.contains(sub)) {
                throw ApiError.invalidInput(at + ".bornFrom", "A catch-up window is for people inside the cohort.");
            }
            if (!day.isAfter(digits.lastDay())) {
                throw ApiError.invalidInput(at + ".day", "Catch-up comes after the last booking day " + digits.lastDay() + ".");
            }
            for (int j = 0; j < out.size(); j++) {
                CatchUpWindow other = out.get(j);
                if (other.day().equals(day) && other.subCohort().overlaps(sub)) {
                    throw ApiError.invalidInput(at, "Overlaps catchUp[" + j + "] on the same day.");
                }
            }
            out.add(new CatchUpWindow(label, sub, day));
        }
        return out;
    }

    private OpenPeriod openPeriod(DigitSchedule digits, List<CatchUpWindow> windows) {
        if (openPeriod == null) {
            return null;
        }
        LocalDate first = Bodies.require(openPeriod.firstDay(), "openPeriod.firstDay");
        LocalDate last = Bodies.require(openPeriod.lastDay(), "openPeriod.lastDay");
        if (last.isBefore(first)) {
            throw ApiError.invalidInput("openPeriod.lastDay", "The open period ends before it starts.");
        }
        LocalDate after = windows.stream().map(CatchUpWindow::day).max(LocalDate::compareTo).orElse(digits.lastDay());
        if (after.isBefore(digits.lastDay())) {
            after = digits.lastDay();
        }
        if (!first.isAfter(after)) {
            throw ApiError.invalidInput("openPeriod.firstDay", "The open period starts after " + after
                    + " (the last booking or catch-up day).");
        }
        return new OpenPeriod(first, last);
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw ApiError.invalidInput(field, "Not a date (YYYY-MM-DD): '" + text + "'.");
        }
    }
}
