package dev.claimcheck.registry.importer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** Number parsing with file/line errors, and the exact arithmetic the importers use. */
public final class Numbers {

    static final MathContext MC = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** Parses a decimal such as "62.29", "**88.5**", "77.0%"; errors name file, line and what was expected. */
    public static BigDecimal parse(String text, String file, int line, String what) {
        String t = clean(text);
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new ImportException(file, line, "expected a number for " + what + ", found '" + text + "'");
        }
    }

    /** Null for empty or "-" cells, else as {@link #parse}. */
    public static BigDecimal parseOptional(String text, String file, int line, String what) {
        String t = text == null ? "" : clean(text);
        if (t.isEmpty() || t.equals("-") || t.equals("—") || t.equalsIgnoreCase("n/a")) {
            return null;
        }
        return parse(text, file, line, what);
    }

    private static String clean(String text) {
        String t = text.trim();
        t = t.replace("**", "").replace("<b>", "").replace("</b>", "").trim();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t;
    }

    /** Exact mean of the values, to 34 significant digits. */
    public static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), MC);
    }

    public static BigDecimal round(BigDecimal v, int decimals) {
        return v.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A 0–1 fraction as percent (exact). */
    public static BigDecimal percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED);
    }
}
