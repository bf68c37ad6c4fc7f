package org.yeyak.surge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One surge run. Defaults fit the demo server's campaign {@code demo-18-49} on its first
 * booking day (2021-08-09, digit 9, window from 20:00 Asia/Seoul).
 *
 * @param url              the server (only loopback unless {@code allowRemote}), or several nodes of
 *                         one cluster separated by commas (see {@link Nodes})
 * @param citizens         how many virtual citizens arrive (each a distinct person)
 * @param duration         over how long their arrivals are spread (the curve's time axis)
 * @param curve            how arrivals are spread
 * @param followLights     whether citizens pick a provider by the traffic lights
 * @param misbehave        share (0..1) of citizens who misbehave (see {@link Misbehavior})
 * @param seed             makes the run reproducible (people, arrival jitter, choices)
 * @param allowRemote      permits a non-loopback target
 * @param demoClock        move the demo server's clock to the window's opening (minus preOpen) first
 * @param preOpen          how long before the opening the run starts: normal arrivals begin at
 *                         the opening, early citizens come during this lead
 * @param bookingDay       the booking day whose digit the residents are born on
 * @param maxTime          hard limit of the whole run, after which citizens are stopped
 * @param checkInvariants  check one-booking-per-person and stock afterwards, from the server
 * @param vaccinationFrom  first vaccination date citizens ask for
 * @param vaccinationTo    last vaccination date citizens ask for
 * @param holdBeforeBooking benchmark of the booking step alone: every admitted citizen lists the
 *                         clinics, picks one and waits; when nobody is left in the queue they
 *                         all book at once, and the report gives the rate of that burst
 * @param campaignId       the campaign the staff report is read for ({@code demo-18-49})
 * @param staffUser        staff account that reads the booking report (an analyst)
 * @param staffPassword    its password; null: the staff report is not read
 */
public record SurgeConfig(String url, int citizens, Duration duration, ArrivalCurve curve, boolean followLights,
                          double misbehave, long seed, boolean allowRemote, boolean demoClock, Duration preOpen,
                          LocalDate bookingDay, Duration maxTime, boolean checkInvariants,
                          LocalDate vaccinationFrom, LocalDate vaccinationTo, boolean holdBeforeBooking,
                          String campaignId, String staffUser, String staffPassword) {
    /** More would not fit a machine's sockets and memory in one process; 2021's biggest day was 1.9M. */
    public static final int MAX_CITIZENS = 2_000_000;
    public static final ZoneId CAMPAIGN_ZONE = ZoneId.of("Asia/Seoul");
    public static final LocalTime OPENING = LocalTime.of(20, 0);

    public SurgeConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(preOpen, "preOpen");
        Objects.requireNonNull(bookingDay, "bookingDay");
        Objects.requireNonNull(maxTime, "maxTime");
        if (citizens < 1 || citizens > MAX_CITIZENS) {
            throw new IllegalArgumentException("citizens must be 1.." + MAX_CITIZENS);
        }
        if (duration.isNegative() || preOpen.isNegative()) {
            throw new IllegalArgumentException("duration and pre-open must not be negative");
        }
        if (!(misbehave >= 0 && misbehave <= 1)) {
            throw new IllegalArgumentException("misbehave must be a share between 0 and 1");
        }
        if (maxTime.compareTo(duration.plus(preOpen)) < 0) {
            throw new IllegalArgumentException("max-time must be at least pre-open + duration");
        }
        if (vaccinationTo.isBefore(vaccinationFrom)) {
            throw new IllegalArgumentException("vaccination dates are reversed");
        }
    }

    public static Builder builder(String url) {
        return new Builder(url);
    }

    /** The last digit of the booking day: the birth digit of this run's residents. */
    public int digit() {
        return bookingDay.getDayOfMonth() % 10;
    }

    /** When the booking day's window opens (20:00 in the campaign's zone). */
    public Instant opensAt() {
        return bookingDay.atTime(OPENING).atZone(CAMPAIGN_ZONE).toInstant();
    }

    /** Never prints the staff password. */
    @Override
    public String toString() {
        return "SurgeConfig[url=" + url + ", citizens=" + citizens + ", duration=" + duration + ", curve=" + curve
                + ", seed=" + seed + "]";
    }

    public Builder toBuilder() {
        Builder b = new Builder(url);
        b.citizens = citizens;
        b.duration = duration;
        b.curve = curve;
        b.followLights = followLights;
        b.misbehave = misbehave;
        b.seed = seed;
        b.allowRemote = allowRemote;
        b.demoClock = demoClock;
        b.preOpen = preOpen;
        b.bookingDay = bookingDay;
        b.maxTime = maxTime;
        b.checkInvariants = checkInvariants;
        b.vaccinationFrom = vaccinationFrom;
        b.vaccinationTo = vaccinationTo;
        b.holdBeforeBooking = holdBeforeBooking;
        b.campaignId = campaignId;
        b.staffUser = staffUser;
        b.staffPassword = staffPassword;
        return b;
    }

    /** Fluent construction; unset values keep the defaults. */
    public static final class Builder {
        private final String url;
        private int citizens = 100;
        private Duration duration = Duration.ofSeconds(60);
        private ArrivalCurve curve = ArrivalCurve.Y2021;
        private boolean followLights = true;
        private double misbehave = 0.05;
        private long seed = System.nanoTime();
        private boolean allowRemote;
        private boolean demoClock;
        private Duration preOpen = Duration.ZERO;
        private LocalDate bookingDay = LocalDate.of(2021, 8, 9);
        private Duration maxTime;
        private boolean checkInvariants = true;
        private LocalDate vaccinationFrom = LocalDate.of(2021, 8, 26);
        private LocalDate vaccinationTo = LocalDate.of(2021, 9, 30);
        private boolean holdBeforeBooking;
        private String campaignId = "demo-18-49";
        private String staffUser = "analyst";
        private String staffPassword;

        private Builder(String url) {
            this.url = url;
        }

        public Builder citizens(int n) { this.citizens = n; return this; }
        public Builder duration(Duration d) { this.duration = d; return this; }
        public Builder curve(ArrivalCurve c) { this.curve = c; return this; }
        public Builder followLights(boolean f) { this.followLights = f; return this; }
        public Builder misbehave(double share) { this.misbehave = share; return this; }
        public Builder seed(long s) { this.seed = s; return this; }
        public Builder allowRemote(boolean a) { this.allowRemote = a; return this; }
        public Builder demoClock(boolean d) { this.demoClock = d; return this; }
        public Builder preOpen(Duration d) { this.preOpen = d; return this; }
        public Builder bookingDay(LocalDate d) { this.bookingDay = d; return this; }
        public Builder maxTime(Duration d) { this.maxTime = d; return this; }
        public Builder checkInvariants(boolean c) { this.checkInvariants = c; return this; }
        public Builder holdBeforeBooking(boolean h) { this.holdBeforeBooking = h; return this; }
        public Builder campaignId(String id) { this.campaignId = id; return this; }
        /** Read the analysts' booking report before and after the run, signed in as this staff account. */
        public Builder staff(String user, String password) {
            this.staffUser = user;
            this.staffPassword = password;
            return this;
        }
        public Builder vaccinationDates(LocalDate from, LocalDate to) {
            this.vaccinationFrom = from;
            this.vaccinationTo = to;
            return this;
        }

        /** maxTime defaults to pre-open + duration + 5 minutes for the queue to drain. */
        public SurgeConfig build() {
            Duration max = maxTime != null ? maxTime : preOpen.plus(duration).plusMinutes(5);
            return new SurgeConfig(url, citizens, duration, curve, followLights, misbehave, seed, allowRemote,
                    demoClock, preOpen, bookingDay, max, checkInvariants, vaccinationFrom, vaccinationTo,
                    holdBeforeBooking, campaignId, staffUser, staffPassword);
        }
    }
}
