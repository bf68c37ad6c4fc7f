package org.yeyak.console.live;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yeyak.client.live.LiveSnapshot;

/**
 * The last minutes of the figures that move (one point per snapshot, oldest first), for the
 * charts and the CSV export. Bounded: the oldest point goes when a new one would exceed
 * {@link #capacity()}.
 */
public final class LiveSeries {
    /** Ten minutes at one snapshot a second. */
    public static final int DEFAULT_CAPACITY = 600;
    static final String CSV_HEADER = "received_at,server_time,queue_length,admissions_per_second,"
            + "bookings_per_second,bookings_total,estimated_max_wait_seconds";

    /** One second of figures: {@code receivedAt} on the console's clock, {@code serverAt} on the server's. */
    public record Point(Instant receivedAt, Instant serverAt, long queueLength, double admissionsPerSecond,
                        double bookingsPerSecond, long bookingsTotal, long estimatedMaxWaitSeconds) {
        static Point of(Instant receivedAt, LiveSnapshot s) {
            return new Point(receivedAt, s.at(), s.queue().length(), s.queue().admissionRatePerSecond(),
                    s.bookings().perSecond(), s.bookings().total(), s.queue().estimatedMaxWaitSeconds());
        }
    }

    private final int capacity;
    private final ObservableList<Point> points = FXCollections.observableArrayList();

    public LiveSeries(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2");
        }
        this.capacity = capacity;
    }

    public void add(Point p) {
        points.add(p);
        if (points.size() > capacity) {
            points.remove(0, points.size() - capacity);
        }
    }

    public ObservableList<Point> points() {
        return points;
    }

    public int capacity() {
        return capacity;
    }

    /** Writes points as CSV (UTF-8 text, ISO-8601 instants, a dot as the decimal mark). */
    public static void writeCsv(List<Point> points, Writer out) throws IOException {
        out.write(CSV_HEADER);
        out.write('\n');
        for (Point p : points) {
            out.write(String.format(Locale.ROOT, "%s,%s,%d,%.2f,%.2f,%d,%d\n", p.receivedAt(),
                    p.serverAt() == null ? "" : p.serverAt(), p.queueLength(), p.admissionsPerSecond(),
                    p.bookingsPerSecond(), p.bookingsTotal(), p.estimatedMaxWaitSeconds()));
        }
    }
}
