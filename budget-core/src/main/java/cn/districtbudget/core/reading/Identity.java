package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.DisclosureKind;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who, when and what: the department, fiscal year and kind, from whatever the text offers — its title, a
 * heading such as {@code 编制单位：…} / {@code 单位名称：…}, the opening sentence, or the words it uses — filled or
 * overridden by the caller's {@link ReadingHints}. Any part may stay unknown (null).
 */
record Identity(String department, Integer year, DisclosureKind kind, Title title) {

    private static final int HEAD_LINES = 80;
    private static final Pattern LOOSE_TITLE = Pattern.compile(
            "^(?<before>[^，。；:：]{0,40}?)(?<year>\\d{4})\\s*(?:年|-(?![\\d-]))(?:度)?(?<after>[^，。；:：]{0,40}?)(?<kind>预算|决算)"
                    + "(?:收支)?(?:[“\"]?三公[”\"]?经费)?(?:支出)?(?:预算|决算)?(?:财政拨款)?(?:信息)?(?:汇总)?(?:公开)?(?:情况)?(?:公布|公开)?"
                    + "(?:的)?(?:说明)?(?:书)?(?:报告)?(?:统计表|表)?(?:批复公开资料|公开资料)?(?:[（(][^）)]{0,10}[）)])?$");
    /** 巢湖市人民法院2021年度: a first line that is a name and a year, the title's first half (its kind on the next line). */
    private static final Pattern NAME_YEAR_LINE = Pattern.compile(
            "^(?<name>[\\u4e00-\\u9fa5（）()]{3,30}?" + "(?:人民政府|政府|办事处|中心|局|委员会|办公室|法院|检察院|医院|院|所|站|馆|队|处|学校|厅|联合会|管委会|部))"
                    + "\\s*(?<year>(?:19|20)\\d{2})\\s*年(?:度)?$");
    /** 2015年桂林市司法局部门“三公”经费情况统计表: a title naming the department and year, the kind not. */
    private static final Pattern THREE_PUBLIC_TITLE = Pattern.compile(
            "^(?<before>[^，。；:：]{0,40}?)(?<year>\\d{4})\\s*(?:年|-(?![\\d-]))(?:度)?(?<after>[^，。；:：]{0,40}?)[“\"]?三公[”\"]?经费"
                    + "(?:支出)?(?:财政拨款)?(?:预算|决算)?(?:编制|公开)?(?:增减)?(?:变化)?(?:情况)?(?:统计表|表|说明)$");
    private static final String ORGANISATION = "(?:人民政府|政府|办事处|中心|局|委员会|办公室|法院|检察院|医院|院|所|站|馆|队|处|"
            + "学校|小学|中学|幼儿园|厅|社|联合会|协会|集团|公司|管委会|部|镇|乡)(?:[（(][^（）()]{1,6}[)）])?";
    /** A line that is only a department's name (重庆市铜梁区安居镇人民政府), among the first lines. */
    private static final Pattern NAME_LINE = Pattern.compile("^(?<name>[\\u4e00-\\u9fa5（）()]{3,30}?" + ORGANISATION + ")$");
    /** 重庆市万盛经济技术开发区公园管理所为…, 祁阳市浯溪街道教育管理中心是…, XX的主要职能, 增福镇卫生院位于…: the department introducing itself. */
    private static final Pattern SELF_NAMED = Pattern.compile(
            "^(?<name>[\\u4e00-\\u9fa5（）()]{3,30}?" + ORGANISATION + "|[\\u4e00-\\u9fa5]{2}(?:幼儿园|小学|中学|学校|医院|卫生院))"
                    + "(?:(?:的主要职能|的主要职责|主要职能|主要职责|基本职能|的基本职能|是|为|内设)(?!\\d)"
                    // 长寿区龙河镇位于… / 龙河镇（街道）位于…: a place's, not the department introducing itself
                    + "|(?<![镇乡]|[镇乡][（(][^（）()]{1,6}[)）])(?:位于|始建于|创建于|创办于|成立于|下设))");
    /** 第一部分 河南省红十字血液中心概况: a heading naming the department's overview. */
    private static final Pattern OVERVIEW_HEADING = Pattern.compile(
            "^(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}\\s*[、.．])\\s*(?<name>[\\u4e00-\\u9fa5（）()]{3,30}?"
                    + ORGANISATION + ")(?:基本)?概况$");
    /** 财政部“三公”经费较去年约减60万 / 眉山市人民检察院财政拨款“三公”经费预算2015年情况如下: a head line opening with the name. */
    private static final Pattern HEAD_SUBJECT = Pattern.compile(
            "^(?<name>(?![本我全各该其度年]|现将|特将|根据|按照|纳入|列入|关于)[\\u4e00-\\u9fa5（）()]{2,30}?" + ORGANISATION + ")(?:(?:19|20)\\d{2}\\s*年(?:度)?)?"
                    + "(?=财政拨款|[“\"]?三公|部门预算|部门决算|单位预算|单位决算)");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}\\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\\d{1,2}\\s*[、.．])");
    /** Words that end a department's name in a title: what follows is the document's subject (a fund's name too). */
    private static final Pattern NOT_NAME = Pattern.compile(
            "一般公共|政府性基金|国有资本经营|财政拨款|[“\"]?三公|经费|部门预算|部门决算|预算|决算|公开|本级");
    private static final Pattern UNIT_NAME = Pattern.compile(
            "^(?:编制单位|单位名称|部门名称|预算单位|公开单位|填报单位|部门)\\s*[:：]\\s*(?<name>[^\\s，。；:：]{2,40})");
    private static final Pattern YEAR_USE = Pattern.compile(
            "(?<![比较与]|[比较与]\\s)(?<year>\\d{4})\\s*年(?:度)?(?:中央本级|本级)?(?:部门|单位)?总?(?:预算|决算|收入|支出|收支|一般公共|[“\"]?三公|财政拨款|机关运行)");
    private static final Pattern FINAL_WORDS = Pattern.compile(
            "部门决算|单位决算|(?<!预)决算公开|支出决算|收入决算|决算数|本年收入合计|年初结转和结余|决算情况");
    private static final Pattern BUDGET_WORDS = Pattern.compile(
            "部门预算|单位预算|预算公开|收入预算|支出预算|预算数|收支预算|预算安排|预算情况");

    /** The empty cells a table row flattened with {@code |} ends with. */
    private static final Pattern TRAILING_CELLS = Pattern.compile("\\s*\\|[\\s|]*$");
    /** A web page's words (目录, 首页…): not a department's name. */
    private static final Pattern PAGE_WORDS = Pattern.compile(".*(?:目录|公开|首页|当前位置|发布|索引).*");
    private static final Pattern NO_WORDS = Pattern.compile("^[\\d\\s\\p{Punct}]*$");
    /** A web page's field naming who published it (发布机构 / 云县财政局): the publisher, not the department. */
    private static final Pattern PUBLISHER_FIELD = Pattern.compile("^(?:发布机构|信息来源|来源|责任部门|发布单位|发文机关)\\s*[:：]?$");
    private static final Pattern PAGE_FIELDS = Pattern.compile(
            "\\s+(?:发布日期|发布时间|信息来源|来源|浏览次数|浏览量|点击数|字号)\\s*[:：].*$");
    /** A government site's field label before a page's title: {@code [ 标 题 ]}, {@code 【标题】}, {@code 标题：}, {@code 标      题 }. */
    private static final Pattern TITLE_FIELD = Pattern.compile("^(?:\\[\\s*标\\s*题\\s*]|【\\s*标\\s*题\\s*】|标\\s*题\\s*[:：]|标\\s+题\\s+)\\s*");
    private static final Pattern UNIT_CODE = Pattern.compile("^\\d{3,9}\\s*(?![年度月日])(?=[\\u4e00-\\u9fa5])");
    /** 预算年度：2025 / 决算年度：2024 — a table header's year field, naming the kind too. */
    private static final Pattern YEAR_FIELD = Pattern.compile("^(?<kind>预算|决算)年度\\s*[:：]\\s*(?<year>\\d{4})(?!\\d)");

    static Identity find(SourceText source, ReadingHints hints) {
        Title title = Title.find(source);
        String department = title != null ? title.department() : null;
        if (department != null && department.contains("【") && !department.contains("】")) {
            department = null; // 【财政预算】天水市麦积区花牛镇政府…: a site's category cut inside, not the name
        }
        Integer year = title != null ? title.year() : null;
        DisclosureKind kind = title != null ? title.kind() : null;
        int head = Math.min(source.size(), HEAD_LINES);
        for (int number = 1; number <= head && (department == null || year == null || kind == null); number++) {
            String line = SourceText.strip(source.line(number));
            Matcher unit = UNIT_NAME.matcher(line);
            if (department == null && unit.find()) {
                department = CONSOLIDATED.matcher(unit.group("name")).replaceFirst("");
            }
            Matcher field = YEAR_FIELD.matcher(line);
            if (field.find()) {
                int y = Integer.parseInt(field.group("year"));
                if (year == null && y >= 1990 && y <= 2100) {
                    year = y;
                }
                if (kind == null) {
                    kind = field.group("kind").equals("决算") ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET;
                }
            }
            line = TRAILING_CELLS.matcher(line).replaceAll("");
            line = PAGE_FIELDS.matcher(line).replaceFirst(""); // …2022年预算公开 发布日期:2022-01-25 信息来源:…
            line = TITLE_FIELD.matcher(line).replaceFirst(""); // [ 标 题 ] 石柱土家族自治县文化馆2023年单位预算情况说明
            line = CATEGORY_PREFIX.matcher(line).replaceFirst(""); // 【财政预算】天水市麦积区花牛镇政府2020年部门预算情况说明
            Matcher three = THREE_PUBLIC_TITLE.matcher(line);
            if (line.length() <= 60 && three.find()) {
                int y = Integer.parseInt(three.group("year"));
                if (y >= 1990 && y <= 2100) {
                    if (year == null) {
                        year = y;
                    }
                    String named = department == null ? titleName(three.group("before"), three.group("after")) : null;
                    if (named != null && !PLACE.matcher(named).matches()) {
                        department = named; // 奉新县2023年“三公”经费…: a county's, no department's
                    }
                }
            }
            Matcher nameYear = NAME_YEAR_LINE.matcher(line);
            if (number <= 3 && department == null && nameYear.matches() && isName(nameYear.group("name"))) {
                department = nameYear.group("name");
                if (year == null) {
                    year = Integer.valueOf(nameYear.group("year"));
                }
            }
            String unnumbered = PART_NUMBER.matcher(line).replaceFirst("");
            Matcher loose = LOOSE_TITLE.matcher(unnumbered);
            if (unnumbered.length() <= 60 && !NUMBERED.matcher(unnumbered).find() && loose.find()) {
                int y = Integer.parseInt(loose.group("year"));
                if (y >= 1990 && y <= 2100) {
                    if (year == null) {
                        year = y;
                    }
                    if (kind == null) {
                        kind = "决算".equals(loose.group("kind")) ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET;
                    }
                    if (department == null) {
                        department = titleName(loose.group("before"), loose.group("after"));
                    }
                }
            }
        }
        if (kind == null) {
            kind = kindByHead(source);
        }
        Integer finalYear = year == null || kind == null ? statedFinalYear(source) : null;
        if (kind == null && finalYear != null) {
            kind = DisclosureKind.FINAL_ACCOUNTS;
        }
        if (year == null && kind == DisclosureKind.FINAL_ACCOUNTS) {
            year = finalYear;
        }
        if (year == null) {
            year = mostUsedYear(source);
        }
        if (year == null) {
            year = firstYear(source);
        }
        department = department == null ? null : cleanName(department);
        if (department == null) {
            department = namedDepartment(source);
        }
        if (department == null) {
            department = signedBy(source);
        }
        if (department == null) {
            department = sentenceSubject(source);
        }
        if (department == null) {
            department = publishingSubject(source);
        }
        if (kind == null) {
            kind = kindByWords(source);
        }
        department = department == null ? null : cleanName(inFull(source, withPlace(source, department)));
        if (hints != null) {
            department = hints.department() != null ? hints.department() : department;
            year = hints.year() != null ? hints.year() : year;
            kind = hints.kind() != null ? hints.kind() : kind;
        }
        return new Identity(department, year, kind, title);
    }

    /** A table's field label before a name: 标题 | …, 名 称 | …, 单位名称 | … */
    private static final Pattern LABEL_CELL = Pattern.compile("^(?:标\\s*题|名\\s*称|单\\s*位\\s*名\\s*称|单\\s*位)\\s*[|｜:：]\\s*");
    /** A site's category in brackets before a title: 【财政预算】… */
    private static final Pattern CATEGORY_PREFIX = Pattern.compile("^【[^】]{1,10}】\\s*");

    /**
     * A read name without what is not part of it: a field label or category before it, a bracket the name's line
     * opened and did not close (重庆市长寿区渡舟街道办事处( ); null when nothing of a name is left.
     */
    static String cleanName(String name) {
        if (name.contains("【") && !name.contains("】")) {
            return null; // 【财政: cut inside a site's category
        }
        String cleaned = LABEL_CELL.matcher(CATEGORY_PREFIX.matcher(name.strip()).replaceFirst("")).replaceFirst("").strip();
        int open = Math.max(cleaned.lastIndexOf('('), cleaned.lastIndexOf('（'));
        if (open >= 0 && cleaned.indexOf(')', open) < 0 && cleaned.indexOf('）', open) < 0) {
            cleaned = cleaned.substring(0, open).strip();
        }
        cleaned = cleaned.replaceAll("^[【\\[(（|｜\\s]+", "").strip();
        if (cleaned.matches("^(?:省|市|县|区|乡|镇|州|旗)(?:本)?级(?:部门|单位)?$")) {
            return null; // 2016年度区级部门决算公开: a level of government, no department
        }
        return cleaned.codePoints().filter(Character::isIdeographic).count() >= 2 ? cleaned : null;
    }

    /**
     * The department when no title names it: a first line that is only a name, a numbered heading 〈name〉概况, or
     * the department introducing itself (〈name〉为… / 〈name〉的主要职能…) in the first lines.
     */
    private static String namedDepartment(SourceText source) {
        int head = Math.min(source.size(), 40);
        int seen = 0;
        String previous = null;
        for (int number = 1; number <= head; number++) {
            String line = SourceText.strip(source.line(number));
            if (line.isEmpty()) {
                continue;
            }
            if (!PAGE_WORDS.matcher(line).matches()) {
                seen++; // a site's menu lines (…公开目录, 部门预算公开表) do not push the name out of the head
            }
            boolean publisher = previous != null && PUBLISHER_FIELD.matcher(previous).matches();
            previous = line;
            // 920平山县下口镇财政所 |: a unit's code before its name, a table cell's | after it
            line = UNIT_CODE.matcher(TRAILING_CELLS.matcher(line).replaceAll("")).replaceFirst("");
            Matcher only = NAME_LINE.matcher(line);
            if (seen <= 3 && !publisher && only.matches() && isName(only.group("name"))) {
                return only.group("name");
            }
            Matcher subject = HEAD_SUBJECT.matcher(line);
            if (seen <= 3 && !publisher && subject.find() && isName(subject.group("name"))) {
                return subject.group("name");
            }
            Matcher overview = OVERVIEW_HEADING.matcher(line);
            if (overview.matches() && name(overview.group("name")) != null) {
                return overview.group("name");
            }
            Matcher self = SELF_NAMED.matcher(line);
            if (self.find() && isName(self.group("name"))) {
                return self.group("name");
            }
        }
        return null;
    }

    private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$");

    /** The department signing the text off: a name line right above the date, among the last lines (海南省审计厅 / 2016年2月19日). */
    private static String signedBy(SourceText source) {
        String below = null;
        int seen = 0;
        for (int number = source.size(); number >= 1 && seen < 4; number--) {
            String line = SourceText.strip(source.line(number));
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            Matcher only = NAME_LINE.matcher(line);
            if (below != null && DATE_LINE.matcher(below).matches() && only.matches()
                    && line.equals(name(only.group("name")))) {
                return line;
            }
            below = line;
        }
        return null;
    }

    private static final String NAME_CHARS = "[\\u4e00-\\u9fa5（）()]";
    /** What a sentence says of its subject when the subject is the department: its year's money, 三公, budget… */
    private static final String SUBJECT_OF = "(?:财政拨款|一般公共预算|政府性基金|[“\"]?三公|收入|支出|收支|部门预算|部门决算|单位预算|单位决算"
            + "|机关运行|政府采购|没有|无|未安排|安排)";
    /**
     * 寿县文物保护中心2023年度一般公共预算… / 2014年达州市环城公路养护中心没有安排… / 故宫博物院2023年收入预算…: a
     * department named as the subject at the start of a sentence or clause, before or after the year.
     */
    private static final Pattern SUBJECT = Pattern.compile(
            "(?:^|[，,。；;：:])\\s*(?:纳入|列入)?(?:(?<y1>\\d{4})\\s*年(?:度)?)?(?<name>(?![本我全各该其度年]|现将|特将|根据|按照)" + NAME_CHARS + "{2,30}?" + ORGANISATION
                    + ")(?<close>[)）])?\\s*(?:(?<y2>\\d{4})\\s*年(?:度)?)?(?=(?:用|使用)?" + SUBJECT_OF + ")");

    /**
     * The department when nothing else names it: the organisation most often the subject of a sentence about its
     * year's figures (one with a year before or after the name). Null when none is.
     */
    private static String sentenceSubject(SourceText source) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (int number = 1; number <= source.size(); number++) {
            Matcher m = SUBJECT.matcher(SourceText.strip(source.line(number)));
            while (m.find()) {
                if (m.group("y1") == null && m.group("y2") == null) {
                    continue;
                }
                String found = m.group("name");
                if (m.group("close") != null && balance(found) == 1) {
                    found = found + m.group("close");
                }
                if (balance(found) != 0 || !isName(found)) {
                    continue;
                }
                counts.merge(found, 1, Integer::sum);
            }
        }
        String best = null;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * 国家环保部昨日发布…, 审计署11日在其网站公布…, 教育局在官网公布…: a news item's department publishing its own figures
     * (a finance bureau publishing is often publishing others', so it names nobody here).
     */
    private static final Pattern PUBLISHING = Pattern.compile(
            "(?:^|[，,。；;：:】\\s])(?<name>(?![本我全各该其度年省市区县继并又也还已均将据经由凡]|现将|特将|根据|按照)" + NAME_CHARS + "{1,30}?" + ORGANISATION
                    + ")(?:昨日|昨天|今日|今天|日前|近日|\\d{1,2}日)?(?:在其?(?:官方)?(?:官网|网站)(?:上)?)?(?:发布|公布|公开|晒出)");

    /** The department publishing the text's figures in a news item; null when none or more than one does. */
    private static String publishingSubject(SourceText source) {
        String found = null;
        for (int number = 1; number <= Math.min(source.size(), 20); number++) {
            Matcher m = PUBLISHING.matcher(SourceText.strip(source.line(number)));
            while (m.find()) {
                String name = m.group("name");
                if (name.contains("财政") || name.contains("的") || name.endsWith("全部") || name.contains("网站")
                        || name.startsWith("今年") || name.startsWith("去年") || balance(name) != 0
                        || !isName(name)) {
                    continue;
                }
                if (found != null && !found.equals(name)) {
                    return null;
                }
                found = name;
            }
        }
        return found;
    }

    /** One or more place names (安徽省怀远县, 深圳市罗湖区) right before a department's name. */
    private static final Pattern PLACES_BEFORE = Pattern.compile(
            "(?:(?<![\\u4e00-\\u9fa5])|(?<=\\d年|\\d年度))(?![年度])(?:[\\u4e00-\\u9fa5]{1,8}?(?:省|自治区|市|自治州|州|盟|地区|县|区|旗))+$");
    private static final Pattern YEAR_AFTER = Pattern.compile("^\\s*(?:19|20)\\d{2}\\s*年");

    /**
     * The department's name with its places when the head of the text also names it so (罗湖区审计局 in the title,
     * 深圳市罗湖区审计局2024年度… in the heading below): the fuller name, the longest one written before a year in the
     * first lines (a table cell with the full name, 秦皇岛市山海关区科学技术协会, does not change a title's name).
     */
    private static String withPlace(SourceText source, String department) {
        if (department == null || department.length() < 3) {
            return department;
        }
        String best = department;
        int head = Math.min(source.size(), 40);
        for (int number = 1; number <= head; number++) {
            String line = source.line(number);
            for (int at = line.indexOf(department); at > 0; at = line.indexOf(department, at + 1)) {
                Matcher places = PLACES_BEFORE.matcher(line).region(Math.max(0, at - 20), at);
                places.useTransparentBounds(true);
                if (places.find() && YEAR_AFTER.matcher(line).region(at + department.length(), line.length()).lookingAt()) {
                    String fuller = line.substring(places.start(), at) + department;
                    if (fuller.length() > best.length() && !fuller.startsWith("中共") && isName(fuller)) {
                        best = fuller;
                    }
                }
            }
        }
        return best;
    }

    /** A name opening a head line before its year or subject (寻甸回族彝族自治县文化和旅游局2022年度…). */
    private static final Pattern OPENING_NAME = Pattern.compile(
            "^(?<name>" + NAME_CHARS + "{3,40}?" + ORGANISATION + ")(?=\\s*(?:19|20)\\d{2}\\s*年|财政拨款|[“\"]?三公|部门|一般公共)");

    /**
     * The name as a head line opening with it writes it in full, when that differs from the department's only by
     * a place's full form (寻甸县文化和旅游局 → 寻甸回族彝族自治县文化和旅游局, 大英文学艺术界联合会 → 大英县文学艺术界联合会).
     */
    private static String inFull(SourceText source, String department) {
        int head = Math.min(source.size(), 40);
        for (int number = 1; number <= head; number++) {
            Matcher m = OPENING_NAME.matcher(SourceText.strip(source.line(number)));
            if (m.find() && placeInserted(department, m.group("name"))) {
                return m.group("name");
            }
        }
        return department;
    }

    /** True when {@code fuller} is {@code name} with one run of a place's words inserted after its first two characters or more. */
    private static boolean placeInserted(String name, String fuller) {
        if (fuller.length() <= name.length() || fuller.length() - name.length() > 8) {
            return false;
        }
        int a = 0;
        while (a < name.length() && name.charAt(a) == fuller.charAt(a)) {
            a++;
        }
        int b = 0;
        while (b < name.length() - a && name.charAt(name.length() - 1 - b) == fuller.charAt(fuller.length() - 1 - b)) {
            b++;
        }
        if (a < 2 || a + b != name.length() || b < 2) {
            return false;
        }
        String inserted = fuller.substring(a, fuller.length() - b);
        return inserted.matches(".*(?:县|区|市|州|旗|自治).*") && isName(fuller);
    }

    /** Opening brackets minus closing ones. */
    private static int balance(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            open += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
        }
        return open;
    }

    /** A place's name (岳阳县, 湛江市): before a title's year it names where the department is, not the department. */
    private static final Pattern PLACE = Pattern.compile("[\\u4e00-\\u9fa5]{1,10}(?:省|市|县|区|州|旗)");
    private static final Pattern ORGANISATION_NAME = Pattern.compile("[\\u4e00-\\u9fa5（）()]{1,30}?" + ORGANISATION);

    /**
     * The department of a title from the words before and after its year: 岳阳县2015年度移民局“三公”经费决算情况表 names
     * 岳阳县移民局 (a place before the year, an organisation after it); otherwise the words before, else after.
     */
    private static String titleName(String before, String after) {
        String place = name(before);
        String organisation = name(after);
        if (place != null && organisation != null && PLACE.matcher(place).matches()
                && ORGANISATION_NAME.matcher(organisation).matches() && !organisation.startsWith(place)) {
            return place + organisation;
        }
        return place != null ? place : organisation;
    }

    /** True when the words are a department's name as they stand (nothing to cut, nothing that is no name). */
    private static boolean isName(String text) {
        return text.equals(name(text));
    }

    /** A department name from the words around a title's year; null when they name none. */
    private static String name(String text) {
        String name = NUMBERED.matcher(SourceText.strip(text)).replaceFirst("").strip();
        name = UNIT_CODE.matcher(name).replaceFirst(""); // 360035柳州市马鞍山幼儿园: the unit's code before its name
        if (name.startsWith("关于") && name.length() > 4) {
            name = name.substring(2);
        }
        for (String suffix : new String[] {"部门", "单位", "本级"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        // 锡林郭勒盟文物保护管理站(包括锡盟博物馆)关于2015年…: what the name covers and the 关于 of the title are no name
        if (name.endsWith("关于") && name.length() > 4) {
            name = name.substring(0, name.length() - 2);
        }
        name = COVERS.matcher(SourceText.strip(name)).replaceFirst("");
        name = CONSOLIDATED.matcher(name).replaceFirst(""); // 平昌县岳家镇汇总, 深圳市福田区民政局(汇总): the tables' scope
        name = SourceText.strip(name);
        Matcher cut = NOT_NAME.matcher(name);
        if (cut.find()) {
            name = SourceText.strip(name.substring(0, cut.start()));
        }
        if (name.length() < 3 || name.length() > 40 || PAGE_WORDS.matcher(name).matches()
                || NO_WORDS.matcher(name).matches()) {
            return null;
        }
        return name;
    }

    /** 汇总 at a name's end: the tables sum the department and its units, no part of the name. */
    private static final Pattern CONSOLIDATED = Pattern.compile("[（(]?汇总[)）]?$");
    /** A bracket at a name's end saying what it covers: (包括锡盟博物馆), (含下属单位). */
    private static final Pattern COVERS = Pattern.compile("[（(](?:包括|含|包含)[^（）()]{1,20}[)）]$");
    /** 第二部分 …: a part's number before a title repeated as the part's heading. */
    private static final Pattern PART_NUMBER = Pattern.compile("^第[一二三四五六七八九十]{1,3}部分\\s*");

    /** The kind named by the first short lines (a title or heading naming only one of 预算 / 决算). */
    private static final Pattern FUND_BUDGET = Pattern.compile("一般公共预算|政府性基金预算|国有资本经营预算");

    private static DisclosureKind kindByHead(SourceText source) {
        int seen = 0;
        for (int number = 1; number <= source.size() && seen < 5; number++) {
            String line = SourceText.strip(source.line(number));
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.length() > 60) {
                continue;
            }
            String cell = CellLines.cell(line);
            if (cell != null && cell.length() <= 8 && CellLines.isTitle(cell)) {
                continue; // a table's column name (预算数 / 决算数) is no title
            }
            // 一般公共预算财政拨款开支的“三公”经费决算情况表: a fund's 预算 names no kind
            // 财政预决算 / “三公”经费预决算 (a site's menu naming both kinds) names neither
            String words = FUND_BUDGET.matcher(line).replaceAll("").replace("预决算", "");
            boolean budget = words.contains("预算");
            boolean fin = words.contains("决算");
            if (fin && !budget) {
                return DisclosureKind.FINAL_ACCOUNTS;
            }
            if (budget && !fin) {
                return DisclosureKind.BUDGET;
            }
        }
        return null;
    }

    private static final Pattern ANY_YEAR = Pattern.compile("(?<![比较与（(〔\\d]|[比较与]\\s)(?<year>(?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");

    /** The first year named in the first lines that is not a date and not one compared with. */
    private static Integer firstYear(SourceText source) {
        int head = Math.min(source.size(), 10);
        for (int number = 1; number <= head; number++) {
            Matcher m = ANY_YEAR.matcher(source.line(number));
            if (m.find()) {
                return Integer.valueOf(m.group("year"));
            }
        }
        return null;
    }

    /** {@code 2010年…决算数}, {@code 2022年中央决算报告}: a year whose 决算 the text states (not one compared with). */
    private static final Pattern FINAL_OF_YEAR = Pattern.compile(
            "(?<![比较与\\d]|[比较与]\\s)(?<year>(?:19|20)\\d{2})\\s*年(?:度)?[^，。；;:：,！？年]{0,60}?决算(?!数?\\s*[比较])");

    /**
     * The year whose 决算 the text states (the most stated one, the later on a tie); null when it states none.
     * A text saying which year's 决算 it gives is that year's final account, whatever other years it mentions
     * (a news item on the 2010 决算 that also gives the 2011 预算).
     */
    private static Integer statedFinalYear(SourceText source) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (int number = 1; number <= source.size(); number++) {
            String line = source.line(number);
            if (line.indexOf('决') < 0) {
                continue;
            }
            Matcher m = FINAL_OF_YEAR.matcher(line);
            while (m.find()) {
                int y = Integer.parseInt(m.group("year"));
                if (y >= 1990 && y <= 2100) {
                    votes.merge(y, 1, Integer::sum);
                }
            }
        }
        Integer best = null;
        for (Map.Entry<Integer, Integer> vote : votes.entrySet()) {
            if (best == null || vote.getValue() > votes.get(best)
                    || vote.getValue().equals(votes.get(best)) && vote.getKey() > best) {
                best = vote.getKey();
            }
        }
        return best;
    }

    private static Integer mostUsedYear(SourceText source) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (int number = 1; number <= source.size(); number++) {
            Matcher m = YEAR_USE.matcher(source.line(number));
            while (m.find()) {
                int y = Integer.parseInt(m.group("year"));
                if (y >= 1990 && y <= 2100) {
                    votes.merge(y, 1, Integer::sum);
                }
            }
        }
        Integer best = null;
        int most = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (Map.Entry<Integer, Integer> vote : votes.entrySet()) {
            boolean often = vote.getValue() * 3 >= most;
            if (often && (best == null || vote.getKey() > best)) {
                best = vote.getKey();
            }
        }
        return best;
    }

    private static DisclosureKind kindByWords(SourceText source) {
        int finals = 0;
        int budgets = 0;
        for (int number = 1; number <= source.size(); number++) {
            String line = source.line(number);
            Matcher f = FINAL_WORDS.matcher(line);
            while (f.find()) {
                finals++;
            }
            Matcher b = BUDGET_WORDS.matcher(line);
            while (b.find()) {
                budgets++;
            }
        }
        if (finals == 0 && budgets == 0) {
            return null;
        }
        return finals > 0 && finals * 2 >= budgets ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET;
    }
}
