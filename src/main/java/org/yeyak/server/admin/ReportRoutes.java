package org.yeyak.server.admin;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockStore;
import org.yeyak.server.clinic.Region;
import org.yeyak.server.clinic.RegionStore;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.staff.Role;
import org.yeyak.server.staff.StaffRouter;
import org.yeyak.server.store.Tx;

/**
 * {@code GET /api/v1/admin/reports/bookings}: read-only booking counts for analysts and
 * officials, grouped by one or two of region, booking day (the stock tranche a booking drew
 * from), vaccination date and channel; as JSON or CSV. Counts only: no person appears.
 */
public final class ReportRoutes {
    /** Report dimensions and the SQL each groups by (fixed strings: nothing from the request enters the SQL). */
    private static final Map<String, String> DIMENSIONS = Map.of(
            "region", "k.region",
            "bookingDay", "b.tranche",
            "vaccinationDate", "b.vaccination_date",
            "channel", "b.channel");
    private static final List<String> COUNTS = List.of("confirmed", "cancelled", "assisted");

    private final DataSource ds;
    private final CampaignStore campaigns;
    private final RegionStore regions;
    private final StockStore stock;

    public ReportRoutes(DataSource ds, CampaignStore campaigns, RegionStore regions, StockStore stock) {
        this.ds = ds;
        this.campaigns = campaigns;
        this.regions = regions;
        this.stock = stock;
    }

    public void register(StaffRouter r) {
        r.allow(HandlerType.GET, "/api/v1/admin/reports/bookings", EnumSet.of(Role.OFFICIAL, Role.ANALYST),
                "Booking counts by region, booking day, vaccination date or channel (JSON or CSV)", (ctx, who) -> {
                    String campaignId = ctx.queryParam("campaignId");
                    if (campaignId == null || campaignId.isBlank()) {
                        throw ApiError.invalidInput("campaignId", "Name the campaign: ?campaignId=...");
                    }
                    if (campaigns.get(campaignId).isEmpty()) {
                        throw ApiError.notFound("No campaign '" + campaignId + "'.");
                    }
                    List<String> by = dimensions(ctx.queryParam("by"));
                    List<Map<String, Object>> rows = rows(campaignId, by);
                    if (by.equals(List.of("region"))) {
                        addRegionStock(campaignId, rows);
                    }
                    String format = ctx.queryParam("format");
                    if ("csv".equals(format)) {
                        ctx.header("Content-Disposition", "attachment; filename=\"bookings-" + campaignId + ".csv\"");
                        ctx.contentType("text/csv; charset=utf-8").result(csv(rows));
                    } else if (format == null || "json".equals(format)) {
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("campaignId", campaignId);
                        body.put("by", by);
                        body.put("rows", rows);
                        ctx.json(body);
                    } else {
                        throw ApiError.invalidInput("format", "format is json or csv.");
                    }
                });
    }

    private static List<String> dimensions(String q) {
        List<String> by = new ArrayList<>();
        for (String d : (q == null || q.isBlank() ? "region" : q).split(",")) {
            String name = d.strip();
            if (!DIMENSIONS.containsKey(name) || by.contains(name)) {
                throw ApiError.invalidInput("by", "by is one or two of region, bookingDay, vaccinationDate, channel.");
            }
            by.add(name);
        }
        if (by.size() > 2) {
            throw ApiError.invalidInput("by", "Group by at most two dimensions.");
        }
        return by;
    }

    private List<Map<String, Object>> rows(String campaignId, List<String> by) {
        String keys = String.join(", ", by.stream().map(DIMENSIONS::get).toList());
        String sql = "SELECT " + keys + ","
                + " SUM(CASE WHEN b.active = TRUE THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN b.status = 'CANCELLED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN b.active = TRUE AND b.channel = 'ASSISTED' THEN 1 ELSE 0 END)"
                + " FROM bookings b JOIN clinics k ON k.id = b.clinic_id WHERE b.campaign_id = ?"
                + " GROUP BY " + keys + " ORDER BY " + keys;
        return Tx.read(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, campaignId);
                List<Map<String, Object>> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 0; i < by.size(); i++) {
                            row.put(by.get(i), rs.getString(i + 1));
                        }
                        for (int i = 0; i < COUNTS.size(); i++) {
                            row.put(COUNTS.get(i), rs.getLong(by.size() + i + 1));
                        }
                        out.add(row);
                    }
                }
                return out;
            }
        });
    }

    /** Per region: its names and the stock allocated and left, so fill can be read at a glance. */
    private void addRegionStock(String campaignId, List<Map<String, Object>> rows) {
        Map<String, long[]> totals = stock.totalsByRegion(campaignId);
        Map<String, Map<String, Object>> byRegion = new LinkedHashMap<>();
        rows.forEach(row -> byRegion.put((String) row.get("region"), row));
        for (Region region : regions.list()) {
            Map<String, Object> row = byRegion.computeIfAbsent(region.code(), code -> {
                Map<String, Object> fresh = new LinkedHashMap<>();
                fresh.put("region", code);
                COUNTS.forEach(k -> fresh.put(k, 0L));
                return fresh;
            });
            long[] t = totals.getOrDefault(region.code(), new long[2]);
            row.put("nameEn", region.nameEn());
            row.put("nameKo", region.nameKo());
            row.put("allocated", t[0]);
            row.put("remaining", t[1]);
        }
        rows.clear();
        byRegion.values().stream().sorted((a, b) -> ((String) a.get("region")).compareTo((String) b.get("region")))
                .forEach(rows::add);
    }

    private static byte[] csv(List<Map<String, Object>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        if (!rows.isEmpty()) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            rows.get(0).keySet().forEach(schema::addColumn);
            try {
                new CsvMapper().writer(schema.build()).writeValues(out).writeAll(rows).close();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot write CSV to memory", e);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
