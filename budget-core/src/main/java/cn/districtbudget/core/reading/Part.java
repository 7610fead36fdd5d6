package cn.districtbudget.core.reading;

import cn.districtbudget.core.finding.Section;

/** The numbered parts of a disclosure, in published order, with the words that name their headings. */
enum Part {
    DEPARTMENT(Section.DEPARTMENT, "部门职责及机构设置情况", true),
    OVERALL(Section.EXPENDITURE, "收支总体情况", true),
    OPERATING_COSTS(Section.OPERATING_COSTS, "机关运行经费", true),
    THREE_PUBLIC(Section.THREE_PUBLIC, "“三公”经费", true),
    PERFORMANCE(Section.PERFORMANCE, "绩效信息", true),
    PROCUREMENT(Section.PROCUREMENT, "政府采购", true),
    FIXED_ASSETS(Section.FIXED_ASSETS, "国有资产信息", true),
    GLOSSARY(Section.DOCUMENT, "名词解释", false),
    OTHER(Section.DOCUMENT, "其他需要说明的事项", false);

    private final Section section;
    private final String label;
    private final boolean carriesFigures;

    Part(Section section, String label, boolean carriesFigures) {
        this.section = section;
        this.label = label;
        this.carriesFigures = carriesFigures;
    }

    Section section() {
        return section;
    }

    String label() {
        return label;
    }

    boolean carriesFigures() {
        return carriesFigures;
    }

    /** What may join another part's words to a glossary after them: 以及相关 / 及 / 和 / 、. */
    private static final java.util.regex.Pattern GLOSSARY_JOIN = java.util.regex.Pattern.compile(
            "[\\s、，,]*(?:以及|及|和|与)?\\s*(?:相关|有关)?\\s*$");

    /**
     * The heading without a glossary it names after another part (“三公”经费预算情况说明以及相关名词解释: the “三公” part,
     * whose figures are read); the heading itself otherwise (九、名词解释).
     */
    static String withoutTrailingGlossary(String heading) {
        int at = heading.indexOf("名词解释");
        if (at <= 0) {
            return heading;
        }
        String before = GLOSSARY_JOIN.matcher(heading.substring(0, at)).replaceFirst("");
        Part other = named(before);
        return other != null && other != GLOSSARY ? before : heading;
    }

    /** The part a heading names, or null. Checked most specific first. */
    static Part named(String rawHeading) {
        String heading = withoutTrailingGlossary(rawHeading);
        if (heading.contains("名词解释")) {
            return GLOSSARY;
        }
        if (heading.contains("其他需要说明") || heading.contains("其他说明")) {
            return OTHER;
        }
        if (heading.contains("三公")) {
            return THREE_PUBLIC;
        }
        if (heading.contains("机关运行")) {
            return OPERATING_COSTS;
        }
        if (heading.contains("绩效")) {
            return PERFORMANCE;
        }
        if (heading.contains("政府采购")) {
            return PROCUREMENT;
        }
        if (heading.contains("资产")) {
            return FIXED_ASSETS;
        }
        if (heading.contains("职责") || heading.contains("机构设置")) {
            return DEPARTMENT;
        }
        if (heading.contains("总体情况") || heading.contains("收支") || heading.contains("收入支出")) {
            return OVERALL;
        }
        return null;
    }
}
