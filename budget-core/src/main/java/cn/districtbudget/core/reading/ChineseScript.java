package cn.districtbudget.core.reading;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Traditional to simplified Chinese through ICU4J's {@code Traditional-Simplified} transliterator.
 * The transliterator is slow to build (about half a second), so it is only built when a text contains a
 * character it would change; that set is kept as a resource derived from ICU (checked by a test). Each such
 * character is converted once and remembered.
 */
final class ChineseScript {

    static final String TRANSLITERATOR_ID = "Traditional-Simplified";
    static final String CHARACTERS_RESOURCE = "traditional-characters.txt";

    private static final UnicodeSet TRADITIONAL = loadTraditionalCharacters();

    private ChineseScript() {
    }

    static boolean hasTraditional(CharSequence text) {
        return firstTraditional(text) >= 0;
    }

    /** The index of the first character {@link #TRADITIONAL} holds; -1 when there is none (a flag per char: fast). */
    private static int firstTraditional(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                if (TRADITIONAL_BMP[c]) {
                    return i;
                }
            } else {
                int cp = Character.codePointAt(text, i);
                if (TRADITIONAL.contains(cp)) {
                    return i;
                }
                i += Character.charCount(cp) - 1;
            }
        }
        return -1;
    }

    /**
     * The text in simplified characters; the same string when it has no traditional character. Only the lines
     * that have one are transliterated (the transliterator is slow on long texts).
     */
    static String toSimplified(String text) {
        int first = firstTraditional(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        int i = first;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                if (TRADITIONAL_BMP[c]) {
                    String mapped = BMP_MAPPED[c];
                    if (mapped == null) {
                        mapped = transliterate(c);
                        BMP_MAPPED[c] = mapped;
                    }
                    out.append(mapped);
                } else {
                    out.append(c);
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (TRADITIONAL.contains(cp)) {
                out.append(MAPPED.computeIfAbsent(cp, ChineseScript::transliterate));
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Characters ICU's transliterator leaves that the general standard writes otherwise (嶽 → 岳: 嶽陽縣, a
     * county's name). Applied after {@link #toSimplified}, which stays ICU's mapping.
     */
    static String withCommonVariants(String text) {
        return text.indexOf('嶽') < 0 ? text : text.replace('嶽', '岳');
    }

    /**
     * Each traditional character's simplified form, asked of ICU once per character and kept: the transliterator
     * is slow per call (about 20 ms for a traditional page), the map is not. ICU's {@code Traditional-Simplified}
     * maps character by character; {@code TraditionalCharactersTest} checks the result equals ICU's on every corpus text.
     */
    private static final ConcurrentMap<Integer, String> MAPPED = new ConcurrentHashMap<>();
    /** The same for the basic plane, by char (a racy but safe cache: strings are immutable, any thread's is right). */
    private static final String[] BMP_MAPPED = new String[Character.MAX_VALUE + 1];
    private static final boolean[] TRADITIONAL_BMP = bmpFlags();

    private static boolean[] bmpFlags() {
        boolean[] flags = new boolean[Character.MAX_VALUE + 1];
        for (int range = 0; range < TRADITIONAL.getRangeCount(); range++) {
            for (int cp = TRADITIONAL.getRangeStart(range); cp <= TRADITIONAL.getRangeEnd(range) && cp <= Character.MAX_VALUE; cp++) {
                flags[cp] = true;
            }
        }
        return flags;
    }

    private static String transliterate(int codePoint) {
        return Converter.INSTANCE.get().transliterate(new String(Character.toChars(codePoint)));
    }

    /** ICU's transliteration of a whole text (for the equivalence test). */
    static String transliterateWithIcu(String text) {
        return Converter.INSTANCE.get().transliterate(text);
    }

    static UnicodeSet traditionalCharacters() {
        return TRADITIONAL;
    }

    private static UnicodeSet loadTraditionalCharacters() {
        try (InputStream in = ChineseScript.class.getResourceAsStream(CHARACTERS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CHARACTERS_RESOURCE);
            }
            String pattern = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("["))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no set in " + CHARACTERS_RESOURCE));
            return new UnicodeSet(pattern).freeze();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lazily built, one transliterator per thread (ICU does not promise transliterators are thread-safe). */
    private static final class Converter {
        static final ThreadLocal<Transliterator> INSTANCE =
                ThreadLocal.withInitial(() -> Transliterator.getInstance(TRANSLITERATOR_ID));
    }
}
