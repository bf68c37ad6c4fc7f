package org.yeyak.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.yeyak.server.clinic.ClinicListing.ClinicAvailability;
import org.yeyak.server.clinic.ListingJson;
import org.yeyak.server.http.WebJson;

/**
 * Compressing a province's clinic listing (136 clinics on one date, as Seoul's in the demo data)
 * at gzip level 1 (the server's) and 6 (Javalin's default). Score = µs per listing; the
 * compressed size is printed once per level.
 *
 * <pre>mvn -q test-compile exec:exec@jmh -Djmh.args="ListingGzipBench -f 1 -wi 2 -w 2s -i 3 -r 3s"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ListingGzipBench {
    @Param({"1", "6"})
    public int level;

    byte[] listing;
    final byte[] out = new byte[1 << 17];

    @Setup(Level.Trial)
    public void setUp() {
        Random r = new Random(2021);
        List<ClinicAvailability> clinics = new ArrayList<>();
        for (int i = 0; i < 136; i++) {
            clinics.add(new ClinicAvailability(String.format("k-11-%04d", i), "서울 의원 " + i, "11",
                    "서울특별시 종로구 세종대로 " + r.nextInt(300) + "길 " + r.nextInt(99), "Pfizer",
                    Map.of(LocalDate.of(2021, 8, 26), r.nextInt(300))));
        }
        listing = new ListingJson(WebJson.mapper()).write(clinics);
        System.out.printf("%nlisting %,d bytes, gzip level %d: %,d bytes%n", listing.length, level, compress());
    }

    @Benchmark
    public int compress() {
        Deflater d = new Deflater(level, true);
        try {
            d.setInput(listing);
            d.finish();
            int n = 0;
            while (!d.finished()) {
                n += d.deflate(out, n, out.length - n);
            }
            return n;
        } finally {
            d.end();
        }
    }
}
