package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.DisclosureKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title: department, year and kind, e.g. {@code 山海关区科学技术协会部门2019年部门预算公开说明} or
 * {@code 2019年山海关区科学技术协会部门预算公开说明}. When no line is a title, the opening sentence
 * {@code 现将山海关区科学技术协会部门2019年部门预算公开如下} serves.
 */
record Title(String department, int year, DisclosureKind kind, int line) {

    private static final Pattern TITLE = Pattern.compile(
            "^(?<before>.{0,40}?)(?<year>\\d{4})\\s*年(?:度)?(?<after>.{0,40}?)(?<kind>预算|决算)(?:信息)?公开(?:情况)?(?:说明)?(?:书)?$");
    private static final Pattern OPENING = Pattern.compile(
            "现将(?<before>.{0,40}?)(?<year>\\d{4})\\s*年(?:度)?(?<after>.{0,40}?)(?<kind>预算|决算)(?:情况)?(?:信息)?公开如下");

    /** A title is looked for in the first lines only (page noise may come before it). */
    private static final int HEAD_LINES = 200;

    /** The title of the text; null when there is none. */
    static Title find(SourceText source) {
        int head = Math.min(source.size(), HEAD_LINES);
        for (int number = 1; number <= head; number++) {
            String line = source.line(number);
            if (SourceText.isTableLine(line)) {
                continue;
            }
            // 【财政预算】天水市麦积区花牛镇政府2020年部门预算情况说明: the site's category before the title is not its name
            Title title = parse(TITLE.matcher(SourceText.strip(line).replaceFirst("^【[^】]{1,10}】\\s*", "")), number);
            if (title != null) {
                return title;
            }
        }
        for (int number = 1; number <= head; number++) {
            Matcher opening = OPENING.matcher(source.line(number));
            if (opening.find()) {
                Title title = parse(opening, number);
                if (title != null) {
                    return title;
                }
            }
        }
        return null;
    }

    private static Title parse(Matcher matcher, int line) {
        if (!matcher.find()) {
            return null;
        }
        int year = Integer.parseInt(matcher.group("year"));
        if (year < 1990 || year > 2100) {
            return null;
        }
        String name = departmentName(matcher.group("before"));
        if (name == null) {
            name = departmentName(matcher.group("after"));
        }
        if (name == null) {
            return null;
        }
        DisclosureKind kind = "决算".equals(matcher.group("kind")) ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET;
        return new Title(name, year, kind, line);
    }

    /** {@code 山海关区科学技术协会部门} is the department 山海关区科学技术协会; null for no name. */
    private static String departmentName(String text) {
        // 360035柳州市马鞍山幼儿园: the unit's code before its name is no part of it
        String name = SourceText.strip(text).replaceFirst("^\\d{3,9}\\s*(?=[\\u4e00-\\u9fa5])", "");
        if (name.endsWith("部门") && name.length() > 2) {
            name = name.substring(0, name.length() - 2);
        }
        if (name.endsWith("单位") && name.length() > 2) {
            name = name.substring(0, name.length() - 2);
        }
        name = SourceText.strip(name);
        return name.isEmpty() || "部门".equals(name) ? null : name;
    }
}
