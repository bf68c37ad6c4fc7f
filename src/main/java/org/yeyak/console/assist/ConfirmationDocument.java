package org.yeyak.console.assist;

import java.time.format.DateTimeFormatter;
import org.yeyak.console.ui.I18n;

/**
 * The confirmation as a self-contained HTML page. Why HTML and not PDF or PNG: every office PC
 * opens and prints it in a browser with the right Korean fonts, its text can be copied into a
 * text message or an e-mail, screen readers read it, it is a few kilobytes, and it needs no PDF
 * library. The console also prints the same content directly (the print dialog).
 */
public final class ConfirmationDocument {
    private ConfirmationDocument() {
    }

    /** "2021년 8월 26일 (목)" / "Thursday 26 August 2021". */
    public static DateTimeFormatter dateFormat(I18n i18n) {
        return DateTimeFormatter.ofPattern(i18n.korean() ? "yyyy년 M월 d일 (E)" : "EEEE d MMMM yyyy", i18n.locale());
    }

    /** The file name staff are offered: the booking number, so the file is easy to find again. */
    public static String fileName(Confirmation c) {
        return "yeyak-" + c.bookingNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".html";
    }

    public static String html(Confirmation c, I18n i18n) {
        StringBuilder b = new StringBuilder(2048);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(i18n.korean() ? "ko" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(i18n.get("assist.confirmation.title")))
                .append(" ").append(esc(c.bookingNumber())).append("</title>\n<style>\n")
                .append("body{font-family:'Noto Sans CJK KR','Malgun Gothic',sans-serif;margin:2cm;color:#111}\n")
                .append("h1{font-size:20pt;margin:0 0 4pt}p.sub{color:#555;margin:0 0 16pt}\n")
                .append("table{border-collapse:collapse;font-size:13pt}th{text-align:left;padding:6pt 16pt 6pt 0;")
                .append("color:#555;font-weight:normal}td{padding:6pt 0;font-weight:bold}\n")
                .append("p.note{margin-top:20pt;font-size:11pt;color:#333}\n</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(i18n.get("assist.confirmation.title"))).append("</h1>\n")
                .append("<p class=\"sub\">").append(esc(c.campaignName())).append("</p>\n<table>\n");
        row(b, i18n.get("assist.confirmation.bookingNumber"), c.bookingNumber());
        row(b, i18n.get("assist.confirmation.date"), dateFormat(i18n).format(c.date()));
        row(b, i18n.get("assist.confirmation.clinic"), c.clinicName());
        row(b, i18n.get("assist.confirmation.address"), c.address());
        row(b, i18n.get("assist.confirmation.vaccine"), c.vaccine());
        row(b, i18n.get("assist.confirmation.person"), c.maskedName() + " (" + c.maskedResidentId() + ")");
        b.append("</table>\n<p class=\"note\">").append(esc(i18n.get("assist.confirmation.note"))).append("</p>\n")
                .append("</body>\n</html>\n");
        return b.toString();
    }

    /** The same content as plain lines (for the printed page and for tests). */
    public static java.util.List<String[]> rows(Confirmation c, I18n i18n) {
        return java.util.List.of(
                new String[] {i18n.get("assist.confirmation.bookingNumber"), c.bookingNumber()},
                new String[] {i18n.get("assist.confirmation.date"), dateFormat(i18n).format(c.date())},
                new String[] {i18n.get("assist.confirmation.clinic"), c.clinicName()},
                new String[] {i18n.get("assist.confirmation.address"), c.address()},
                new String[] {i18n.get("assist.confirmation.vaccine"), c.vaccine()},
                new String[] {i18n.get("assist.confirmation.person"), c.maskedName() + " (" + c.maskedResidentId() + ")"});
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
