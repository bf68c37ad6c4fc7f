package org.yeyak.server.identity;

/** Masking of personal names for display: 홍길동 → 홍*동, 김철 → 김*, John Smith → J********h. */
public final class Names {
    private Names() {
    }

    public static String mask(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int[] cp = name.codePoints().toArray();
        if (cp.length == 1) {
            return "*";
        }
        StringBuilder b = new StringBuilder().appendCodePoint(cp[0]);
        if (cp.length == 2) {
            return b.append('*').toString();
        }
        b.append("*".repeat(cp.length - 2));
        return b.appendCodePoint(cp[cp.length - 1]).toString();
    }
}
