package cn.districtbudget.ui.cli;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.reading.ReadingHints;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code parse}, {@code check} and {@code import} are given: the files, {@code --set} (the files are one
 * disclosure), what the texts do not say ({@code --department NAME}, {@code --year YYYY},
 * {@code --kind BUDGET|FINAL_ACCOUNTS}, also {@code --year=2023}) and any other {@code --option} (Spring's, for
 * import). A value that is missing or not understood is a {@link BadOption} with its Chinese message.
 */
record CommandOptions(List<Path> paths, List<String> otherOptions, ReadingHints hints, boolean set) {

    /** An option without its value or with a value that is not understood. */
    static final class BadOption extends RuntimeException {
        BadOption(String message) {
            super(message);
        }
    }

    private static final List<String> HINTS = List.of("--department", "--year", "--kind");

    static CommandOptions parse(List<String> args) {
        List<Path> paths = new ArrayList<>();
        List<String> other = new ArrayList<>();
        String department = null;
        Integer year = null;
        DisclosureKind kind = null;
        boolean set = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--set")) {
                set = true;
                continue;
            }
            String option = HINTS.stream().filter(h -> arg.equals(h) || arg.startsWith(h + "=")).findFirst()
                    .orElse(null);
            if (option == null) {
                if (arg.startsWith("--")) {
                    other.add(arg);
                } else {
                    paths.add(Path.of(arg));
                }
                continue;
            }
            String value = arg.equals(option) ? (i + 1 < args.size() ? args.get(++i) : null)
                    : arg.substring(option.length() + 1);
            if (value == null || value.isBlank()) {
                throw new BadOption(option + " 需要一个值 (" + option + " takes a value)");
            }
            switch (option) {
                case "--department" -> department = value.strip();
                case "--year" -> year = year(value);
                default -> kind = kind(value);
            }
        }
        return new CommandOptions(List.copyOf(paths), List.copyOf(other),
                new ReadingHints(department, year, kind, null), set);
    }

    private static Integer year(String value) {
        if (value.strip().matches("\\d{4}")) {
            int year = Integer.parseInt(value.strip());
            if (year >= 1990 && year <= 2100) {
                return year;
            }
        }
        throw new BadOption("--year 应为 1990–2100 之间的四位年份，而不是“" + value + "” (--year takes a year)");
    }

    private static DisclosureKind kind(String value) {
        for (DisclosureKind kind : DisclosureKind.values()) {
            if (kind.name().equalsIgnoreCase(value.strip()) || kind.label().equals(value.strip())) {
                return kind;
            }
        }
        throw new BadOption("--kind 应为 BUDGET（部门预算）或 FINAL_ACCOUNTS（部门决算），而不是“" + value
                + "” (--kind takes BUDGET or FINAL_ACCOUNTS)");
    }
}
