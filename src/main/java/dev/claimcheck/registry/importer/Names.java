package dev.claimcheck.registry.importer;

import java.text.Normalizer;
import java.util.Locale;

/** Ids made from names, and the comparison key used when importing. */
public final class Names {

    private Names() {
    }

    /**
     * The registry's one comparison key for names ({@link dev.claimcheck.registry.Names#key}), so
     * that import and checking agree on what counts as the same name.
     */
    public static String key(String name) {
        return dev.claimcheck.registry.Names.key(name);
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
