package org.yeyak.console.allocation;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.yeyak.client.Region;
import org.yeyak.console.ui.I18n;
import org.yeyak.rules.alloc.AllocationSummary;

/** The preview's tables: clinics × dates (a heat map of doses against capacity), and the totals. */
final class AllocationTables {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");

    private AllocationTables() {
    }

    /** Columns for one preview's dates; the table itself (virtualized rows) is kept across previews. */
    static void clinicColumns(TableView<AllocationPreview.ClinicRow> table, List<LocalDate> dates, I18n i18n) {
        NumberFormat n = NumberFormat.getIntegerInstance(i18n.locale());
        table.getColumns().clear();
        TableColumn<AllocationPreview.ClinicRow, String> region = text(i18n.get("allocation.col.region"),
                AllocationPreview.ClinicRow::regionName);
        region.setPrefWidth(110);
        TableColumn<AllocationPreview.ClinicRow, String> clinic = text(i18n.get("allocation.col.clinic"),
                AllocationPreview.ClinicRow::name);
        clinic.setPrefWidth(170);
        TableColumn<AllocationPreview.ClinicRow, Number> capacity = number(i18n.get("allocation.col.capacity"),
                r -> r.dailyCapacity(), n);
        TableColumn<AllocationPreview.ClinicRow, Number> total = number(i18n.get("allocation.col.total"),
                AllocationPreview.ClinicRow::total, n);
        table.getColumns().addAll(List.of(region, clinic, capacity, total));
        for (int d = 0; d < dates.size(); d++) {
            int date = d;
            TableColumn<AllocationPreview.ClinicRow, Number> c = new TableColumn<>(DAY.format(dates.get(d)));
            c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().doses(date)));
            c.setPrefWidth(52);
            c.setSortable(false);
            c.setCellFactory(col -> new HeatCell(n));
            table.getColumns().add(c);
        }
    }

    /** A dose count coloured by how full the clinic's day is (five steps of the accent colour). */
    private static final class HeatCell extends TableCell<AllocationPreview.ClinicRow, Number> {
        private static final List<String> STEPS = List.of("heat-0", "heat-1", "heat-2", "heat-3", "heat-4");
        private final NumberFormat n;

        HeatCell(NumberFormat n) {
            this.n = n;
        }

        @Override
        protected void updateItem(Number value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll(STEPS);
            if (empty || value == null || getTableRow() == null || getTableRow().getItem() == null) {
                setText(null);
                return;
            }
            setText(n.format(value));
            int cap = getTableRow().getItem().dailyCapacity();
            double share = cap <= 0 ? 0 : value.doubleValue() / cap;
            getStyleClass().add(STEPS.get((int) Math.min(4, Math.ceil(share * 4))));
        }
    }

    static TableView<AllocationSummary.RegionTotal> regionTotals(I18n i18n, Map<String, Region> regions) {
        NumberFormat n = NumberFormat.getIntegerInstance(i18n.locale());
        TableView<AllocationSummary.RegionTotal> t = new TableView<>();
        t.setId("regionTotals");
        t.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(text(i18n.get("allocation.col.region"), r -> {
            Region region = regions.get(r.region());
            return region == null ? r.region() : i18n.korean() ? region.nameKo() : region.nameEn();
        }));
        t.getColumns().add(number(i18n.get("allocation.col.clinics"), r -> r.clinics(), n));
        t.getColumns().add(number(i18n.get("allocation.col.doses"), AllocationSummary.RegionTotal::doses, n));
        return t;
    }

    static TableView<AllocationSummary.TrancheTotal> trancheTotals(I18n i18n) {
        NumberFormat n = NumberFormat.getIntegerInstance(i18n.locale());
        TableView<AllocationSummary.TrancheTotal> t = new TableView<>();
        t.setId("trancheTotals");
        t.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(text(i18n.get("allocation.col.tranche"), AllocationSummary.TrancheTotal::tranche));
        t.getColumns().add(number(i18n.get("allocation.col.doses"), AllocationSummary.TrancheTotal::doses, n));
        return t;
    }

    private static <S> TableColumn<S, String> text(String title, Function<S, String> f) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }

    private static <S> TableColumn<S, Number> number(String title, ToLongFunction<S> f, NumberFormat n) {
        TableColumn<S, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.applyAsLong(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : n.format(v));
            }
        });
        c.getStyleClass().add("number-column");
        return c;
    }
}
