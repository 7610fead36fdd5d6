package cn.districtbudget.core.reading;

import java.util.Arrays;

/**
 * The prose lines of a stretch of the text joined with {@code \n}, remembering where each line starts,
 * so a pattern can match across a line break and a finding still names the 1-based line.
 */
final class Passage {

    static final Passage EMPTY = new Passage("", new int[0], new int[0]);

    private final String text;
    private final int[] starts;
    private final int[] lineNumbers;

    private Passage(String text, int[] starts, int[] lineNumbers) {
        this.text = text;
        this.starts = starts;
        this.lineNumbers = lineNumbers;
    }

    /** The non-table lines {@code from..to} (1-based, inclusive) of the source. */
    static Passage prose(SourceText source, int from, int to) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[Math.max(0, to - from + 1)];
        int[] numbers = new int[starts.length];
        int count = 0;
        for (int number = from; number <= to; number++) {
            String line = source.line(number);
            if (SourceText.isTableLine(line) || SourceText.isBlank(line)) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            starts[count] = text.length();
            numbers[count] = number;
            count++;
            text.append(SourceText.strip(line));
        }
        return new Passage(text.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(numbers, count));
    }

    String text() {
        return text;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** The 1-based source line of a character offset; null for an empty passage. */
    Integer lineAt(int offset) {
        if (starts.length == 0) {
            return null;
        }
        int index = Arrays.binarySearch(starts, offset);
        if (index < 0) {
            index = -index - 2;
        }
        return lineNumbers[Math.max(0, index)];
    }

    /** The part from {@code offset} on, keeping line numbers. */
    Passage from(int offset) {
        return slice(offset, text.length());
    }

    /** The part before {@code offset}, keeping line numbers. */
    Passage before(int offset) {
        return slice(0, offset);
    }

    private Passage slice(int begin, int end) {
        if (begin <= 0 && end >= text.length()) {
            return this;
        }
        int first = Math.max(0, lineIndex(begin));
        int count = 0;
        int[] newStarts = new int[starts.length];
        int[] newNumbers = new int[starts.length];
        for (int i = first; i < starts.length && starts[i] < end; i++) {
            newStarts[count] = Math.max(0, starts[i] - begin);
            newNumbers[count] = lineNumbers[i];
            count++;
        }
        return new Passage(text.substring(begin, end), Arrays.copyOf(newStarts, count), Arrays.copyOf(newNumbers, count));
    }

    private int lineIndex(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return index < 0 ? -index - 2 : index;
    }

    int firstLine() {
        return lineNumbers.length == 0 ? 0 : lineNumbers[0];
    }
}
