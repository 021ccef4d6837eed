package eu.leadercoop.importer.extract;

/** Small character helpers that keep offsets intact (every mapping is one char to one char). */
final class Text {

    private Text() {
    }

    /** Lower case without changing the length (String.toLowerCase may, e.g. for U+0130). */
    static String lower(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char l = c < 128 ? c >= 'A' && c <= 'Z' ? (char) (c + 32) : c : Character.toLowerCase(c);
            if (l != c) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = l;
            }
        }
        return chars == null ? s : new String(chars);
    }

    /**
     * Plain spaces for every kind of space, line breaks for every kind of line break: pages copied from the
     * web are full of non-breaking spaces ({@code 251 928 €}) that must read like ordinary ones.
     */
    static String plain(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u2004', '\u2005',
                     '\u2006', '\u2008', '\u3000', '\t', '\u000B', '\f', '\u200B', '\uFEFF', '\u00AD' -> chars[i] = ' ';
                case '\r', '\u2028', '\u2029', '\u0085' -> chars[i] = '\n';
                default -> {
                    if (c < ' ' && c != '\n') {
                        chars[i] = ' ';
                    }
                }
            }
        }
        return new String(chars);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /**
     * Whether a word may start at {@code i} of {@code original}: after a non-letter, or where a lower-case
     * letter is glued to an upper-case one ({@code Leader logodProjekti nimi}, left by images without
     * spaces around them).
     */
    static boolean wordStartsAt(String original, int i) {
        if (i <= 0) {
            return true;
        }
        char before = original.charAt(i - 1);
        if (!isWordChar(before)) {
            return true;
        }
        return Character.isLowerCase(before) && Character.isUpperCase(original.charAt(i));
    }

    static boolean wordEndsAt(String s, int end) {
        return end >= s.length() || !isWordChar(s.charAt(end));
    }

    /** Collapses runs of white space and trims; for values shown to people. */
    static String squeeze(String s) {
        if (isSqueezed(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code s} has no white space but single plain spaces between words: most values, returned as they are. */
    private static boolean isSqueezed(String s) {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i + 1) == ' ' : c < ' ' || c == '\u00A0' || c > '\u007f' && Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Trims white space and the punctuation that ends list items and sentences ({@code ;} {@code ,} {@code .}). */
    static String trimItem(String s) {
        String t = squeeze(s);
        int end = t.length();
        while (end > 0 && ";,:".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end).trim();
    }

    static boolean hasUpperCaseLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int countWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /**
     * Whether the text has a digit of any script ({@link Character#isDigit}): the test before reading dates in a line,
     * whose month names may stand beside such digits.
     */
    static boolean hasAnyDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has an ASCII digit: the cheap test before looking for numbers, amounts or dates in it. */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
