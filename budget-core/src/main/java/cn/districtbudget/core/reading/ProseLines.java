package cn.districtbudget.core.reading;

import java.util.regex.Pattern;

/**
 * The lines of prose around {@link ConceptReader}'s sentences: which line is a heading, where a sentence ends, which next
 * line continues a line a PDF wrapped, and the spaces a PDF put between Han characters.
 */
final class ProseLines {

    private ProseLines() {
    }

    /** The offset right after the sentence that starts at {@code start} (after its 。！？!?), or the text's end. */
    static int sentenceEnd(String text, int start) {
        int length = text.length();
        for (int i = start; i < length; i++) {
            switch (text.charAt(i)) {
                case '。', '！', '？', '!', '?' -> {
                    return i + 1;
                }
                default -> {
                }
            }
        }
        return length;
    }

    /** A line of wrapped prose (a PDF's fixed-width lines) continues on the next line: long, no closing punctuation. */
    static boolean wrapped(String line) {
        if (line.length() < WRAP_WIDTH) {
            return false;
        }
        return "。！？!?；;：:".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    static final int WRAP_WIDTH = 20;

    /** How a heading ends (…总体情况说明, 国有资产占用情况, 部门概况): a line ending otherwise after prose continues it. */
    private static final Pattern HEADING_END = Pattern.compile("(?:说明|情况|概况|表|部分|目录)\\s*$");

    /**
     * The next line when it continues wrapped prose: not blank, not a table cell or row, not a heading. After a line
     * of prose with clauses (…0.00 万元,主要是), an unnumbered line that does not end as a heading ends
     * (所属事业单位在当年的“财政拨款收入”“事业收入”“经营收入”) continues it even when it names a section.
     */
    static String nextWrappedLine(String raw, String last) {
        if (SourceText.isTableLine(raw)) {
            return null;
        }
        String next = SourceText.strip(raw);
        if (next.isEmpty() || PipeTable.isRow(next) || NUMBERED_HEADING.matcher(next).lookingAt()
                || SpacedTable.header(next) != null) {
            return null; // 项目 2017年预算数 …: a table's header row starts a table, it continues no prose
        }
        if (isHeading(next, hasDigit(next))) {
            boolean afterClauses = last.indexOf('，') >= 0 || last.indexOf(',') >= 0;
            if (!afterClauses || HEADING_END.matcher(next).find()) {
                return null;
            }
        }
        return next;
    }

    /**
     * Spaces a PDF put between Han characters (政 府 采 购 预 算) are not words' gaps: closed when a line has several.
     * The specification of {@link #hanSpaceRuns} / {@link #withoutHanSpaces} (hand-written; compared in a test).
     */
    static final Pattern HAN_SPACE = Pattern.compile("(?<=[\\u4e00-\\u9fa5])[ \\u3000]+(?=[\\u4e00-\\u9fa5])");

    static String closeSpaces(String line) {
        if (line.indexOf(' ') < 0 && line.indexOf('\u3000') < 0) {
            return line;
        }
        int count = hanSpaceRuns(line, 3);
        // two such gaps in a long line of prose (一般公 共预算拨款收入…;政府性基金预 算…) are a PDF's too
        boolean prose = count == 2 && line.length() >= 40 && hasInnerPunctuation(line);
        return count >= 3 || prose ? withoutHanSpaces(line) : line;
    }

    /** How many matches of {@link #HAN_SPACE} the line has, counted up to {@code max}. */
    static int hanSpaceRuns(String line, int max) {
        int count = 0;
        for (int i = 1; i < line.length() && count < max; i++) {
            int end = hanSpaceEnd(line, i);
            if (end > 0) {
                count++;
                i = end;
            }
        }
        return count;
    }

    /** The line with every match of {@link #HAN_SPACE} removed. */
    static String withoutHanSpaces(String line) {
        int length = line.length();
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int end = i > 0 ? hanSpaceEnd(line, i) : -1;
            if (end > 0) {
                i = end - 1;
                continue;
            }
            out.append(line.charAt(i));
        }
        return out.toString();
    }

    private static int hanSpaceEnd(String line, int i) {
        char c = line.charAt(i);
        if ((c != ' ' && c != '\u3000') || !SourceText.isBasicHan(line.charAt(i - 1))) {
            return -1;
        }
        int j = i;
        while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\u3000')) {
            j++;
        }
        return j < line.length() && SourceText.isBasicHan(line.charAt(j)) ? j : -1;
    }

    static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    static boolean isHeading(String line, boolean digits) {
        if (line.length() > 40 || line.endsWith("。") || line.endsWith("；")) {
            return false;
        }
        boolean numbered = NUMBERED_HEADING.matcher(line).lookingAt();
        if (!numbered && hasInnerPunctuation(line)) {
            return false;
        }
        if (digits) {
            // an unnumbered line with a value is a sentence; so is any line with a number in money or a count
            for (NumberScan.Match value : NumberScan.values(line)) {
                if (!numbered || value.unit() != null && !value.unit().equals("%")) {
                    return false;
                }
            }
        }
        return numbered || ConceptReader.areaOf(line) != null;
    }

    /**
     * A sentence or clause break inside a line (…的支出。包 / …结余,与去年相比无变化,与预算): the line is wrapped prose, not
     * an unnumbered heading.
     */
    private static boolean hasInnerPunctuation(String line) {
        int length = line.length();
        for (int i = 0; i < length; i++) {
            switch (line.charAt(i)) {
                case '。', '；', ';', '！', '？', '，', ',' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}\\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\\d{1,2}\\s*[、.．](?!\\d))");
}
