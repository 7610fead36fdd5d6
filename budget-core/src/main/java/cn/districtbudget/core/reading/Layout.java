package cn.districtbudget.core.reading;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the title and each numbered part ({@code 一、部门职责及机构设置情况} …) are in the text.
 * A heading is a short line that is not a table cell, numbered with a Chinese numeral ({@code 三、} or
 * {@code 第三部分}), naming a part;
 * the first heading of each part after the title counts.
 */
final class Layout {

    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}\\s*[、.]|第[一二三四五六七八九十]{1,3}部分)\\s*\\S.*");
    private static final int MAX_HEADING_LENGTH = 40;

    private final Map<Part, Range> parts;
    private final int lastLine;

    private Layout(Map<Part, Range> parts, int lastLine) {
        this.parts = parts;
        this.lastLine = lastLine;
    }

    /** Lines {@code first..last} (1-based, inclusive) of a part, the heading being {@code first - 1}. */
    record Range(int heading, int first, int last) {
    }

    static Layout of(SourceText source, int titleLine) {
        Map<Part, Integer> headings = new EnumMap<>(Part.class);
        for (int number = titleLine + 1; number <= source.size(); number++) {
            String line = source.line(number);
            if (SourceText.isTableLine(line)) {
                continue;
            }
            String text = SourceText.strip(line);
            if (text.length() > MAX_HEADING_LENGTH || !NUMBERED.matcher(text).matches()) {
                continue;
            }
            Part part = Part.named(text);
            if (part != null && !headings.containsKey(part)) {
                headings.put(part, number);
            }
        }
        Map<Part, Range> parts = new EnumMap<>(Part.class);
        for (Map.Entry<Part, Integer> entry : headings.entrySet()) {
            int heading = entry.getValue();
            int next = source.size() + 1;
            for (int other : headings.values()) {
                if (other > heading && other < next) {
                    next = other;
                }
            }
            parts.put(entry.getKey(), new Range(heading, heading + 1, next - 1));
        }
        return new Layout(parts, source.size());
    }

    Range range(Part part) {
        return parts.get(part);
    }

    boolean has(Part part) {
        return parts.containsKey(part);
    }

    int partCount() {
        return parts.size();
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    int lastLine() {
        return lastLine;
    }
}
