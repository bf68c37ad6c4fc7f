package org.yeyak.console.campaigns;

import atlantafx.base.theme.Styles;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yeyak.console.ui.I18n;
import org.yeyak.rules.CampaignSchedule;
import org.yeyak.rules.CatchUpWindow;
import org.yeyak.rules.DigitSchedule;

/**
 * The booking schedule as a month-style calendar, Monday first: each digit day shows its
 * birth digit(s) and its window (opening that evening, closing the next day), catch-up days
 * their label; a day shared by two digits, or a digit with two days, is marked.
 */
final class ScheduleCalendar extends VBox {

    ScheduleCalendar(I18n i18n, DigitSchedule digits, CampaignSchedule schedule, LocalTime opens, LocalTime closes) {
        setId("scheduleCalendar");
        getStyleClass().add("schedule-calendar");
        if (digits == null) {
            Label empty = new Label(i18n.get("campaigns.calendar.empty"));
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(empty);
            return;
        }
        Map<LocalDate, List<Integer>> digitsOfDay = new TreeMap<>();
        digits.allDates().forEach((digit, days) -> days.forEach(
                d -> digitsOfDay.computeIfAbsent(d, k -> new ArrayList<>()).add(digit)));
        Map<LocalDate, List<String>> catchUpOfDay = new TreeMap<>();
        if (schedule != null) {
            for (CatchUpWindow c : schedule.catchUp()) {
                catchUpOfDay.computeIfAbsent(c.day(), k -> new ArrayList<>()).add(c.label());
            }
        }
        LocalDate first = digits.firstDay();
        LocalDate last = catchUpOfDay.isEmpty() ? digits.lastDay()
                : ((TreeMap<LocalDate, List<String>>) catchUpOfDay).lastKey().isAfter(digits.lastDay())
                ? ((TreeMap<LocalDate, List<String>>) catchUpOfDay).lastKey() : digits.lastDay();
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate end = last.plusDays(7L - last.getDayOfWeek().getValue());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("calendar-grid");
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 7);
            cc.setHgrow(Priority.ALWAYS);
            cc.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(cc);
            Label head = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, i18n.locale()));
            head.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "calendar-head");
            grid.add(head, c, 0);
        }
        // Two short lines, so that a narrow day still shows both times.
        String window = i18n.get("campaigns.calendar.opens", opens == null ? "?" : opens) + "\n"
                + i18n.get("campaigns.calendar.closes", closes == null ? "?" : closes);
        int row = 1;
        for (LocalDate week = start; !week.isAfter(end); week = week.plusWeeks(1), row++) {
            for (int c = 0; c < 7; c++) {
                LocalDate day = week.plusDays(c);
                grid.add(cell(i18n, day, digitsOfDay.get(day), catchUpOfDay.get(day), digits, window), c, row);
            }
        }
        getChildren().add(grid);
    }

    private static VBox cell(I18n i18n, LocalDate day, List<Integer> digitList, List<String> catchUp,
                             DigitSchedule digits, String window) {
        Label date = new Label(day.getDayOfMonth() == 1 || day.equals(digits.firstDay())
                ? i18n.shortDay().format(day) : String.valueOf(day.getDayOfMonth()));
        date.getStyleClass().addAll(Styles.TEXT_SMALL, "calendar-date");
        VBox cell = new VBox(2, date);
        cell.getStyleClass().add("calendar-cell");
        cell.setId("day-" + day);
        if (digitList != null) {
            String text = digitList.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
            Label digit = new Label(i18n.get("campaigns.calendar.digit", text));
            digit.getStyleClass().addAll(Styles.TEXT_BOLD, "calendar-digit");
            Label times = new Label(window);
            times.getStyleClass().addAll(Styles.TEXT_SMALL, "calendar-window");
            cell.getChildren().addAll(digit, times);
            boolean doubled = digitList.size() > 1 || digitList.stream().anyMatch(d -> digits.datesFor(d).size() > 1);
            cell.getStyleClass().add(doubled ? "calendar-double" : "calendar-digit-day");
        } else if (catchUp != null) {
            Label label = new Label(i18n.get("campaigns.calendar.catchUp", String.join(", ", catchUp)));
            label.getStyleClass().addAll(Styles.TEXT_BOLD, "calendar-digit");
            label.setWrapText(true);
            Label times = new Label(window);
            times.getStyleClass().addAll(Styles.TEXT_SMALL, "calendar-window");
            cell.getChildren().addAll(label, times);
            cell.getStyleClass().add("calendar-catch-up");
        } else {
            cell.getStyleClass().add("calendar-free");
        }
        return cell;
    }
}
