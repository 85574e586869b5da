package dev.claimcheck.registry.importer;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation shared by alias lookup and id generation. */
public final class Names {

    private Names() {
    }

    /**
     * Tolerant comparison key: case-folded, without spaces, hyphens and underscores, and without dots
     * except a dot between two digits ("GPT 4o" = "gpt-4o"; "Qwen2.5" stays distinct from "Qwen25").
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '_' || c == '\u2010' || c == '\u2011'
                    || c == '\u2013') {
                continue;
            }
            if (c == '.') {
                boolean digitBefore = i > 0 && Character.isDigit(s.charAt(i - 1));
                boolean digitAfter = i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
                if (!(digitBefore && digitAfter)) {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** An id made from a name: lowercase ASCII letters, digits, dots and single hyphens. */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean hyphen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (c == '.' && i > 0 && i + 1 < s.length()
                        && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1)));
            if (keep) {
                out.append(c);
                hyphen = false;
            } else if (!hyphen && out.length() > 0 && c != '\'' && (c < '\u0300' || c > '\u036f')) {
                out.append('-');
                hyphen = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }
}
