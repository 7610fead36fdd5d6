package cn.districtbudget.core.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression searched only where a match can start. {@link Matcher#find()} runs the whole pattern at
 * every position of a sentence; most positions of a Chinese text cannot start a reader's pattern (a number, 较上年…),
 * so a position whose character is not one of the pattern's first characters is skipped with one table look-up.
 * It finds exactly what {@code find()} finds, one match after another: the leftmost match, the next search after its
 * end; lookbehinds and {@code $} see the whole text (transparent, non-anchoring bounds). The first characters are
 * declared beside the pattern; {@code QuickFindTest} checks on every real text that nothing is missed.
 */
final class QuickFind {

    private final Pattern pattern;
    private final long[] first = new long[1 << 10];

    private QuickFind(Pattern pattern, String firstCharacters) {
        this.pattern = pattern;
        for (int i = 0; i < firstCharacters.length(); i++) {
            char c = firstCharacters.charAt(i);
            first[c >>> 6] |= 1L << c;
        }
    }

    /** The pattern of {@code regex}, whose every match starts with one of {@code firstCharacters}. */
    static QuickFind of(String regex, String firstCharacters) {
        return new QuickFind(Pattern.compile(regex), firstCharacters);
    }

    /** Ten digits, for patterns that start with a number. */
    static final String DIGITS = "0123456789";

    Pattern pattern() {
        return pattern;
    }

    /** True when a match can start with {@code c}. */
    boolean canStartWith(char c) {
        return (first[c >>> 6] & (1L << c)) != 0;
    }

    /** The matches of the pattern in {@code text}, found one by one with {@link Finder#find()}. */
    Finder in(String text) {
        return new Finder(text);
    }

    /** True when the pattern matches anywhere in {@code text}. */
    boolean foundIn(String text) {
        return in(text).find();
    }

    /** A search of one text; after a successful {@link #find()} the match's start, end and groups are read here. */
    final class Finder {

        private final String text;
        /** Made at the first position that can start a match: most texts have none. */
        private Matcher matcher;
        private int next;

        private Finder(String text) {
            this.text = text;
        }

        /** Finds the next match; false when there is none. */
        boolean find() {
            int length = text.length();
            for (int at = next; at < length; at++) {
                if (!canStartWith(text.charAt(at))) {
                    continue;
                }
                if (matcher == null) {
                    matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                matcher.region(at, length);
                if (matcher.lookingAt()) {
                    next = matcher.end() > at ? matcher.end() : at + 1;
                    return true;
                }
            }
            next = length;
            return false;
        }

        /** The start of the match found last (only after {@link #find()} returned true). */
        int start() {
            return matcher.start();
        }

        int end() {
            return matcher.end();
        }

        String group() {
            return matcher.group();
        }

        String group(String name) {
            return matcher.group(name);
        }
    }
}
