package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.Evidence;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import cn.districtbudget.core.reading.Lexicon.Family;
import cn.districtbudget.core.reading.Lexicon.Role;
import cn.districtbudget.core.reading.Lexicon.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads figures by meaning, whatever the layout: each prose sentence is searched for the {@link Lexicon}'s terms
 * and for numbers with their unit; a number belongs to the nearest term before it in the sentence when the words
 * between are only neutral glue (为, 共计, 支出…) or a modifier that says which figure it is (预算数 / 决算数 /
 * 年初预算 / 完成…的 / 比上年增加…). Where a term names a concept only in some sections (收入总计 is not the
 * 财政拨款 one), the section heading and the earlier terms of the sentence decide; what stays unclear is reported
 * ({@code READ-FIGURE-AMBIGUOUS}) and not read. Figures stated twice with different values are reported and not read.
 */
final class ConceptReader {

    /** Where in the document a sentence is, from the last heading seen. */
    enum Area { NONE, DEPARTMENT, OVERALL, FISCAL, GPB, OTHER_FUND, THREE_PUBLIC, OPERATING, PROCUREMENT, ASSETS,
        PERFORMANCE, GLOSSARY, OTHER }

    static final int MAX_DIGITS = 20;
    private static final String NUMBER = "(?<![\\d.,，])(?<num>-?(?:\\d{1,3}(?:[,，]\\d{3})+|\\d{1,20})(?:\\.\\d{1,8})?)(?![\\d])";
    /** What {@link NumberScan#values} finds (the specification; {@code NumberScanTest} compares the two). */
    static final QuickFind VALUE = QuickFind.of(
            NUMBER + "\\s*(?<unit>亿元|万元|元|万(?![\\u4e00-\\u9fa5\\d])|%|个|人次|批次|辆|人|批|次)"
                    + "|(?<same>(?:与|较)(?:上年|上年度|\\d{4}\\s*年(?:度)?)(?:预算|决算)?(?:数)?(?:保持)?(?:持平|相同|一致|无增减|没有变化)|(?<![比较]\\s{0,2})上年持平|持平|较上年无增减|无变化|没有变化|未发生变化|无增减变化|无增减|没有(?=[，,；;。]|$))", "-" + QuickFind.DIGITS + "与上持较无没未");
    /** What {@link NumberScan#bareNumbers} finds (the specification). */
    static final QuickFind BARE_NUMBER = QuickFind.of(NUMBER
            + "(?![.,，]?\\d|\\s*(?:亿元|万元|元|%|个|人次|批次|辆|人|批|次|年|月|日|项|平方米|家|名|户|台|套|所|类|款|条|号|万|亿|千))", "-" + QuickFind.DIGITS);
    /** What {@link NumberScan#longNumber} finds (the specification). */
    static final QuickFind LONG_NUMBER = QuickFind.of("\\d{" + (MAX_DIGITS + 1) + ",}", QuickFind.DIGITS);
    private static final QuickFind COMPARE = QuickFind.of(
            "(?:比|较于?|与)\\s*(?:上年|上一年|去年|\\d{4}\\s*年)|与上年|同比|\\d{4}\\s*年(?:度)?\\s*相比", "比较与同" + QuickFind.DIGITS);
    private static final Pattern EXPLANATION = Pattern.compile(
            "^(?:[，,]\\s*(?:增长|下降|降低|减少|增加|上升)\\s*[\\d.]+\\s*%)?[，,]?\\s*(?<why>主要[^；;。\\n]*)");
    private static final QuickFind BOTH_TOTALS = QuickFind.of(
            "(?<fiscal>财政拨款(?:[（(]含[^（()）\\d]{1,16}[)）])?)?(?:收[、，,]?\\s*支|收入[、，,和与]?\\s*支出)(?:总计(?:数)?|(?<=收支)总预算|(?<=收支)预算总额|(?<=收支)预算(?=\\s*(?:为|是)?\\s*\\d))(?:[（(]含[^（()）\\d]{1,12}[)）])?(?<both>各|均|分别)?(?:(?<up>增加|增长)|(?<down>减少|下降))?(?:为|是)?\\s*"
                    + "(?<a>-?(?:\\d{1,3}(?:[,，]\\d{3})+|\\d{1,20})(?:\\.\\d{1,8})?)\\s*(?<ua>亿元|万元|元)?"
                    + "(?:\\s*[、，,和]\\s*(?<b>-?(?:\\d{1,3}(?:[,，]\\d{3})+|\\d{1,20})(?:\\.\\d{1,8})?)\\s*(?<ub>亿元|万元|元))?", "财收");
    private final ReadingContext context;
    private final DisclosureKind kind;
    private final String file;
    private final TableLines tables;
    private final CountReader counts;
    private final StatedZeros zeros;
    private final Glue.Grammar glues;
    private final FundParts fundParts;
    private final List<StatedFigure> candidates = new ArrayList<>();
    private final List<StatedFigure> headlines = new ArrayList<>();
    private Area area = Area.NONE;
    private Family startFamily = Family.NONE;
    /** In a final account, 1 once a figure of the sentence was a 预算数, 2 once one was a 决算数; later plain figures follow. */
    private int sentenceMode;
    /** The previous value of the sentence was stated against the budget (较预算数X万元): its 增加/减少 is not on the prior year. */
    private boolean versusBefore;
    private int currentLine;
    private boolean previousHadCompare;

    private final Integer year;
    private Integer headingYear;
    /** The “三公” item a heading wholly names ((一)因公出国(境)经费, 三、公务接待费): the subject of term-less sentences below it. */
    private Term headingSubject;
    private Family previousFamily = Family.NONE;
    /** The sentence with numbers before gave the parts of a functional class (教育支出X万元，其中：基本支出…). */
    private boolean previousCategoryParts;
    private boolean categoryParts;
    private static final QuickFind YEAR = QuickFind.of("(?<![\\d比较与])(?<y>(?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)", "12");
    private static final Pattern COMPARED_YEAR = Pattern.compile("(?:比|较|与|同比|上年|对比)\\s*$");

    /** 5,572万元: the text groups thousands with commas. */
    private static final Pattern THOUSANDS_GROUP = Pattern.compile("\\d,\\d{3}(?![\\d])");

    /** The text groups thousands with commas, so a point before three digits (4.647万元) may be a misprinted comma. */
    private boolean groupsThousands;

    private ConceptReader(ReadingContext context, DisclosureKind kind, Integer year, String file) {
        this.context = context;
        this.kind = kind;
        this.year = year;
        this.file = file;
        this.tables = new TableLines(context, kind, year, () -> area, this::add);
        this.counts = new CountReader(() -> area, this::add);
        this.zeros = new StatedZeros(kind, this::add);
        this.glues = new Glue.Grammar(year, kind == DisclosureKind.FINAL_ACCOUNTS);
        this.fundParts = new FundParts(this::add);
    }

    /** All figures the text states unambiguously, in text order; sentences about another year than {@code year} are skipped. */
    static List<StatedFigure> read(ReadingContext context, DisclosureKind kind, Integer year, String file) {
        ConceptReader reader = new ConceptReader(context, kind, year, file);
        reader.readAll();
        return new CandidateResolver(context, reader.candidates, reader.headlines).resolve();
    }

    /** 二、公务接待费 / （一）因公出国（境）经费: a heading naming a “三公” item is part of the “三公” section. */
    private static final Pattern THREE_PUBLIC_ITEM_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\\d{1,2}\\s*[、.．])\\s*(?<item>因公出国|公务接待|公务用车)");

    /** What may stand around a heading's one term: its numbering before, a colon or 情况 after. */
    private static final Pattern ITEM_HEADING_REST = Pattern.compile("^\\s*(?:支出)?(?:情况)?(?:说明)?\\s*[:：。]?\\s*$");

    /** The “三公” item term a numbered heading consists of ((一)因公出国(境)经费, 三、公务接待费); null otherwise. */
    static Term threePublicItemNamed(String heading) {
        Matcher numbering = THREE_PUBLIC_ITEM_HEADING.matcher(heading);
        if (!numbering.lookingAt()) {
            return null;
        }
        List<Lexicon.Found> found = Lexicon.find(heading);
        if (found.size() != 1) {
            return null;
        }
        Lexicon.Found term = found.get(0);
        Term t = term.term();
        boolean item = t.role() == Role.CONCEPT && t.family() == Family.THREE_PUBLIC && t.concept() != null
                && Lexicon.isThreePublicItem(t.concept()) && !t.generic();
        // the term right after the numbering (its item word is where the term starts)
        return item && term.start() == numbering.start("item")
                && ITEM_HEADING_REST.matcher(heading.substring(term.end())).matches() ? t : null;
    }

    /** 国务院办公厅公布部门预算 尚未列出三公支出: a news title saying the “三公” are not there. */
    private static final Pattern NO_THREE_PUBLIC_HEADING = Pattern.compile("(?:未|没有|无)(?:列出|公布|公开|列)?[“\"”]?三公");

    /** True when a line of the text is a heading whose words name a section (sets no figure). */
    static Area areaOf(String rawHeading) {
        String heading = Part.withoutTrailingGlossary(rawHeading);
        if (heading.contains("名词解释")) {
            return Area.GLOSSARY;
        }
        if (heading.contains("三公") && !NO_THREE_PUBLIC_HEADING.matcher(heading).find()) {
            return Area.THREE_PUBLIC;
        }
        if (THREE_PUBLIC_ITEM_HEADING.matcher(heading).lookingAt()) {
            return Area.THREE_PUBLIC;
        }
        if (heading.contains("机关运行")) {
            return Area.OPERATING;
        }
        if (heading.contains("政府采购")) {
            return Area.PROCUREMENT;
        }
        if (heading.contains("绩效")) {
            return Area.PERFORMANCE;
        }
        if (heading.contains("资产")) {
            return Area.ASSETS;
        }
        if (heading.contains("一般公共预算")) {
            return Area.GPB;
        }
        if (heading.contains("政府性基金") || heading.contains("国有资本经营")) {
            return Area.OTHER_FUND;
        }
        if (heading.contains("财政拨款")) {
            return Area.FISCAL;
        }
        if (heading.contains("收入") || heading.contains("支出") || heading.contains("收支") || heading.contains("总体")) {
            return Area.OVERALL;
        }
        if (heading.contains("职责") || heading.contains("机构") || heading.contains("概况") || heading.contains("人员")) {
            return Area.DEPARTMENT;
        }
        return null;
    }

    private void readAll() {
        SourceText source = context.source();
        for (int number = 1; number <= source.size() && !groupsThousands; number++) {
            groupsThousands = THOUSANDS_GROUP.matcher(source.line(number)).find();
        }
        int lastLine = lastWords(source);
        for (int number = 1; number <= source.size(); number++) {
            String raw = source.line(number);
            if (SourceText.isTableLine(raw)) {
                continue;
            }
            String line = SourceText.strip(raw);
            if (line.isEmpty()) {
                continue;
            }
            boolean digits = ProseLines.hasDigit(line);
            int tooLong = digits ? NumberScan.longNumber(line, MAX_DIGITS) : 0;
            if (tooLong > 0) {
                context.report(ReadingRule.FIGURE_AMBIGUOUS, Section.DOCUMENT, "第" + number + "行有一个" + tooLong
                        + "位的数字，超过" + MAX_DIGITS + "位，不是金额，未读取", number);
            }
            tables.noteUnitAndThreePublic(line, number);
            if (tables.cellTableLine(line, number)) {
                continue;
            }
            if (PipeTable.isRow(line)) {
                tables.pipeRow(line, number);
            } else {
                tables.notPipeRow();
                if (tables.spacedTableLine(line, number)) {
                    continue;
                }
                tables.inlineSummaryTable(line, number);
            }
            if (ProseLines.isHeading(line, digits)) {
                Area named = areaOf(line);
                headingSubject = threePublicItemNamed(line);
                boolean numbered = ProseLines.NUMBERED_HEADING.matcher(line).lookingAt();
                boolean arabic = numbered && Character.isDigit(line.charAt(0));
                if (named != null) {
                    area = named;
                } else if (numbered && !arabic) {
                    area = Area.OTHER;
                }
                if (named != null || numbered && !arabic) {
                    headingRevenue = namesRevenueOnly(line);
                }
                if (named != null || numbered && !arabic) {
                    headingYear = statedYear(line);
                }
                previousHadCompare = false;
                previousBudgetQualified = false;
                previousFamily = Family.NONE;
                previousCategoryParts = false;
                previousSingle = null;
                previousPair = null;
                previousFigures = List.of();
                listCarriesCompare = false;
                continue;
            }
            Matcher inline = INLINE_HEADING.matcher(line);
            if (inline.lookingAt()) {
                String heading = inline.group("h");
                Area named = areaOf(heading);
                Term item = threePublicItemNamed(heading);
                if (item != null) {
                    headingSubject = item; // (一)因公出国(境)费。支出预算0万元，与2021年相比持平: the heading opens its line
                }
                // （三）国有资产占用情况。… names a section; (一)基本支出。… under 一般公共预算支出 is a part of it, not
                // the department's whole expenditure: a heading closed by 。 switches only to a specific section
                boolean closedBySentenceEnd = line.charAt(inline.end() - 1) == '。';
                // 3、关于国有资产占用情况。… : an arabic-numbered one names only a section of its own kind, never a part of one
                boolean arabic = inline.group("arabic") != null;
                boolean ownSection = named == Area.ASSETS || named == Area.PROCUREMENT || named == Area.OPERATING;
                if (named != null && !(closedBySentenceEnd && (named == Area.OVERALL || named == Area.OTHER))
                        && (!arabic || closedBySentenceEnd && ownSection)) {
                    area = named;
                    headingYear = statedYear(heading);
                    headingRevenue = namesRevenueOnly(heading);
                    previousHadCompare = false;
                    previousBudgetQualified = false;
                    previousFamily = Family.NONE;
                }
            }
            if (area == Area.PERFORMANCE || area == Area.GLOSSARY) {
                continue;
            }
            int first = number;
            StringBuilder paragraph = new StringBuilder(ProseLines.closeSpaces(line));
            List<Integer> starts = new ArrayList<>(List.of(0));
            String last = paragraph.toString();
            while (!PipeTable.isRow(line) && ProseLines.wrapped(last) && number < source.size()) {
                String next = ProseLines.nextWrappedLine(source.line(number + 1), last);
                if (next == null) {
                    break;
                }
                number++;
                tables.inlineSummaryTable(SourceText.strip(source.line(number)), number); // a page copied as one line
                starts.add(paragraph.length());
                last = ProseLines.closeSpaces(next);
                paragraph.append(last);
            }
            String text = paragraph.toString();
            if (!ProseLines.hasDigit(text) && !SAME_WORDS.foundIn(text)) {
                continue;
            }
            paragraphFirstLine = first;
            paragraphStarts = starts;
            paragraphText = text;
            int start = 0;
            boolean lastParagraph = lastLine <= number;
            while (start < text.length()) {
                int stop = ProseLines.sentenceEnd(text, start);
                sentenceOffset = start;
                String sentence = text.substring(start, stop);
                cutByTheEnd = lastParagraph && stop >= text.length() && !SENTENCE_CLOSED.matcher(sentence).find();
                readSentence(sentence, lineAt(start));
                start = stop;
            }
            cutByTheEnd = false;
            paragraphStarts = null;
        }
        tables.end();
    }

    /** 二、收入决算情况说明：2018年… — a numbered heading and its text on one line. */
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "^(?<h>(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|(?<arabic>\\d{1,2}\\s*[、．]))[^\\d:：。，,；;]{2,30})[:：。]");

    private static boolean namesRevenueOnly(String heading) {
        return heading.contains("收入") && !heading.contains("支出") && !heading.contains("收支");
    }


    /** The sentence being read is the text's last and ends with no stop: an excerpt cut inside it. */
    private boolean cutByTheEnd;
    private static final Pattern SENTENCE_CLOSED = Pattern.compile("[。；;！!？?]\\s*$");

    /** The number of the source's last line with words on it. */
    private static int lastWords(SourceText source) {
        for (int number = source.size(); number >= 1; number--) {
            if (!SourceText.strip(source.line(number)).isEmpty()) {
                return number;
            }
        }
        return 0;
    }

    private int paragraphFirstLine;
    private List<Integer> paragraphStarts;
    private String paragraphText = "";
    private int sentenceOffset;

    /** The 1-based line of an offset of the paragraph being read. */
    private int lineAt(int offset) {
        int line = paragraphFirstLine;
        for (int i = 1; i < paragraphStarts.size() && paragraphStarts.get(i) <= offset; i++) {
            line = paragraphFirstLine + i;
        }
        return line;
    }

    /** 财政拨款预算中, 预算安排情况, 预算数为： — a clause naming the 预算 its figures are, before any figure. */
    private static final QuickFind BUDGET_QUALIFIED = QuickFind.of(
            "(?<![比较与对占调整年初全])预算(?:数|安排)?(?:中|情况|如下)|(?<![比较与对占调整年初全])预算(?:数|安排)(?:为|是)?\\s*[，,:：]", "预");

    /** In a final account, a sentence qualified as 预算 before its first figure (and naming no 决算) states 预算数. */
    private boolean budgetQualified(String sentence, List<Value> values) {
        if (kind != DisclosureKind.FINAL_ACCOUNTS || sentence.contains("决算")) {
            return false;
        }
        QuickFind.Finder m = BUDGET_QUALIFIED.in(sentence);
        if (!m.find()) {
            return false;
        }
        return values.isEmpty() || values.get(0).start() > m.start();
    }


    private static final QuickFind SAME_WORDS = QuickFind.of("持平|变化|一致|相同|无增减|没有", "持变一相无没");

    /** A term found in a sentence; {@code shareOf}: after 占 (占一般公共预算支出的…), it names no figure of its own. */
    record Hit(int start, int end, Term term, boolean shareOf) {
    }

    private record Value(int start, int end, BigDecimal number, String unit, boolean same) {
    }

    /** The first year a sentence is about (not one it is compared with); null when it names none. */
    private static Integer statedYear(String sentence) {
        QuickFind.Finder m = YEAR.in(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - 3), m.start());
            if (!COMPARED_YEAR.matcher(before).find() && !insideBrackets(sentence, m.start())) {
                return Integer.valueOf(m.group("y"));
            }
        }
        return null;
    }

    /** 截至2022年底 / 截止2022年12月31日: the holdings at the end of a year, at the start of the sentence. */
    private static final Pattern STOCK_AT_YEAR_END = Pattern.compile(
            "^\\s*(?:[（(]?[一二三四五六七八九十\\d]{1,2}[)）、.．])?\\s*(?:截至|截止|至)(?:到)?\\s*(?:19|20)\\d{2}\\s*年\\s*(?:底|末|年底|年末|12\\s*月\\s*31\\s*日|12\\s*月\\s*末|12\\s*月\\s*底)");

    /**
     * What 上年 / 上年度 is followed by when it is the year of a figure: its money (预算, 决算, 收入, 支出, “三公”…), not a
     * carry-over from it (上年预算结转, 上年财政拨款结余) nor words about it (上年未完项目, 上年基础上).
     */
    /** 上年 / 上年度 / 上一年(度), possessive so that 上年度 is never read as 上年 followed by 度. */
    private static final String PRIOR_YEAR = "上年度?+|上一年度?+";
    private static final String PRIOR_FOLLOWS = "(?:的)?(?=[“\"]?三公|预算|决算|收入|支出|一般公共|财政拨款|政府性基金|国有资本|基本支出"
            + "|项目支出|机关运行|政府采购|实际|执行|因公|公务)(?![^，,。；;]{0,8}(?:结转|结余))";

    /** 今年 / 去年 naming the year of a sentence (not after 比 / 较 / 与, not in brackets). */
    private static final QuickFind RELATIVE_YEAR = QuickFind.of(
            "(?<![比较与同于])(?:(?<y>今年|去年)(?!以来)|(?<![和在含])(?<prior>" + PRIOR_YEAR + ")" + PRIOR_FOLLOWS + ")", "今去上");

    /**
     * The year a sentence names as 今年 or 去年, when it names no year in digits: a budget is written in its own year
     * (今年 is the year, 去年 the one before), final accounts in the year after (去年 is the year, 今年 the next); 上年 /
     * 上年度 is the year before the document's (not 上年结转, 上年末, 比上年…).
     */
    private Integer relativeYear(String lead) {
        if (year == null) {
            return null;
        }
        QuickFind.Finder m = RELATIVE_YEAR.in(lead);
        while (m.find()) {
            if (!insideBrackets(lead, m.start())) {
                if (m.group("prior") != null) {
                    // 上年“三公”经费预算15万元 / 上年度支出总计300万元: the year before the document's, whatever its kind
                    return year - 1;
                }
                int written = kind == DisclosureKind.FINAL_ACCOUNTS ? year + 1 : year;
                return m.group("y").equals("今年") ? written : written - 1;
            }
        }
        return null;
    }

    /** True when the offset lies inside brackets or a cited title (（2022年修订）, 《…2021年…》, 〔2022〕). */
    private static boolean insideBrackets(String sentence, int offset) {
        int depth = 0;
        for (int i = 0; i < offset; i++) {
            switch (sentence.charAt(i)) {
                case '(', '（', '《', '〔', '[', '【' -> depth++;
                case ')', '）', '》', '〕', ']', '】' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return depth > 0;
    }

    private String currentSentence = "";

    /** The sentence before was only a numbered “三公” item's name (2.公务接待费。): its term; null otherwise. */
    private Term itemSentence;

    /** The one figure the last sentence with numbers read (not a change), for a next sentence 较上年减少X万元. */
    private StatedFigure previousSingle;
    /** The sentence being read had a number with a unit or a stated zero (set by {@link #readSentenceFigures}). */
    private boolean sentenceHadValues;
    /** The last sentence with numbers was qualified as 预算 in a final account (a next 其中 sentence is too). */
    private boolean previousBudgetQualified;

    /** A list item's numbering: 1、 (1) ① and the like. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:\\d{1,2}\\s*[、.．](?!\\d)|[（(]\\d{1,2}[)）]|[①-⑩])");
    /** A sentence that opens a list: it ends with ： (主要原因是：, 具体情况如下：). */
    private static final Pattern OPENS_LIST = Pattern.compile("[:：]\\s*$");
    /** The sentences before were a change that opens a list and its items: the next item carries the comparison. */
    private boolean listCarriesCompare;

    /**
     * The sentence before ended in the reason of a change listing its parts' changes (…，主要原因是：…收入增加235.35万元、
     * 其他收入减少137.9万元。): a next sentence with changes and no comparison of its own goes on with that list.
     */
    private boolean reasonListGoesOn;
    /** An amount of money right after a direction word (减少14.55万元): a change. */
    private static final String DIRECTED_MONEY = "(?:增加|减少|增长|下降)了?\\s*[\\d.,，]+\\s*(?:万元|亿元|元)";
    /** A reason clause running to the end of its sentence and listing a change of an amount. */
    private static final Pattern REASON_TO_END = Pattern.compile(
            "主要(?:原因)?(?:是|为|系|由于|包括)[^；;。]*?" + DIRECTED_MONEY + "[^；;。]*[。；;]?\\s*$");
    private static final Pattern DIRECTED_AMOUNT = Pattern.compile(DIRECTED_MONEY);
    /** A direction word or a comparison between two amounts of a reasons list's sentence. */
    private static final Pattern DIRECTION_OR_COMPARE = Pattern.compile("增|减|下降|上升|比|较|与|同比|持平");

    /** A sentence that is only 其中： opening a numbered list of parts. */
    private static final Pattern ONLY_WHEREOF = Pattern.compile("^其中\\s*[:：]?$");
    /** The first candidate of a revenue total whose numbered parts follow a bare 其中： (-1: none). */
    private int revenueListStart = -1;

    /** The candidates and headlines read before the sentence being read. */
    private int sentenceCandidates;
    private int sentenceHeadlines;

    private void readSentence(String sentence, int line) {
        if (sentenceOffset == 0) {
            reasonListGoesOn = false; // a reasons list goes on only within its paragraph (a heading ends one too)
        }
        int before = candidates.size();
        sentenceCandidates = candidates.size();
        sentenceHeadlines = headlines.size();
        sentenceHadValues = false;
        sentenceMode = 0;
        categoryParts = false;
        readSentenceFigures(sentence, line);
        if (sentenceHadValues) {
            previousBudgetQualified = sentenceMode == 1;
            previousCategoryParts = categoryParts;
        }
        // 单位预算收入5212.91万元。其中：…上年结余结(转)150万元: the parts in the 其中 sentence after the revenue total count too
        boolean partsOfRevenue = previousRevenue && givesParts(sentence);
        boolean listItem = LIST_ITEM.matcher(sentence).lookingAt();
        if (revenueListStart >= 0 && listItem) {
            // 预算收入共计24505.44万元。其中: / 1.上年结转1283.35万元…: the numbered parts under a bare 其中: count too
            carryOverInside(sentence, revenueListStart);
        } else {
            carryOverInside(sentence, partsOfRevenue ? previousSentenceStart : before);
        }
        if (cutByTheEnd) {
            revenueCutInItsParts(sentence, line, before);
        }
        if (previousRevenue && ONLY_WHEREOF.matcher(SourceText.strip(sentence)).matches()) {
            revenueListStart = previousSentenceStart;
        } else if (!listItem && sentenceHadValues) {
            revenueListStart = -1;
        }
        previousSentenceStart = before;
        boolean changeRead = false;
        boolean revenue = false;
        for (int i = before; i < candidates.size(); i++) {
            Concept c = candidates.get(i).concept();
            changeRead |= candidates.get(i).change();
            revenue |= c == Concept.REVENUE_TOTAL || c == Concept.REVENUE_GRAND_TOTAL;
        }
        previousRevenue = revenue;
        boolean item = LIST_ITEM.matcher(sentence).lookingAt();
        // …相较于上年增加275.76万元，主要原因是： / 1、公务接待费增加4.34万元，… — the list under a change carries its comparison
        // the list goes on over its items' further sentences (1、…增加X，原因是…。机关事务中心购置5台车；…) to a paragraph not an item
        listCarriesCompare = changeRead && OPENS_LIST.matcher(sentence).find()
                || (item || sentenceOffset > 0) && listCarriesCompare;
        if (sentenceHadValues) {
            reasonListGoesOn = changeRead && REASON_TO_END.matcher(sentence).find();
            boolean single = candidates.size() == before + 1 && !candidates.get(before).change()
                    && candidates.get(before).concept().measure() == Concept.Measure.MONEY;
            previousSingle = single ? candidates.get(before) : null;
            previousFigures = new ArrayList<>();
            for (int i = before; i < candidates.size(); i++) {
                StatedFigure f = candidates.get(i);
                if (!f.change() && f.concept().measure() == Concept.Measure.MONEY && sentence.contains(f.evidence().words())) {
                    previousFigures.add(f);
                }
            }
            previousFigures.sort(java.util.Comparator.comparingInt(f -> sentence.indexOf(f.evidence().words())));
            previousPair = candidates.size() == before + 2 && isBothTotals(candidates.get(before), candidates.get(before + 1))
                    ? candidates.get(before + 1) : null;
        }
    }

    /**
     * 收入预算59757.23万元，其中：上年结转7817.12万元…: a budget's 收入预算 whose parts, in the same sentence, include a
     * carry-over is the revenue with the carry-over (收入总计), not the year's own revenue.
     */
    private static final Pattern CARRY_OVER_STATED = Pattern.compile(
            "上年结转(?:和结余|结余)?(?:资金)?(?:收入)?[^，,；;。\\d]{0,4}(?:[1-9]|0\\.\\d*[1-9])");

    /** 含上年结转 / 含结转结余: a figure with the carry-over inside it. */
    private static final Pattern CARRY_OVER_INCLUDED = Pattern.compile("含(?:上年|以前年度)?(?:结转|结余)");

    private void carryOverInside(String sentence, int from) {
        boolean carried = sentence.contains("上年结转") && CARRY_OVER_STATED.matcher(sentence).find();
        for (int i = from; i < candidates.size(); i++) {
            StatedFigure f = candidates.get(i);
            carried |= f.concept() == Concept.REVENUE_CARRIED_FORWARD && !f.change() && f.value().signum() != 0;
        }
        if (!carried) {
            return;
        }
        boolean relabeled = false;
        for (int i = from; i < candidates.size(); i++) {
            StatedFigure f = candidates.get(i);
            String words = f.evidence().words();
            if (f.concept() == Concept.REVENUE_TOTAL && !f.change() && namesBudgetRevenue(words)
                    && !CARRY_OVER_INCLUDED.matcher(sentence).find()
                    && CandidateResolver.sourcesMake(candidates.subList(from, candidates.size()), f.value())) {
                // 收入预算504.51万元，其中：一般公共预算拨款204.51万元…事业收入300万元；上年结转结余资金29.81万元: made by its
                // sources, the carry-over besides (not 一般公共预算拨款761.21万元(含上年结转5.01万元): a source with it inside)
                continue;
            }
            if (f.concept() == Concept.REVENUE_TOTAL && namesBudgetRevenue(words)) {
                candidates.set(i, new StatedFigure(Concept.REVENUE_GRAND_TOTAL, f.change(), f.value(), f.unit(),
                        f.explanation(), f.evidence()));
                relabeled |= !f.change();
            }
        }
        for (int i = from; relabeled && i < candidates.size(); i++) {
            StatedFigure f = candidates.get(i);
            if (f.concept() == Concept.REVENUE_TOTAL && f.change() && SUBJECTLESS.matcher(f.evidence().words()).lookingAt()) {
                // 收入预算3,009.40万元，其中：…上年结转结余资金7.23万元；收入较去年增加126.92万元: the bare 收入's change is
                // the change of the total this sentence placed with its carry-over
                candidates.set(i, new StatedFigure(Concept.REVENUE_GRAND_TOTAL, true, f.value(), f.unit(),
                        f.explanation(), f.evidence()));
            }
        }
    }

    /**
     * 收入预算:2024年年初预算数2737.12万元,其中:一般公共预算拨款580.78万元,…附属 — the text ends inside the list of the
     * budget revenue's parts: whether a carry-over is inside the total is not known (unless the sources read make it, or a
     * larger grand total was stated), so the total is reported, not read.
     */
    private void revenueCutInItsParts(String sentence, int line, int from) {
        if (!sentence.contains("其中")) {
            return;
        }
        for (int i = candidates.size() - 1; i >= from; i--) {
            StatedFigure f = candidates.get(i);
            String words = f.evidence().words();
            if (f.concept() == Concept.REVENUE_TOTAL && !f.change() && namesBudgetRevenue(words)
                    && !CandidateResolver.sourcesMake(candidates, f.value()) && !largerGrandTotal(f.value())) {
                candidates.remove(i);
                context.reportUnplaced(ReadingRule.FIGURE_AMBIGUOUS, Section.REVENUE, "“" + words
                        + "”：文本在其构成中截断，不能确定是否含上年结转，未读取", line);
            }
        }
    }

    /** Words read as a budget's 收入预算 / 预算收入 (whether a carry-over is inside it depends on its parts). */
    private static boolean namesBudgetRevenue(String words) {
        return words.startsWith("收入预算") || words.startsWith("预算收入");
    }

    /** A grand total of revenue read before, larger than {@code value} (收支总预算46621.39万元 over 收入预算45621.38万元). */
    private boolean largerGrandTotal(BigDecimal value) {
        return candidates.stream().anyMatch(f -> f.concept() == Concept.REVENUE_GRAND_TOTAL && !f.change()
                && f.value().compareTo(value) > 0);
    }

    /** 较2020年度决算数减少157.86万元 — a sentence of a change only, after a sentence that stated one figure. */
    private static final Pattern LEADING_COMPARE = Pattern.compile("^\\s*(?:比|较|与|同比)");

    /**
     * The sentence before stated one figure for both totals (收、支总计3903.88万元): its expenditure figure (the revenue one
     * right before it in the candidates); null otherwise.
     */
    private StatedFigure previousPair;

    /** Two figures read from the same words for both sides' grand totals (收、支总计各为X). */
    private static boolean isBothTotals(StatedFigure revenue, StatedFigure expenditure) {
        boolean department = revenue.concept() == Concept.REVENUE_GRAND_TOTAL
                && expenditure.concept() == Concept.EXPENDITURE_GRAND_TOTAL;
        boolean fiscal = revenue.concept() == Concept.FISCAL_REVENUE_TOTAL
                && expenditure.concept() == Concept.FISCAL_EXPENDITURE_TOTAL;
        return (department || fiscal) && !revenue.change() && !expenditure.change()
                && revenue.evidence().words().equals(expenditure.evidence().words())
                && revenue.value().compareTo(expenditure.value()) == 0;
    }

    /** The amounts the last sentence with numbers read (not changes), in the order the sentence states them. */
    private List<StatedFigure> previousFigures = List.of();

    /**
     * 支出预算7011.77万元，其中…。比2020年预算6725.00万元增加286.77万元: a sentence of a prior amount and a change only — the
     * change of the first figure of the sentence before that the two make exactly.
     */
    private boolean priorThenChange(String sentence, int line, List<Value> values) {
        Value prior = values.get(0);
        Value change = values.get(1);
        MoneyUnit priorUnit = prior.same() ? null : MoneyUnit.fromLabel(prior.unit());
        MoneyUnit unit = change.same() ? null : MoneyUnit.fromLabel(change.unit());
        if (priorUnit == null || unit == null) {
            return false;
        }
        Glue compare = glues.of(sentence.substring(0, prior.start()));
        Glue direction = glues.of(sentence.substring(prior.end(), change.start()));
        if (!compare.ok() || !compare.compare() || compare.direction() != 0 || compare.rate() || compare.versus()
                || !direction.ok() || direction.direction() == 0 || direction.compare() || direction.rate()
                || !hits(sentence.substring(0, change.end())).isEmpty()) {
            return false;
        }
        try {
            BigDecimal yuan = Money.of(change.number(), unit).yuan();
            BigDecimal signed = direction.direction() < 0 ? yuan.negate() : yuan;
            BigDecimal priorYuan = Money.of(prior.number(), priorUnit).yuan();
            for (StatedFigure f : previousFigures) {
                if (f.value().subtract(priorYuan).compareTo(signed) == 0) {
                    Matcher why = EXPLANATION.matcher(sentence.substring(change.end()));
                    context.sawUnit(unit);
                    add(f.concept(), true, signed, change.unit(), why.lookingAt() ? SourceText.strip(why.group("why")) : null,
                            line, sentence.substring(0, change.end()), Role.CONCEPT);
                    return true;
                }
            }
        } catch (ArithmeticException e) {
            // finer than a fen: not a figure
        }
        return true; // a prior amount and a change that make no figure before: whose they are is not said
    }

    private void previousSubjectChange(String sentence, int line, List<Value> values) {
        if (!previousFigures.isEmpty() && values.size() >= 2 && LEADING_COMPARE.matcher(sentence).lookingAt()
                && priorThenChange(sentence, line, values)) {
            return;
        }
        if (previousSingle == null && previousPair != null && LEADING_COMPARE.matcher(sentence).lookingAt()) {
            // 收、支总计3903.88万元。与上年相比，增加30.66万元: the change of both totals
            StatedFigure expenditure = previousPair;
            Concept revenue = expenditure.concept() == Concept.EXPENDITURE_GRAND_TOTAL ? Concept.REVENUE_GRAND_TOTAL
                    : Concept.FISCAL_REVENUE_TOTAL;
            previousSingle = new StatedFigure(revenue, false, expenditure.value(), expenditure.unit(), null,
                    expenditure.evidence());
            previousSubjectChange(sentence, line, values);
            previousSingle = expenditure;
            previousSubjectChange(sentence, line, values);
            previousSingle = null;
            return;
        }
        if (previousSingle == null || !LEADING_COMPARE.matcher(sentence).lookingAt()) {
            return;
        }
        Value value = values.get(0);
        // terms in the reason that follows (主要原因是…项目支出…) do not make the change theirs
        Matcher reason = EXPLANATION.matcher(sentence.substring(value.end()));
        int cut = reason.lookingAt() ? value.end() + reason.start("why") : sentence.length();
        if (!hits(sentence.substring(0, cut)).isEmpty()) {
            return;
        }
        StatedFigure subject = previousSingle;
        Glue glue = glues.of(sentence.substring(0, value.start()));
        if (!glue.ok() || !glue.compare() || glue.budget() || glue.rate() || glue.versus()
                || BOTH_DIRECTIONS.foundIn(sentence.substring(0, value.start()))) {
            return;
        }
        String words = sentence.substring(0, value.end());
        if (value.same()) {
            add(subject.concept(), true, BigDecimal.ZERO, null, null, line, words, Role.CONCEPT);
            return;
        }
        MoneyUnit unit = MoneyUnit.fromLabel(value.unit());
        if (unit == null || glue.direction() == 0) {
            return;
        }
        try {
            BigDecimal yuan = Money.of(value.number(), unit).yuan();
            context.sawUnit(unit);
            Matcher why = EXPLANATION.matcher(sentence.substring(value.end()));
            add(subject.concept(), true, glue.direction() < 0 ? yuan.negate() : yuan, value.unit(),
                    why.lookingAt() ? SourceText.strip(why.group("why")) : null, line, words, Role.CONCEPT);
        } catch (ArithmeticException e) {
            // finer than a fen: not a figure
        }
    }

    /**
     * The sentence compares with a year before the document's: a comparison with its own year or a later one (中国科学院
     * 2014年决算…较2014年预算减少5818.9万元，主要是因公出国(境)费减少1485.38万元) is against its budget, and the changes
     * stated without a comparison of their own follow it.
     */
    private boolean comparesWithPriorYear(String sentence) {
        QuickFind.Finder m = COMPARE.in(sentence);
        while (m.find()) {
            if (!glues.ownYearOrLater(m.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a sentence going on with a reasons list of changes, an amount with no direction word before it since the amount
     * before (使用非财政拨款结余60.86万元，年初结转和结余减少14.55万元) may be a change written without 增加 or a level:
     * not read, and said so.
     */
    private void undirectedInReasons(String sentence, int line, List<Value> values, boolean[] consumed) {
        int from = 0;
        for (int v = 0; v < values.size(); v++) {
            Value value = values.get(v);
            if (!consumed[v] && !value.same() && !DIRECTION_OR_COMPARE.matcher(sentence.substring(from, value.start())).find()) {
                consumed[v] = true;
                context.reportUnplaced(ReadingRule.FIGURE_AMBIGUOUS, Section.DOCUMENT, "“"
                        + SourceText.strip(sentence.substring(from, value.end()))
                        + "”在增减原因的列举中，未写明是增减额还是金额，未读取", line);
            }
            from = value.end();
        }
    }

    /** 其中：… / 分项为：… — a sentence giving the parts of the sentence before. */
    private static boolean givesParts(String sentence) {
        String opening = SourceText.strip(sentence);
        return opening.startsWith("其中") || opening.startsWith("分项");
    }

    private void readSentenceFigures(String sentence, int line) {
        currentLine = line;
        currentSentence = sentence;
        // 其中：… / 分项为：… — the parts of the sentence before
        boolean continues = givesParts(sentence);
        boolean ownCompare = comparesWithPriorYear(sentence);
        // …主要原因是：…其他收入减少137.9万元。使用非财政拨款结余60.86万元，年初结转和结余减少14.55万元: the reasons go on
        boolean reasonsGoOn = reasonListGoesOn && !ownCompare && statedYear(sentence) == null
                && DIRECTED_AMOUNT.matcher(sentence).find();
        boolean compare = ownCompare || (previousHadCompare && continues)
                || listCarriesCompare && LIST_ITEM.matcher(sentence).lookingAt() || reasonsGoOn;
        previousHadCompare = compare;
        Family inherited = continues ? previousFamily : Family.NONE;
        previousFamily = Family.NONE;
        continuesRevenue = continues && previousRevenue;
        List<Value> values = values(sentence);
        sentenceHadValues = !values.isEmpty();
        String lead = sentenceHadValues ? sentence.substring(0, values.get(0).start()) : sentence;
        Integer about = statedYear(lead);
        if (about != null && year != null && kind == DisclosureKind.BUDGET && about == year - 1
                && STOCK_AT_YEAR_END.matcher(lead).find()) {
            about = year; // 截至2022年底，共有车辆1辆 in a 2023 budget: the holdings the budget year starts with
        }
        if (about == null) {
            Integer relative = relativeYear(lead);
            about = relative != null ? relative : headingYear;
        } else {
            headingYear = about;
        }
        if (year != null && about != null && !about.equals(year)) {
            return;
        }
        startFamily = inherited;
        // …预算安排情况:…支出总额为1841.3万元。其中:因公出国(境)费用0万元…: the parts are the same 预算's
        sentenceMode = budgetQualified(sentence, values) || continues && previousBudgetQualified ? 1 : 0;
        zeros.read(sentence, line);
        Term item = itemSentence;
        itemSentence = null;
        if (values.isEmpty()) {
            // 2.公务接待费。2026年预算数0.50万元: a sentence that is only a numbered item's name gives the next its subject
            itemSentence = threePublicItemNamed(SourceText.strip(sentence));
            counts.counts(sentence, line); // 无因公出国人员: a stated zero count needs no number
            // 收、支总计各是4125.49,4143.91万元: the first number has no unit of its own, the second follows a comma
            bothTotals(sentence, line, values, new boolean[0]);
            if (NumberScan.hasBareNumber(sentence)) {
                unitUnknown(sentence, line, values);
            }
            return;
        }
        boolean[] consumed = new boolean[values.size()];
        for (int v = 0; v < values.size(); v++) {
            Value value = values.get(v);
            // “三公”经费较去年约减60万 / 近60万元: an approximate number is no figure
            consumed[v] = !value.same() && NumberScan.approximate(sentence, value.start(), value.end());
        }
        if (reasonsGoOn) {
            undirectedInReasons(sentence, line, values, consumed);
        }
        bothTotals(sentence, line, values, consumed);
        subjectlessChange(sentence, line, values, consumed, compare);
        counts.counts(sentence, line);
        if (sentenceMode == 0) {
            fundParts.read(sentence, line);
        }
        previousSubjectChange(sentence, line, values);
        List<Hit> hits = hits(sentence);
        if (hits.isEmpty() && item != null) {
            hits = List.of(new Hit(0, 0, item, false));
        }
        if (headingSubject != null && opensWithBareSpending(sentence, hits, values)) {
            // (一)因公出国(境)费 / 支出预算0万元，与2021年相比持平: the sentence's spending is the heading's item
            List<Hit> subjectFirst = new ArrayList<>(hits);
            subjectFirst.set(0, new Hit(hits.get(0).start(), hits.get(0).end(), headingSubject, false));
            hits = subjectFirst;
        }
        if (hits.isEmpty() && headingSubject != null) {
            // (一)因公出国(境)经费 / 2022年预算安排0万元，与2021年预算持平: the heading names the figures' subject
            hits = List.of(new Hit(0, 0, headingSubject, false));
        }
        if (hits.isEmpty()) {
            return;
        }
        unitUnknown(sentence, line, values, hits);
        respectively(sentence, line, hits, values, consumed);
        eachTheSame(sentence, line, hits, values, consumed);
        Family[] families = new Family[hits.size()];
        versusBefore = false;
        Value prior = null;
        int before = candidates.size();
        // the hit whose figure each value became (-1: none): a value goes on from the one before only under its hit
        int[] placedBy = new int[values.size()];
        // the value was stated as a 预算 figure (…部门预算287.17万元): a change right after it is that budget's
        boolean[] budgetValue = new boolean[values.size()];
        java.util.Arrays.fill(placedBy, -1);
        for (int v = 0; v < values.size(); v++) {
            Value value = values.get(v);
            if (consumed[v]) {
                continue;
            }
            int h = lastHitBefore(hits, value.start());
            if (h < 0) {
                continue;
            }
            Hit hit = hits.get(h);
            if (anotherYearsTerm(sentence, hit)) {
                continue; // 2017年度基本支出279万元,2016年度基本支出230万元: the 230 and what follows it are 2016's
            }
            int glueStart = hit.end();
            boolean continuation = false;
            if (v > 0 && values.get(v - 1).end() > hit.start()) {
                glueStart = values.get(v - 1).end();
                continuation = true;
            }
            String between = sentence.substring(glueStart, value.start());
            int subject = v > 0 ? subjectBeforeBracket(sentence, hits, values, placedBy, v) : -1;
            if (subject >= 0) {
                // 公务用车购置及运行费28万元(公务用车购置费0万元,公务用车运行维护费28万元),较上年无增减: the change after a
                // bracket of parts is the figure's before the bracket
                h = subject;
                hit = hits.get(h);
                glueStart = bracketClose(sentence, values.get(v - 1).end()) + 1;
                continuation = true;
                between = sentence.substring(glueStart, value.start());
            }
            if (continuation && placedBefore(values, placedBy, v) == h && (CLAUSE_THEN_COMPARE.matcher(between).lookingAt()
                    || value.same() && CLAUSE_BREAK_ONLY.matcher(between).matches()
                    && "与比较".indexOf(sentence.charAt(value.start())) >= 0)) {
                // 公务用车运行维护费支出预算8.2万元；与上年预算数持平: a clause that is only the change of the figure before
                int semicolon = between.indexOf('；') >= 0 ? between.indexOf('；') : between.indexOf(';');
                between = between.substring(semicolon + 1);
            }
            if (!continuation && (between.contains("总计") || between.contains("总预算")) && isYearsRevenue(hit.term().concept())) {
                continue; // 一般公共预算收入总计: with the carry-overs, not the year's revenue the term names
            }
            if (!continuation && PER_HEAD_BEFORE.matcher(before(sentence, hit.start(), 2)).find()) {
                continue; // 人均因公出国(境)费用2.4万元: an average, not the item's figure
            }
            String verb = continuation ? "" : verbBefore(sentence, hit);
            if (!verb.isEmpty() && inReason(sentence, hit)) {
                continue; // 主要是教育支出增加经费拨款51.17万元: what the reason says grew, not a figure of the term's
            }
            Glue glue = glues.of(verb + between);
            budgetValue[v] = glue.direction() == 0 && !value.same() && MoneyUnit.fromLabel(value.unit()) != null
                    && between.contains("预算") && !between.contains("决算");
            boolean afterBudget = continuation && budgetValue[v - 1];
            boolean afterVersus = versusBefore;
            versusBefore = glue.ok() && glue.versus();
            Value priorValue = prior;
            prior = glue.ok() && glue.compare() && glue.direction() == 0 && !value.same() && !glue.budget() ? value : null;
            if (glue.ok() && continuation && !glue.anyModifier() && !value.same() && priorValue != null
                    && priorValue == values.get(v - 1)) {
                Concept base = base(sentence, hits, families, h);
                if (base != null) {
                    int had = candidates.size();
                    changeAfterPrior(sentence, line, hit, base, priorValue, value, before);
                    consumed[v] = candidates.size() > had;
                }
                continue;
            }
            if (!glue.ok() || (continuation && !glue.anyModifier() && !value.same())) {
                continue;
            }
            if (continuation && placedBefore(values, placedBy, v) != h && nextClause(sentence, hit.end()) >= 0
                    && nextClause(sentence, hit.end()) <= value.start()) {
                // 因公出国费0万元；购置及运行维护费5万元,比上年减少0.28万元: the 5万元 is an unknown item's, so is its change
                continue;
            }
            if (continuation && afterVersus && (glue.direction() != 0 || value.same()) && !glue.compare()) {
                continue;
            }
            if (continuation && reasonBetween(sentence, hit.end(), value.start())) {
                // 收入合计X万元,较上年增加Y万元,主要原因是上年年初结转资金Z万元,实际较上年增加资金W万元: W is the reason's
                continue;
            }
            if (value.number().signum() != 0 && BOTH_DIRECTIONS.foundIn(sentence.substring(glueStart, value.start()))) {
                continue;
            }
            if (!continuation && glue.direction() == 0 && !value.same()
                    && COMPARED_BEFORE.matcher(before(sentence, hit.start(), 12)).find()) {
                continue; // 与2016年公共财政预算收入1631.06万元相比: the figure compared with, not the document's
            }
            if (continuation && glue.direction() != 0 && !value.same() && placedBy[v - 1] == h) {
                // 收入总计3759.2万元，其中年初结转和结余1366.76万元，较2019年增加197.03万元，增加5.5%: the rate says whose
                int owner = rateOwner(sentence, values, placedBy, v);
                if (owner < 0) {
                    context.reportUnplaced(ReadingRule.FIGURE_AMBIGUOUS, Section.DOCUMENT, "“"
                            + SourceText.strip(sentence.substring(hit.start(), value.end()))
                            + "”：增加额大于其前的数字本身，不能确定是哪一项的增减，未读取", line);
                    continue;
                }
                if (owner != v - 1) {
                    h = placedBy[owner];
                    hit = hits.get(h);
                }
            }
            Concept base = base(sentence, hits, families, h);
            if (base == null) {
                continue;
            }
            int had = candidates.size();
            place(sentence, line, hit, base, value, glue, compare, continuation, afterBudget);
            consumed[v] = candidates.size() > had;
            if (consumed[v]) {
                placedBy[v] = h;
            }
        }
        clauseSubjectlessChange(sentence, line, values, consumed, compare, before);
        eachChange(sentence, line, values, consumed, before);
        for (int i = hits.size() - 1; i >= 0; i--) {
            Term term = hits.get(i).term();
            Family family = term.role() == Role.CHILD ? families[i] : term.family();
            if (family != null && family != Family.NONE) {
                previousFamily = family;
                break;
            }
        }
    }

    /**
     * The hit whose figure the value before {@code v} became, passing over completion rates no figure was made of
     * (支出决算为6.35万元,完成预算的100%;较上年增加0.61万元: the change is the 6.35's); -1 when none.
     */
    private int placedBefore(List<Value> values, int[] placedBy, int v) {
        int before = v - 1;
        while (before > 0 && placedBy[before] < 0 && "%".equals(values.get(before).unit())
                && currentSentence.substring(values.get(before - 1).end(), values.get(before).start()).contains("完成")) {
            before--; // a completion rate (完成预算的100%), not a growth rate (增长168.7%: what follows is another comparison)
        }
        return before >= 0 ? placedBy[before] : -1;
    }

    /** The index of the closing bracket right after {@code from} (spaces allowed before it); -1 when there is none. */
    private static int bracketClose(String sentence, int from) {
        int i = from;
        while (i < sentence.length() && sentence.charAt(i) == ' ') {
            i++;
        }
        return i < sentence.length() && (sentence.charAt(i) == ')' || sentence.charAt(i) == '）') ? i : -1;
    }

    /**
     * The hit whose figure stands right before a bracket that the value before {@code v} closes, when {@code v} is
     * only that figure's change (…28万元(…运行维护费28万元),较上年无增减); -1 otherwise.
     */
    private int subjectBeforeBracket(String sentence, List<Hit> hits, List<Value> values, int[] placedBy, int v) {
        int close = bracketClose(sentence, values.get(v - 1).end());
        if (close < 0) {
            return -1;
        }
        int open = -1;
        for (int i = values.get(v - 1).start() - 1; i >= 0; i--) {
            char c = sentence.charAt(i);
            if (c == ')' || c == '）') {
                return -1;
            }
            if (c == '(' || c == '（') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return -1;
        }
        int u = -1;
        for (int i = 0; i < v; i++) {
            if (values.get(i).end() <= open) {
                u = i;
            }
        }
        if (u < 0 || placedBy[u] < 0 || lastHitBefore(hits, open) != placedBy[u]
                || values.get(u).end() != open && !sentence.substring(values.get(u).end(), open).isBlank()) {
            return -1;
        }
        Glue glue = glues.of(sentence.substring(close + 1, values.get(v).start()));
        boolean change = glue.ok() && (glue.direction() != 0 && glue.compare() || values.get(v).same() && !glue.budget());
        return change ? placedBy[u] : -1;
    }

    /** Between two terms of a list: 因公出国（境）费、公务用车购置及运行费和公务接待费. */
    private static final Pattern LIST_JOIN = Pattern.compile("^(?:费用|经费|费)?\\s*[，,]?[、和及与]\\s*$");
    /** From a list's last term to 分别: at most a word saying which figure (支出, 预算数…). */
    private static final Pattern LIST_TAIL = Pattern.compile(
            "^\\s*(?:[“\"”]\\s*)?(?:的)?(?<what>支出|经费|费用|预算|决算|预算数|决算数|支出预算|支出决算)?(?:数)?\\s*(?:[，,]\\s*)?$");
    /** After 分别: 为 (the figures) or a comparison with the year before and its direction. */
    private static final Pattern RESPECTIVELY = Pattern.compile(
            "^分别(?:(?<compare>(?:比|较|与)\\s*(?:上年度|上年|上一年|去年|\\d{4}\\s*年(?:度)?)(?:预算|决算)?(?:数)?(?:相比)?[，,]?\\s*)?"
                    + "(?:(?<up>增加|增长|上升)|(?<down>减少|下降|降低))|(?:为|是|支出|安排|达到)?)\\s*");
    private static final Pattern LISTED_NUMBER = Pattern.compile(
            "^(?<num>(?:\\d{1,3}(?:,\\d{3})+|\\d{1,20})(?:\\.\\d{1,8})?)\\s*(?<unit>亿元|万元|元)?");
    /** After a 分别 list's amounts: 均与去年持平 (each unchanged on the year before). */
    private static final Pattern ALL_SAME = Pattern.compile(
            "^\\s*[，,]\\s*(?:也)?均(?:与|较|比)(?:去年|上年|上年度|上一年)(?:相比)?(?:持平|无变化|无增减|相同)");
    private static final Pattern NUMBER_JOIN = Pattern.compile("^\\s*(?:[、，,和及与]|以及)\\s*");

    /**
     * 因公出国（境）费、公务用车购置及运行费、公务接待费分别为1万元、2万元、3万元 (…分别比上年减少0.1万元和0.2万元): a list of
     * terms and, after 分别, as many amounts in the same order. A second 分别 with no terms before it goes with the
     * sentence's last list. Lists whose counts differ, or a 预算 list in a final account, are reported and not read.
     */
    private void respectively(String sentence, int line, List<Hit> hits, List<Value> values, boolean[] consumed) {
        int from = 0;
        List<Hit> list = null;
        Family[] families = new Family[hits.size()];
        while (true) {
            int at = sentence.indexOf("分别", from);
            if (at < 0) {
                return;
            }
            from = at + 2;
            List<Hit> terms = listBefore(sentence, hits, at);
            String what = null;
            boolean comparedBefore = false;
            List<Hit> paired = terms == null ? pairedBefore(sentence, hits, at) : null;
            if (paired != null) {
                list = paired;
                comparedBefore = true;
            } else if (terms != null) {
                Matcher tail = LIST_TAIL.matcher(sentence.substring(terms.get(terms.size() - 1).end(), at));
                tail.matches();
                what = tail.group("what");
                list = terms;
            } else if (list == null || !sentence.substring(Math.max(0, at - 2), at).matches(".*[，,；;]\\s*")) {
                continue;
            }
            Matcher lead = RESPECTIVELY.matcher(sentence).region(at, sentence.length());
            if (!lead.lookingAt()) {
                continue;
            }
            boolean change = lead.group("up") != null || lead.group("down") != null;
            int direction = lead.group("down") != null ? -1 : 1;
            if (change && lead.group("compare") == null && !comparedBefore
                    && !sentence.substring(Math.max(0, at - 2), at).matches(".*[，,；;]\\s*")
                    || !change && (lead.group("compare") != null || comparedBefore)) {
                continue;
            }
            List<int[]> spans = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            List<String> units = new ArrayList<>();
            int pos = lead.end();
            while (true) {
                Matcher number = LISTED_NUMBER.matcher(sentence).region(pos, sentence.length());
                if (!number.lookingAt()) {
                    break;
                }
                spans.add(new int[] {number.start(), number.end()});
                numbers.add(number.group("num"));
                units.add(number.group("unit"));
                pos = number.end();
                Matcher join = NUMBER_JOIN.matcher(sentence).region(pos, sentence.length());
                if (!join.lookingAt() || !LISTED_NUMBER.matcher(sentence).region(join.end(), sentence.length()).lookingAt()) {
                    break;
                }
                pos = join.end();
            }
            if (numbers.size() < 2) {
                continue;
            }
            String lastUnit = units.get(units.size() - 1);
            // …分别为0.34亿元和4.23亿元，均与去年持平: no change for every one of them
            Matcher allSame = ALL_SAME.matcher(sentence).region(pos, sentence.length());
            boolean same = !change && allSame.lookingAt();
            Hit first = list.get(0);
            String words = sentence.substring(first.start(), pos);
            boolean budgeted = what != null && what.contains("预算");
            if (numbers.size() != list.size() || lastUnit == null
                    || budgeted && kind == DisclosureKind.FINAL_ACCOUNTS || what != null && what.contains("决算")
                    && kind != DisclosureKind.FINAL_ACCOUNTS) {
                context.reportUnplaced(ReadingRule.FIGURE_AMBIGUOUS, Section.DOCUMENT, "“" + SourceText.strip(words)
                        + "”中项目与金额不能一一对应，未读取", line);
                markConsumed(values, consumed, lead.end(), pos);
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                Hit hit = list.get(i);
                Concept base = base(sentence, hits, families, hits.indexOf(hit));
                String unit = units.get(i) != null ? units.get(i) : lastUnit;
                MoneyUnit moneyUnit = MoneyUnit.fromLabel(unit);
                if (base == null || base.measure() != Concept.Measure.MONEY || moneyUnit == null) {
                    continue;
                }
                BigDecimal yuan;
                try {
                    yuan = Money.of(Figures.parseNumber(numbers.get(i)), moneyUnit).yuan();
                } catch (ArithmeticException e) {
                    continue;
                }
                context.sawUnit(moneyUnit);
                add(base, change, change && direction < 0 ? yuan.negate() : yuan, unit, null, line,
                        sentence.substring(hit.start(), spans.get(i)[1]), hit.term().role());
                if (same) {
                    add(base, true, BigDecimal.ZERO, unit, null, line, sentence.substring(hit.start(), allSame.end()),
                            hit.term().role());
                }
            }
            markConsumed(values, consumed, lead.end(), pos);
        }
    }

    /** After a list of terms: 均为 / 都是 … — one amount for each of them. */
    private static final Pattern EACH_THE_SAME = Pattern.compile("(?:均|都)(?:为|是)\\s*");

    /**
     * 上级补助收入、经营收入、附属单位上缴收入均为0元: a list of terms and one amount that each of them is (not a change, not
     * a figure of the list's sum); 因公出国(境)费和公务用车费预算与去年持平: a list with no change for each.
     */
    private void eachTheSame(String sentence, int line, List<Hit> hits, List<Value> values, boolean[] consumed) {
        Matcher each = EACH_THE_SAME.matcher(sentence);
        Family[] families = new Family[hits.size()];
        for (int v = 0; v < values.size(); v++) {
            Value value = values.get(v);
            if (!value.same() || consumed[v]) {
                continue;
            }
            Matcher compared = COMPARED_BEFORE.matcher(before(sentence, value.start(), 12));
            int at = sentence.startsWith("与", value.start()) ? value.start()
                    : compared.find() ? value.start() - (compared.end() - compared.start()) : -1;
            List<Hit> list = at >= 0 ? listBefore(sentence, hits, at) : null;
            if (list == null) {
                continue;
            }
            // 因公出国(境)费和公务用车费预算与去年持平: no change for each of them
            for (Hit hit : list) {
                Concept base = base(sentence, hits, families, hits.indexOf(hit));
                if (base != null && base.measure() == Concept.Measure.MONEY) {
                    add(base, true, BigDecimal.ZERO, null, null, line, sentence.substring(list.get(0).start(), value.end()),
                            hit.term().role());
                }
            }
            consumed[v] = true;
        }
        while (each.find()) {
            List<Hit> list = listBefore(sentence, hits, each.start());
            if (list == null) {
                continue;
            }
            for (int v = 0; v < values.size(); v++) {
                Value value = values.get(v);
                MoneyUnit unit = value.same() ? null : MoneyUnit.fromLabel(value.unit());
                if (value.start() != each.end() || consumed[v] || unit == null) {
                    continue;
                }
                for (Hit hit : list) {
                    Concept base = base(sentence, hits, families, hits.indexOf(hit));
                    if (base == null || base.measure() != Concept.Measure.MONEY) {
                        continue;
                    }
                    try {
                        add(base, false, Money.of(value.number(), unit).yuan(), value.unit(), null, line,
                                sentence.substring(list.get(0).start(), value.end()), hit.term().role());
                        context.sawUnit(unit);
                    } catch (ArithmeticException e) {
                        // finer than a fen: not a figure
                    }
                }
                consumed[v] = true;
            }
        }
    }

    /** The terms of a list ending right before {@code at} (two or more, joined by 、和及与); null when there is none. */
    private static List<Hit> listBefore(String sentence, List<Hit> hits, int at) {
        int last = lastHitBefore(hits, at);
        if (last < 0 || !LIST_TAIL.matcher(sentence.substring(hits.get(last).end(), at)).matches()) {
            return null;
        }
        int first = last;
        while (first > 0 && LIST_JOIN.matcher(sentence.substring(hits.get(first - 1).end(), hits.get(first).start())).matches()) {
            first--;
        }
        if (first == last) {
            return null;
        }
        for (int i = first; i <= last; i++) {
            Role role = hits.get(i).term().role();
            if (role == Role.BLOCK || hits.get(i).shareOf()) {
                return null;
            }
        }
        return new ArrayList<>(hits.subList(first, last + 1));
    }

    private static final Pattern PAIR_JOIN = Pattern.compile(
            "^\\s*(?:为)?\\s*(?:\\d{1,3}(?:,\\d{3})+|\\d{1,20})(?:\\.\\d{1,8})?\\s*(?:亿元|万元|元)\\s*[、和及与，,]\\s*$");
    private static final Pattern PAIR_TAIL = Pattern.compile(
            "^\\s*(?:为)?\\s*(?:\\d{1,3}(?:,\\d{3})+|\\d{1,20})(?:\\.\\d{1,8})?\\s*(?:亿元|万元|元)\\s*[，,]\\s*"
                    + "(?:与|比|较)\\s*(?:上年度|上年|上一年|去年|\\d{4}\\s*年(?:度)?)(?:预算|决算)?(?:数)?(?:相比|比较)\\s*[，,]?\\s*$");

    /**
     * 公务用车购置费0.14亿元和公务用车运行费1.27亿元,与2015年相比,分别减少…: the terms right before 分别 that each have one
     * amount, joined by 和、，, the last followed by a comparison with the year before; null when there are none.
     */
    private static List<Hit> pairedBefore(String sentence, List<Hit> hits, int at) {
        int last = lastHitBefore(hits, at);
        if (last < 0 || !PAIR_TAIL.matcher(sentence.substring(hits.get(last).end(), at)).matches()) {
            return null;
        }
        int first = last;
        while (first > 0 && PAIR_JOIN.matcher(sentence.substring(hits.get(first - 1).end(), hits.get(first).start())).matches()) {
            first--;
        }
        if (first == last) {
            return null;
        }
        for (int i = first; i <= last; i++) {
            if (hits.get(i).term().role() == Role.BLOCK || hits.get(i).shareOf()) {
                return null;
            }
        }
        return new ArrayList<>(hits.subList(first, last + 1));
    }

    private static void markConsumed(List<Value> values, boolean[] consumed, int from, int to) {
        for (int v = 0; v < values.size(); v++) {
            if (values.get(v).start() >= from && values.get(v).start() < to) {
                consumed[v] = true;
            }
        }
    }

    /** A clause break followed at once by a comparison with the year before (；与上年…, ；比上年…). */
    private static final Pattern CLAUSE_THEN_COMPARE = Pattern.compile("^\\s*[；;]\\s*(?:与|比|较|同比)");
    private static final Pattern CLAUSE_BREAK_ONLY = Pattern.compile("^\\s*[；;]\\s*$");

    private void unitUnknown(String sentence, int line, List<Value> values) {
        List<Hit> hits = hits(sentence);
        if (!hits.isEmpty()) {
            unitUnknown(sentence, line, values, hits);
        }
    }

    /** A term followed by a number with no unit: the amount is not read, and said so. */
    private void unitUnknown(String sentence, int line, List<Value> values, List<Hit> hits) {
        for (NumberScan.Match bare : NumberScan.bareNumbers(sentence)) {
            int h = lastHitBefore(hits, bare.start());
            if (h < 0 || hits.get(h).term().role() == Role.BLOCK || hits.get(h).term().role() == Role.FUND_REVENUE) {
                continue;
            }
            Hit hit = hits.get(h);
            boolean valueBetween = false;
            for (Value value : values) {
                if (value.start() >= hit.end() && value.start() < bare.start()) {
                    valueBetween = true;
                }
            }
            Glue glue = glues.of(sentence.substring(hit.end(), bare.start()));
            if (valueBetween || !glue.ok() || glue.rate()) {
                continue;
            }
            Concept concept = hit.term().concept();
            if (concept != null && hit.term().role() == Role.CONCEPT && concept.measure() == Concept.Measure.MONEY
                    && glue.direction() == 0 && !glue.compare()
                    && Figures.parseNumber(sentence.substring(bare.numberStart(), bare.numberEnd())).signum() == 0
                    && bare.end() < sentence.length() && "。，,；;、）)".indexOf(sentence.charAt(bare.end())) >= 0) {
                // 因公出国(境)经费为0。: zero is zero in any unit (not a 0 the text is cut after: 其他收入 0)
                place(sentence, line, hit, concept, new Value(bare.start(), bare.end(), BigDecimal.ZERO, "元", false), glue,
                        false, false, false);
                continue;
            }
            context.reportUnplaced(ReadingRule.UNIT_UNKNOWN, section(concept), "“"
                    + SourceText.strip(sentence.substring(hit.start(), bare.end())) + "”没有金额单位，未读取", line);
        }
    }

    /** The section a concept belongs to, for findings. */
    static Section section(Concept concept) {
        if (concept == null) {
            return Section.DOCUMENT;
        }
        String key = concept.key();
        if (key.startsWith("revenue.")) {
            return Section.REVENUE;
        }
        if (key.startsWith("expenditure.") || key.startsWith("generalPublicBudget") || key.startsWith("fiscal")
                || key.startsWith("governmentFund") || key.startsWith("stateCapital")) {
            return Section.EXPENDITURE;
        }
        if (key.startsWith("threePublic.")) {
            return Section.THREE_PUBLIC;
        }
        if (key.startsWith("operatingCost")) {
            return Section.OPERATING_COSTS;
        }
        if (key.startsWith("procurement")) {
            return Section.PROCUREMENT;
        }
        return Section.FIXED_ASSETS;
    }

    private List<Value> values(String sentence) {
        List<Value> values = new ArrayList<>();
        for (NumberScan.Match m : NumberScan.values(sentence)) {
            if (m.same()) {
                values.add(new Value(m.start(), m.end(), BigDecimal.ZERO, null, true));
            } else {
                String unit = m.unit().equals("万") ? "万元" : m.unit();
                values.add(new Value(m.start(), m.end(),
                        Figures.parseNumber(sentence.substring(m.numberStart(), m.numberEnd())), unit, false));
            }
        }
        return values;
    }

    /**
     * The sentence opens (after a year at most) with the generic 支出预算 / 预算支出 and names no other term before its
     * first amount: under a “三公” item's heading, that spending is the item's.
     */
    private static boolean opensWithBareSpending(String sentence, List<Hit> hits, List<Value> values) {
        if (hits.isEmpty() || values.isEmpty()) {
            return false;
        }
        Hit first = hits.get(0);
        String before = sentence.substring(0, first.start());
        return first.term().generic() && first.term().concept() == Concept.EXPENDITURE_TOTAL
                && (before.isBlank() || YEAR_ONLY.matcher(before).matches())
                && (hits.size() == 1 || hits.get(1).start() > values.get(0).end());
    }

    static List<Hit> hits(String sentence) {
        List<Hit> kept = new ArrayList<>();
        for (Lexicon.Found term : Lexicon.find(sentence)) {
            if (insideInclusion(sentence, term.start())) {
                continue; // 财政拨款收入(含政府性基金拨款)447万元: the bracket says what the term covers
            }
            boolean shareOf = term.start() > 0 && sentence.charAt(term.start() - 1) == '占'
                    || term.end() < sentence.length() && sentence.charAt(term.end()) == '的'
                    && SHARE_AFTER.matcher(sentence).region(term.end(), sentence.length()).lookingAt()
                    // 上年结转一般公共预算拨款收入7565.47万元: a part of the carry-over, not the fund's revenue of the year
                    || term.start() >= 2 && (sentence.startsWith("结转", term.start() - 2)
                    || sentence.startsWith("结余", term.start() - 2));
            kept.add(new Hit(term.start(), term.end(), term.term(), shareOf));
        }
        List<Hit> merged = new ArrayList<>();
        for (Hit hit : kept) {
            if (!merged.isEmpty() && (hit.term().generic() && (hit.term().role() == Role.CONCEPT || hit.term().role() == Role.HEADLINE)
                    || hit.term().role() == Role.BLOCK || hit.term().role() == Role.FUND_REVENUE)) {
                Hit before = merged.get(merged.size() - 1);
                String between = sentence.substring(before.end(), hit.start());
                if (!before.term().generic() && before.term().role() == Role.CONCEPT
                        && (between.isBlank() || YEAR_ONLY.matcher(between).matches()
                        || hit.term().role() == Role.BLOCK && SPENDING_ONLY.matcher(between).matches())) {
                    // 公务接待费2014年财政拨款决算数为4018.71万元 / “三公”经费支出财政拨款决算数为2503.79万元: the 财政拨款 is
                    // the item's funds
                    continue;
                }
                if (!before.term().generic() && before.term().role() == Role.CONCEPT && isTotal(hit.term())
                        && SUBJECT_GLUE.matcher(between).matches()) {
                    merged.set(merged.size() - 1, new Hit(before.start(), hit.end(), before.term(), before.shareOf()));
                    continue;
                }
            }
            merged.add(hit);
        }
        return merged;
    }

    /** Only the spending between a term and a block (“三公”经费支出财政拨款…). */
    private static final Pattern SPENDING_ONLY = Pattern.compile("\\s*(?:支出|开支)\\s*");

    /** Only a year between two terms (公务接待费2014年财政拨款…). */
    private static final Pattern YEAR_ONLY = Pattern.compile("\\s*(?:19|20)\\d{2}\\s*年(?:度)?\\s*");

    /** {@code at} is inside a bracket that says what a term includes: (含…), (包括…), (不含…). */
    private static boolean insideInclusion(String sentence, int at) {
        for (int i = at - 1; i >= 0 && i >= at - INCLUSION_WIDTH; i--) {
            char c = sentence.charAt(i);
            if (c == ')' || c == '）') {
                return false;
            }
            if (c == '(' || c == '（') {
                return i + 1 < sentence.length() && "含包不".indexOf(sentence.charAt(i + 1)) >= 0 && noDigitUntilClose(sentence, i);
            }
        }
        return false;
    }

    /** How long a bracket saying what a term includes may be: (含使用非财政拨款结转结余、年初结转和结余) is 22. */
    private static final int INCLUSION_WIDTH = 30;

    /** The bracket opened at {@code open} closes within 30 characters and holds no digit (a scope, not parts with amounts). */
    private static boolean noDigitUntilClose(String sentence, int open) {
        for (int i = open + 1; i < sentence.length() && i <= open + INCLUSION_WIDTH; i++) {
            char c = sentence.charAt(i);
            if (c == ')' || c == '）') {
                return true;
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /** 支出总预算的 95.57%: the term is what a share is of (the 占 before it may be on the previous page). */
    private static final Pattern SHARE_AFTER = Pattern.compile("的\\s*\\d+(?:\\.\\d+)?\\s*%");

    /** Words between a specific subject and a generic total of it (“三公”经费财政拨款支出合计): no number, no clause break. */
    private static final Pattern SUBJECT_GLUE = Pattern.compile("[^\\d，,；;。：:、（()）]{0,8}");

    /** A generic total (支出合计, 收入总计 …): after a specific subject in its clause it is that subject's total. */
    private static boolean isTotal(Term term) {
        if (!term.generic() || term.role() != Role.CONCEPT) {
            return false;
        }
        return switch (term.concept()) {
            case REVENUE_TOTAL, REVENUE_GRAND_TOTAL, EXPENDITURE_TOTAL, EXPENDITURE_GRAND_TOTAL -> true;
            default -> false;
        };
    }

    /** The reason of a change (主要原因是…, 主要是…, 主要用于…) up to the clause end: its terms name no figure. */
    private static final Pattern REASON = Pattern.compile("主要(?:原因)?(?:是|为|系|用于|由于|包括)[^；;]*");

    private static int lastHitBefore(List<Hit> hits, int position) {
        int found = -1;
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).end() <= position && !hits.get(i).shareOf()) {
                found = i;
            }
        }
        return found;
    }

    /** 增加（减少）10万元: a template's unfilled choice; the direction is not stated. */
    private static final QuickFind BOTH_DIRECTIONS = QuickFind.of("(?:增加|增长)[（(/、]?\\s*(?:减少|下降)|(?:减少|下降)[（(/、]?\\s*(?:增加|增长)", "增减下");
    /**
     * A year's revenue (the department's or a fund's), not a grand total with carry-overs. (An expenditure's 总计 is
     * left as it is: 一般公共预算财政拨款支出总计 is how some districts write the fund's expenditure.)
     */
    /** A part-of term listed after 其中 among the parts of the revenue before it, not of an expenditure. */
    private static boolean partOfRevenue(String sentence, List<Hit> hits, int index) {
        int first = index;
        for (int i = index - 1; i >= 0; i--) {
            Hit before = hits.get(i);
            if (before.term().role() == Role.CHILD) {
                first = i;
                continue;
            }
            Concept concept = before.term().concept();
            String between = sentence.substring(before.end(), hits.get(index).start());
            return concept != null && (concept == Concept.REVENUE_TOTAL || concept == Concept.REVENUE_GRAND_TOTAL)
                    && between.contains("其中") && !between.contains("支出");
        }
        return REVENUE_THEN_PARTS.matcher(sentence.substring(0, hits.get(first).start())).find();
    }

    /** 森林公园2022年度收入272.27万元:其中 — a revenue no term names, then its parts. */
    private static final Pattern REVENUE_THEN_PARTS = Pattern.compile(
            "收入(?:预算)?(?:为|是)?\\s*[\\d,.]+\\s*(?:亿元|万元|元)\\s*[:：，,;；（(]?\\s*其中\\s*[:：]?\\s*$");

    private static boolean isYearsRevenue(Concept concept) {
        return concept != null && concept != Concept.REVENUE_GRAND_TOTAL && concept.key().startsWith("revenue.");
    }

    /** 增加5.5% / 下降0.56% right after a change: the rate it states. */
    private static final Pattern CHANGE_RATE = Pattern.compile("^\\s*[，,]?\\s*(?:增加|增长|上升|下降|减少|降低)了?\\s*(?<r>\\d{1,4}(?:\\.\\d{1,4})?)\\s*%");

    /**
     * The value whose change the value {@code v} is, by the rate printed after it: the figure right before it, unless
     * a rate is printed that does not fit it (change ÷ last year's or this year's amount, to the rate's printed
     * precision) and fits exactly one earlier figure of the sentence — then that one; -1 when the figure before cannot
     * have grown by it and no rate says whose it is.
     */
    private int rateOwner(String sentence, List<Value> values, int[] placedBy, int v) {
        Value change = values.get(v);
        if (change.number().signum() == 0) {
            return v - 1; // 增加0万元，增长0%: fits any figure, says nothing
        }
        // 收入总计1262.71万元，其中年初结转和结余134.56万元，较2019年增加149.44万元: more than the carry-over itself, so
        // not its change; whose it is only a fitting rate can tell
        int before = cannotHaveGrown(values.get(v - 1), change, sentence) ? -1 : v - 1;
        Matcher rate = CHANGE_RATE.matcher(sentence.substring(change.end()));
        if (!rate.lookingAt()) {
            return before;
        }
        if (fitsRate(values.get(v - 1), change, rate.group("r"), sentence)) {
            return v - 1;
        }
        int owner = before; // a rate that fits no figure (a misprint, another base) leaves the change where it stands
        for (int u = 0; u < v - 1; u++) {
            if (placedBy[u] >= 0 && fitsRate(values.get(u), change, rate.group("r"), sentence)) {
                if (owner != before) {
                    return before;
                }
                owner = u;
            }
        }
        return owner;
    }

    /** True when {@code change} is an increase larger than {@code level}: the level's prior amount would be negative. */
    private boolean cannotHaveGrown(Value level, Value change, String sentence) {
        if (level.same() || level.unit() == null || !level.unit().equals(change.unit())) {
            return false;
        }
        int direction = glues.of(sentence.substring(level.end(), change.start()).replaceAll(".*[，,]", "")).direction();
        return direction > 0 && level.number().compareTo(change.number()) < 0;
    }

    private boolean fitsRate(Value level, Value change, String printed, String sentence) {
        if (level.same() || level.unit() == null || !level.unit().equals(change.unit())) {
            return false;
        }
        int direction = glues.of(sentence.substring(level.end(), change.start()).replaceAll(".*[，,]", "")).direction();
        BigDecimal prior = direction < 0 ? level.number().add(change.number()) : level.number().subtract(change.number());
        if (prior.signum() <= 0) {
            return false;
        }
        BigDecimal rate = new BigDecimal(printed);
        // the printed rate's last digit, and a little for amounts rounded before dividing
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(rate.scale()).multiply(new BigDecimal("0.6"));
        for (BigDecimal base : List.of(prior, level.number())) { // on last year's amount, or (some writers) this year's
            if (base.signum() > 0) {
                BigDecimal computed = change.number().multiply(BigDecimal.valueOf(100)).divide(base, rate.scale() + 2,
                        java.math.RoundingMode.HALF_UP);
                if (computed.subtract(rate).abs().compareTo(tolerance) <= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The at most {@code width} characters of the sentence right before {@code at} (what stands before a term). */
    private static String before(String sentence, int at, int width) {
        return sentence.substring(Math.max(0, at - width), at);
    }

    /** Right before a term: 人均 / 平均 / 每人 / 车均 — the amount after it is an average, not the term's figure. */
    private static final Pattern PER_HEAD_BEFORE = Pattern.compile("(?:人均|平均|每人|车均|次均|单车)$");

    private static final Pattern VERB_BEFORE = Pattern.compile("(?:增加|增长|减少|下降|降低|压减|压缩|节约)了?$");

    /**
     * 二是减少公用支出217.58万元: a verb of change right before the term makes the amount after it a change (placed
     * only where the sentence compares), never the term's own amount; empty when there is none.
     */
    private static String verbBefore(String sentence, Hit hit) {
        Matcher m = VERB_BEFORE.matcher(before(sentence, hit.start(), 3));
        return m.find() ? m.group() : "";
    }

    /** The expenditure of the fund whose 本年收入 an earlier term of the sentence named; null when none did. */
    private static Concept fundOfYearsRevenueBefore(List<Hit> hits, int index) {
        for (int i = index - 1; i >= 0; i--) {
            Term before = hits.get(i).term();
            if (before.source().contains("本年收入") && before.concept() == Concept.REVENUE_GENERAL_PUBLIC_BUDGET) {
                return Concept.GPB_EXPENDITURE_TOTAL;
            }
            if (before.source().contains("本年收入") && before.concept() == Concept.REVENUE_GOVERNMENT_FUND) {
                return Concept.GOVERNMENT_FUND_EXPENDITURE_TOTAL;
            }
        }
        return null;
    }

    /** The concept a term stands for here, or null (reported when the words are a concept's but unclear). */
    private Concept base(String sentence, List<Hit> hits, Family[] families, int index) {
        Hit hit = hits.get(index);
        Term term = hit.term();
        if (term.role() == Role.BLOCK) {
            return null;
        }
        if (term.concept() != null && term.concept().key().startsWith("revenue.")
                && (area == Area.PROCUREMENT || sentence.substring(0, hit.start()).contains("采购"))) {
            return null; // 按政府采购资金类型划分,一般公共预算拨款453928.84元: the procurement's funds, not revenue
        }
        if (term.role() == Role.FUND_REVENUE) {
            return revenueContext(sentence, hits, index) ? term.concept() : null;
        }
        if (term.role() == Role.CHILD) {
            int from = index > 0 ? hits.get(index - 1).end() : 0;
            if (index > 0 && hits.get(index - 1).term().concept() != null
                    && hits.get(index - 1).term().concept().name().startsWith("PROCUREMENT_")) {
                from = index > 1 ? hits.get(index - 2).end() : 0; // 一般公共服务支出: a class, not 服务支出 (procurement)
            }
            String before = sentence.substring(from, hit.start());
            if (before.contains("其中") && CATEGORY_BEFORE.matcher(before).find()) {
                // 高中教育支出 3,717,632.50 元，其中：基本支出… / 一般公共服务支出预算938.35万元;其中:基本支出…: the parts of a
                // category, not of the whole expenditure
                families[index] = Family.NONE;
                categoryParts = true;
                return null;
            }
            if (index == 0 && previousCategoryParts && hit.start() <= 4
                    && !sentence.substring(0, hit.start()).codePoints().anyMatch(Character::isIdeographic)) {
                // …其中:基本支出402.46万元;比2023年减少4.41万元。项目支出535.89万元…: the same class's other part
                families[index] = Family.NONE;
                categoryParts = true;
                return null;
            }
            if (partOfRevenue(sentence, hits, index)) {
                // 森林公园2022年度收入272.27万元:其中人员经费21.93万元,公用经费2万元,上级补助收入11万元: money for them
                families[index] = Family.NONE;
                return null;
            }
            Family family = parentFamily(hits, families, index);
            families[index] = family;
            return switch (family) {
                case EXPENDITURE -> term.concept();
                case GPB -> term.gpbConcept();
                default -> null;
            };
        }
        Concept concept = term.concept();
        if (term.kinds() == Lexicon.Kinds.FINAL_ONLY && kind != DisclosureKind.FINAL_ACCOUNTS) {
            return null;
        }
        if (term.kinds() == Lexicon.Kinds.BUDGET_ONLY && kind == DisclosureKind.FINAL_ACCOUNTS) {
            ambiguous(sentence, hit, "在决算中不能确定是“本年收入（支出）合计”还是“总计”");
            if (!sentence.contains("决算")) {
                // 我校2016年收入预算总额为6488440元,其中,人员经费为6157140元…: the parts are the same 预算's
                sentenceMode = 1;
            }
            return null;
        }
        if (term.generic() && term.source().startsWith("本年支出")) {
            // 一般公共预算财政拨款本年收入979.53万元…；本年支出869.0万元: the fund's own expenditure of the year
            Concept fund = fundOfYearsRevenueBefore(hits, index);
            if (fund != null) {
                return fund;
            }
        }
        if (term.generic() && (specificArea() || earlierFundTerm(hits, index))) {
            return null;
        }
        if (Lexicon.isThreePublicItem(concept) && (sentence.contains("机关运行") || area == Area.OPERATING)) {
            return null;
        }
        if (concept.key().startsWith("revenue.") && operatingCostBefore(hits, index)) {
            return null; // 机关运行经费,当年一般公共预算拨款6.83万元: the money the operating costs are paid from, not revenue
        }
        if (Lexicon.THREE_PUBLIC_ONLY.contains(term.source()) && area != Area.THREE_PUBLIC && !sentence.contains("三公")
                && startFamily != Family.THREE_PUBLIC) {
            return null;
        }
        if (Lexicon.VEHICLE_PARTS.contains(term.source()) && !vehiclePartHere(sentence, hits, index)) {
            return null;
        }
        if (Lexicon.needsProcurementContext(concept) && !sentence.contains("采购") && area != Area.PROCUREMENT) {
            return null;
        }
        if (Lexicon.needsProcurementContext(concept) && concept != Concept.PROCUREMENT_SME_AWARDED
                && !sentence.contains("采购")) {
            return null;
        }
        if (concept == Concept.ASSETS_TOTAL_VALUE && area != Area.ASSETS) {
            return null;
        }
        if (concept == Concept.REVENUE_TOTAL && hit.term().source().endsWith("收入合计")
                && INCLUDES_CARRY_OVER.foundIn(ownClause(beforeReason(sentence.substring(hit.end()))))) {
            return Concept.REVENUE_GRAND_TOTAL;
        }
        return concept;
    }

    /** A category's expenditure with its amount and 其中 (教育支出 3,717,632.50 元，其中：) right before a part-of term. */
    private static final Pattern CATEGORY_BEFORE = Pattern.compile(
            "[\\u4e00-\\u9fa5&&[^年度本总的和及与为是]]{2,}支出(?:预算|决算)?(?:数)?(?:为|是)?\\s*[\\d,，.]+\\s*(?:亿元|万元|元)\\s*[，,;；（(]?\\s*其中\\s*[:：]?\\s*$");

    /** 收入合计X万元，其中：本年收入Y万元…上年结转收入Z万元: a 收入合计 whose parts include the carry-over is the grand total. */
    private static final QuickFind INCLUDES_CARRY_OVER = QuickFind.of("其中[:：]?\\s*本年收入|上年结转|年初结转", "其上年");

    /**
     * The words up to a semicolon or to the expenditure (收入合计218.78亿元，合计支出为208.34亿元…；年初结转和结余为9.27亿元: the
     * carry-over stated apart is not inside the total).
     */
    private static String ownClause(String text) {
        int cut = text.length();
        for (String end : new String[] {"；", ";", "支出"}) {
            int at = text.indexOf(end);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return text.substring(0, cut);
    }

    /** The words before a reason (…，主要原因是上年年初结转资金…: what the reason names is not part of the figure). */
    private static String beforeReason(String text) {
        int cut = text.length();
        for (String why : new String[] {"原因", "主要是", "主要用于"}) {
            int at = text.indexOf(why);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return text.substring(0, cut);
    }

    private boolean specificArea() {
        return switch (area) {
            case FISCAL, GPB, OTHER_FUND, THREE_PUBLIC, OPERATING, PROCUREMENT, ASSETS -> true;
            default -> false;
        };
    }

    /** The sentence speaks of revenue at a hit: a revenue term before it, 收入较上年… at its start, or a 收入 heading. */
    private boolean revenueContext(String sentence, List<Hit> hits, int index) {
        for (int i = 0; i < index; i++) {
            Term term = hits.get(i).term();
            if ((term.role() == Role.HEADLINE || term.role() == Role.CONCEPT) && term.concept().key().startsWith("revenue.")) {
                return true;
            }
        }
        if (continuesRevenue) {
            return true; // 本年收入合计X万元。其中：财政拨款Y万元…
        }
        Matcher subjectless = SUBJECTLESS.matcher(sentence);
        if (subjectless.lookingAt() && subjectless.group("s").equals("收入")) {
            return true;
        }
        return headingRevenue && area == Area.OVERALL;
    }

    /** A 机关运行经费 term stands before the hit in the sentence. */
    private static boolean operatingCostBefore(List<Hit> hits, int index) {
        for (int i = 0; i < index; i++) {
            if (hits.get(i).term().concept() == Concept.OPERATING_COST_TOTAL) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare 购置费 / 运行费 opening its clause (or after 其中) right after the vehicles' term or another part
     * (公务用车购置及运行费12万元，其中：购置费0万元，运行费12万元), or under a heading naming the vehicles; not in a reason.
     */
    private boolean vehiclePartHere(String sentence, List<Hit> hits, int index) {
        Hit hit = hits.get(index);
        int start = hit.start();
        boolean opensClause = start == 0 || !SourceText.isBasicHan(sentence.charAt(start - 1))
                || before(sentence, start, 2).equals("其中");
        if (!opensClause || inReason(sentence, hit)) {
            return false;
        }
        if (index == 0) {
            return headingSubject != null && Lexicon.isVehicleSpending(headingSubject.concept());
        }
        Hit previous = hits.get(index - 1);
        return previous.term().concept() != null && Lexicon.isVehicleSpending(previous.term().concept())
                && !inReason(sentence, previous);
    }

    /** The first candidate of the sentence before. */
    private int previousSentenceStart;

    /** The sentence before read the department's revenue total; this one continues it (其中：…). */
    private boolean previousRevenue;
    private boolean continuesRevenue;

    /** The last heading named revenue only (收入决算情况说明, 收入预算). */
    private boolean headingRevenue;

    private boolean earlierFundTerm(List<Hit> hits, int index) {
        for (int i = 0; i < index; i++) {
            if (hits.get(i).term().role() == Role.FUND_REVENUE && revenueContext(currentSentence, hits, i)) {
                continue;
            }
            if (insideBrackets(currentSentence, hits.get(i).start()) && !insideBrackets(currentSentence, hits.get(index).start())) {
                continue; // 财政拨款收入X万元(其中,一般公共预算Y万元…)…其他收入Z万元: the bracket's funds are the figure's parts
            }
            Family family = hits.get(i).term().family();
            if (family == Family.FISCAL || family == Family.GPB || family == Family.OTHER_FUND) {
                return true;
            }
        }
        return false;
    }

    /** True when a reason clause (主要原因是…) of the sentence starts between the two offsets. */
    private static boolean reasonBetween(String sentence, int from, int to) {
        Matcher reason = REASON.matcher(sentence);
        return reason.find(from) && reason.start() < to;
    }

    /** True when a hit lies in the reason clause of a change (主要原因是…) of the sentence. */
    private static boolean inReason(String sentence, Hit hit) {
        int at = sentence.lastIndexOf("主要", hit.start());
        if (at < 0) {
            return false;
        }
        Matcher reason = REASON.matcher(sentence);
        return reason.find(at) && reason.start() == at && hit.start() < reason.end();
    }

    private Family parentFamily(List<Hit> hits, Family[] families, int index) {
        int start = hits.get(index).start();
        if (index == 0 && (currentSentence.startsWith("部门", start - 2) || currentSentence.startsWith("单位", start - 2))) {
            return Family.EXPENDITURE; // 部门基本支出预算7031563.00元: the department names its own
        }
        for (int i = index - 1; i >= 0; i--) {
            if (inReason(currentSentence, hits.get(i))) {
                continue;
            }
            Term term = hits.get(i).term();
            Family family = term.role() == Role.CHILD ? families[i] : term.family();
            if (family != null && family != Family.NONE) {
                return family;
            }
        }
        if (startFamily != Family.NONE) {
            return startFamily;
        }
        for (int i = index + 1; i < hits.size(); i++) {
            Term term = hits.get(i).term();
            if (inReason(currentSentence, hits.get(i))) {
                break; // 公用经费46.89万元,主要包括:…公务接待费…: what it includes is no parent
            }
            if (term.role() != Role.CHILD && term.family() != Family.NONE) {
                return term.family();
            }
        }
        return switch (area) {
            case GPB -> Family.GPB;
            case OVERALL -> Family.EXPENDITURE;
            default -> Family.OTHER_FUND;
        };
    }

    /** ，增长19.09% / ，下降3.8% right after a value: the direction of a change stated without 增加/减少. */
    private static final Pattern RATE_AFTER = Pattern.compile("^\\s*[，,]?\\s*(?<d>增长|增加|上升|下降|减少|降低)\\s*\\d+(?:\\.\\d+)?\\s*%");

    /**
     * 决算支出数为820.33万元，较2022年决算数688.84万元131.49万元，增长19.09% — the amount after the prior year's is the
     * change, its sign from the 增长/下降 after it; read only when the sentence's own figure minus the prior one is it.
     */
    private void changeAfterPrior(String sentence, int line, Hit hit, Concept base, Value prior, Value value, int from) {
        Matcher rate = RATE_AFTER.matcher(sentence.substring(value.end()));
        MoneyUnit unit = MoneyUnit.fromLabel(value.unit());
        MoneyUnit priorUnit = MoneyUnit.fromLabel(prior.unit());
        if (!rate.lookingAt() || unit == null || priorUnit == null || base.measure() != Concept.Measure.MONEY) {
            return;
        }
        StatedFigure current = null;
        for (int i = candidates.size() - 1; i >= from; i--) {
            StatedFigure f = candidates.get(i);
            if (!f.change() && f.concept() == base) {
                current = f;
                break;
            }
        }
        if (current == null) {
            return;
        }
        try {
            BigDecimal change = Money.of(value.number(), unit).yuan();
            BigDecimal difference = current.value().subtract(Money.of(prior.number(), priorUnit).yuan());
            int sign = "增长增加上升".contains(rate.group("d")) ? 1 : -1;
            if (difference.compareTo(change.multiply(BigDecimal.valueOf(sign))) != 0) {
                return;
            }
            add(base, true, difference, value.unit(), null, line, sentence.substring(hit.start(), value.end()),
                    hit.term().role());
        } catch (ArithmeticException e) {
            // finer than a fen: not a figure
        }
    }

    /**
     * Places one value under its term's concept. {@code continuation}: the value follows another value of the same
     * term (公务接待费支出2.05万元,年初预算为2万元): its 预算 says which figure it is, not what the sentence's later items are.
     */
    private void place(String sentence, int line, Hit hit, Concept base, Value value, Glue glue, boolean compare,
            boolean continuation, boolean afterBudget) {
        boolean finalAccount = kind == DisclosureKind.FINAL_ACCOUNTS;
        String words = sentence.substring(hit.start(), value.end());
        String explanation = null;
        if (value.same()) {
            if (glue.rate() || glue.direction() != 0 || glue.versus()) {
                return;
            }
            if (sentence.startsWith("没有", value.start()) && value.end() - value.start() == 2 && !glue.compare()) {
                // 因公出国(境)费用没有: no such spending, a stated zero amount — not “no change” (no comparison is made)
                if (!glue.anyModifier() && base.measure() == Concept.Measure.MONEY && sentenceMode == 0) {
                    add(base, false, BigDecimal.ZERO, null, null, line, words, hit.term().role());
                }
                return;
            }
            add(base, true, BigDecimal.ZERO, null, null, line, words, hit.term().role());
            return;
        }
        String unit = value.unit();
        MoneyUnit moneyUnit = MoneyUnit.fromLabel(unit);
        if (glue.rate()) {
            if (base == Concept.GPB_EXPENDITURE_TOTAL && "%".equals(unit) && glue.direction() == 0) {
                add(Concept.GPB_EXPENDITURE_COMPLETION_RATE, false, value.number(), unit, null, line, words, Role.CONCEPT);
            }
            return;
        }
        if (moneyUnit == null || base.measure() != Concept.Measure.MONEY) {
            return;
        }
        if (glue.versus() && (!finalAccount || glue.direction() != 0)) {
            return;
        }
        boolean change = glue.direction() != 0;
        if (finalAccount && !glue.budget() && !glue.fin() && !change && sentenceMode == 1) {
            glue = new Glue(true, glue.compare(), 0, false, true, false, false, true, false);
        }
        if (finalAccount && !change && glue.versus()) {
            sentenceMode = 2;
        } else if (finalAccount && !change && glue.budget() && !glue.fin() && !continuation) {
            sentenceMode = 1;
        } else if (finalAccount && !change && glue.fin()) {
            sentenceMode = 2;
        }
        if (change && !(glue.compare() || compare) && value.number().signum() != 0) {
            return;
        }
        if (glue.compare() && !change) {
            return;
        }
        if (glue.fin() && glue.budget()) {
            return;
        }
        Concept concept = base;
        if (glue.budget() && finalAccount) {
            if (change) {
                return;
            }
            concept = Lexicon.budgeted(base);
            if (concept == null) {
                return;
            }
        } else if (glue.fin() && !finalAccount) {
            return;
        } else if (finalAccount && change && afterBudget && !glue.fin()) {
            // 2015年“三公经费”部门预算451.62万元比2014年“三公经费”部门预算287.17万元增加164.45万元: the budget's change
            concept = Lexicon.budgeted(base);
            if (concept == null) {
                return;
            }
        }
        Money money;
        try {
            money = Money.of(value.number(), moneyUnit);
        } catch (ArithmeticException e) {
            ambiguous(sentence, hit, "金额精确到分以下");
            return;
        }
        if (groupsThousands && value.number().scale() == 3) {
            // 公务用车购置及运行维护支出4.647万元 in a text writing 5,572万元: 4,647 with a misprinted comma, or 4.647?
            ambiguous(sentence, hit, "小数点后恰有三位，而本文以逗号分隔千位，可能是误印的千位分隔符");
            return;
        }
        context.sawUnit(moneyUnit);
        BigDecimal yuan = change && glue.direction() < 0 ? money.yuan().negate() : money.yuan();
        if (change || concept == Concept.EXPENDITURE_PROJECT) {
            Matcher why = EXPLANATION.matcher(sentence.substring(value.end()));
            if (why.lookingAt()) {
                explanation = SourceText.strip(why.group("why"));
            }
        }
        add(concept, change, yuan, unit, explanation, line, words, hit.term().role());
    }

    private void add(Concept concept, boolean change, BigDecimal value, String unit, String explanation, int line,
                     String words, Role role) {
        if (paragraphStarts != null && paragraphStarts.size() > 1) {
            int at = currentSentence.indexOf(words);
            if (at >= 0 && !words.isEmpty()) {
                line = lineAt(sentenceOffset + at + words.length() - 1);
            }
        }
        StatedFigure figure = new StatedFigure(concept, change, value, unit, explanation,
                new Evidence(file, line, SourceText.strip(words)));
        if (role == Role.HEADLINE && partsIncludeThisYears(words)) {
            // 总支出125.08万元，其中本年支出116.12万元: the parts include the year's own figure — the total is the grand total
            candidates.add(new StatedFigure(concept == Concept.EXPENDITURE_TOTAL ? Concept.EXPENDITURE_GRAND_TOTAL
                    : Concept.REVENUE_GRAND_TOTAL, change, value, unit, explanation, figure.evidence()));
        } else if (role == Role.HEADLINE && change && levelStatedInSentence(concept)) {
            // 2020年度收入合计1238.61万元,总收入较上年决算数增加819.06万元: a headline stating only a change, after the
            // sentence's own total, is that total's change
            candidates.add(figure);
        } else if (role == Role.HEADLINE && concept == Concept.EXPENDITURE_TOTAL && kind == DisclosureKind.BUDGET) {
            candidates.add(figure); // a budget's 总支出 is its expenditure (a budget carries nothing over to next year)
        } else if (role == Role.HEADLINE) {
            headlines.add(figure);
        } else {
            candidates.add(figure);
        }
    }

    /** The sentence read {@code concept}'s level as a concept (收入合计X) and no headline level (总收入X) of it. */
    private boolean levelStatedInSentence(Concept concept) {
        for (int i = sentenceHeadlines; i < headlines.size(); i++) {
            if (headlines.get(i).concept() == concept && !headlines.get(i).change()) {
                return false;
            }
        }
        for (int i = sentenceCandidates; i < candidates.size(); i++) {
            if (candidates.get(i).concept() == concept && !candidates.get(i).change()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern THIS_YEARS_PART = Pattern.compile("^\\s*[，,]?\\s*其中[:：]?\\s*本年(?:收入|支出)");

    /** The sentence goes on, right after {@code words}, with 其中本年收入 / 其中本年支出. */
    private boolean partsIncludeThisYears(String words) {
        int at = currentSentence.indexOf(words);
        return at >= 0 && THIS_YEARS_PART.matcher(currentSentence).region(at + words.length(), currentSentence.length())
                .lookingAt();
    }

    private void ambiguous(String sentence, Hit hit, String why) {
        String words = sentence.substring(hit.start(), Math.min(sentence.length(), hit.end() + 20));
        context.reportUnplaced(ReadingRule.FIGURE_AMBIGUOUS, Section.DOCUMENT,
                "“" + SourceText.strip(words) + "”" + why + "，未读取", currentLine);
    }

    private static boolean compare(String sentence) {
        return COMPARE.foundIn(sentence);
    }

    /**
     * 收入较去年增加X万元 / 支出较上年减少X万元 / 收支较上年决算数增加X万元 — a change stated without its total: the change of
     * the revenue (expenditure) total read before it (收支: both grand totals).
     */
    private static final Pattern SUBJECTLESS = Pattern.compile(
            "^\\s*(?:[（(]?[一二三四五六七八九十\\d]{1,2}[)）、.．])?\\s*(?<s>收入|支出|收[、，,]?\\s*支)(?:总额|总量)?\\s*[，,]?\\s*(?=比|较|与|同比)");

    /** 与2019年相比，收、支各增加X元 / 与2014年相比，收入增加X万元 — the comparison first, then the subject and its change. */
    private static final Pattern SUBJECTLESS_LED = Pattern.compile(
            "^\\s*(?:与|同)\\s*(?:(?<y>\\d{4})\\s*年(?:度)?|上年(?:度)?|上一年|去年)(?:决算|预算)?(?:数)?相比\\s*[，,]?\\s*"
                    + "(?<s>收入|支出|收[、，,]?\\s*支)(?:总额|总量)?\\s*(?:各|均)?(?=增加|减少|增长|下降)");
    /** …收入增加134万元，主要原因是…。支出增加113万元: the next sentence goes on with the other side, the comparison unsaid. */
    private static final Pattern SUBJECTLESS_GOES_ON = Pattern.compile(
            "^\\s*(?<s>收入|支出)(?:总额|总量)?\\s*(?=增加|减少|增长|下降)");
    /** The sentence before was a {@link #SUBJECTLESS_LED} change. */
    private boolean previousLedChange;

    private void subjectlessChange(String sentence, int line, List<Value> values, boolean[] consumed, boolean compare) {
        Matcher m = SUBJECTLESS.matcher(sentence);
        boolean goesOn = previousLedChange;
        previousLedChange = false;
        if (compare && m.lookingAt()) {
            subjectlessChangeAt(m, sentence, line, values, consumed, -1);
            return;
        }
        Matcher led = SUBJECTLESS_LED.matcher(sentence);
        if (led.lookingAt() && (led.group("y") == null || year == null || Integer.parseInt(led.group("y")) < year)) {
            int had = candidates.size();
            subjectlessChangeAt(led, sentence, line, values, consumed, -1);
            previousLedChange = candidates.size() > had;
            // …收入增加6,800.07万元，增长216.7%；支出增加6,800.07万元: the other side in a later clause
            Matcher later = SUBJECTLESS_GOES_ON.matcher(sentence);
            for (int start = nextClause(sentence, 0); previousLedChange && start >= 0; start = nextClause(sentence, start)) {
                later.region(start, sentence.length());
                if (later.lookingAt()) {
                    subjectlessChangeAt(later, sentence, line, values, consumed, -1);
                }
            }
            return;
        }
        Matcher next = SUBJECTLESS_GOES_ON.matcher(sentence);
        if (goesOn && next.lookingAt()) {
            subjectlessChangeAt(next, sentence, line, values, consumed, -1);
        }
    }

    /**
     * 2024年支出合计177.03万元，其中：…；支出较去年增加34.74万元 — the same at the start of a later clause (after ；), of
     * the total read earlier in this sentence only (from candidate {@code from} on), with a value nothing else took.
     */
    private void clauseSubjectlessChange(String sentence, int line, List<Value> values, boolean[] consumed,
                                         boolean compare, int from) {
        if (!compare) {
            return;
        }
        Matcher m = SUBJECTLESS.matcher(sentence);
        for (int start = nextClause(sentence, 0); start >= 0; start = nextClause(sentence, start)) {
            m.region(start, sentence.length());
            if (m.lookingAt()) {
                subjectlessChangeAt(m, sentence, line, values, consumed, from);
            }
        }
    }

    /** 与2020年度相比，各增加29.6万元 — after a revenue and an expenditure total, each one's change. */
    private static final Pattern EACH_CHANGE = Pattern.compile(
            "(?:与|比|较)\\s*(?:(?<y>\\d{4})\\s*年(?:度)?|上年(?:度)?|上一年|去年)(?:决算|预算)?(?:数)?(?:相比)?\\s*[，,]?\\s*"
                    + "(?:各|均)\\s*(?:(?<up>增加|增长)|(?<down>减少|下降))\\s*$");

    /**
     * 收入总计1,151.41万元,支出总计1,151.41万元,与2020年度相比,各增加29.6万元: a change nothing took, stated for each of
     * the revenue and the expenditure total this sentence read before it.
     */
    private void eachChange(String sentence, int line, List<Value> values, boolean[] consumed, int from) {
        for (int v = 0; v < values.size(); v++) {
            Value value = values.get(v);
            MoneyUnit unit = MoneyUnit.fromLabel(value.unit());
            if (consumed[v] || value.same() || unit == null) {
                continue;
            }
            String lead = before(sentence, value.start(), 24);
            Matcher m = EACH_CHANGE.matcher(lead);
            if (!m.find() || m.group("y") != null && year != null && Integer.parseInt(m.group("y")) >= year) {
                continue;
            }
            Concept revenue = totalSince(from, Concept.REVENUE_TOTAL, Concept.REVENUE_GRAND_TOTAL);
            Concept expenditure = totalSince(from, Concept.EXPENDITURE_TOTAL, Concept.EXPENDITURE_GRAND_TOTAL);
            if (revenue == null || expenditure == null) {
                return;
            }
            BigDecimal yuan;
            try {
                yuan = Money.of(value.number(), unit).yuan();
            } catch (ArithmeticException e) {
                return;
            }
            yuan = m.group("down") != null ? yuan.negate() : yuan;
            String words = sentence.substring(value.start() - lead.length() + m.start(), value.end());
            consumed[v] = true;
            add(revenue, true, yuan, value.unit(), null, line, words, Role.CONCEPT);
            add(expenditure, true, yuan, value.unit(), null, line, words, Role.CONCEPT);
            return;
        }
    }

    /** The offset after the next ；/; of the sentence from {@code start}; -1 when there is none. */
    private static int nextClause(String sentence, int start) {
        for (int i = start; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '；' || c == ';') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The change after a subject 收入/支出/收支 matched by {@code m}; {@code from} ≥ 0: the total is this sentence's. */
    private void subjectlessChangeAt(Matcher m, String sentence, int line, List<Value> values, boolean[] consumed,
                                     int from) {
        for (int v = 0; v < values.size(); v++) {
            Value value = values.get(v);
            if (consumed[v] || value.start() < m.end()) {
                continue;
            }
            Glue glue = glues.of(sentence.substring(m.end(), value.start()));
            if (!glue.ok() || glue.budget() || glue.rate() || !(glue.direction() != 0 || value.same())) {
                return;
            }
            consumed[v] = true;
            String subject = m.group("s");
            List<Concept> concepts = new ArrayList<>();
            if (subject.equals("收入")) {
                Concept last = from < 0 ? lastTotal(Concept.REVENUE_TOTAL, Concept.REVENUE_GRAND_TOTAL)
                        : totalSince(from, Concept.REVENUE_TOTAL, Concept.REVENUE_GRAND_TOTAL);
                if (last != null) {
                    concepts.add(last);
                }
            } else if (subject.equals("支出")) {
                Concept last = from < 0 ? lastTotal(Concept.EXPENDITURE_TOTAL, Concept.EXPENDITURE_GRAND_TOTAL)
                        : totalSince(from, Concept.EXPENDITURE_TOTAL, Concept.EXPENDITURE_GRAND_TOTAL);
                if (last != null) {
                    concepts.add(last);
                }
            } else if (from >= 0) {
                return;
            } else {
                concepts.add(Concept.REVENUE_GRAND_TOTAL);
                concepts.add(Concept.EXPENDITURE_GRAND_TOTAL);
            }
            MoneyUnit unit = value.same() ? null : MoneyUnit.fromLabel(value.unit());
            if (!value.same() && unit == null) {
                return;
            }
            String words = sentence.substring(m.start("s"), value.end());
            for (Concept concept : concepts) {
                if (value.same()) {
                    add(concept, true, BigDecimal.ZERO, null, null, line, words, Role.CONCEPT);
                } else {
                    try {
                        BigDecimal yuan = Money.of(value.number(), unit).yuan();
                        add(concept, true, glue.direction() < 0 ? yuan.negate() : yuan, value.unit(), null, line, words,
                                Role.CONCEPT);
                    } catch (ArithmeticException e) {
                        return;
                    }
                }
            }
            return;
        }
    }

    /** The last of the two total concepts read from candidate {@code from} on (not a change); null when neither was. */
    private Concept totalSince(int from, Concept total, Concept grandTotal) {
        for (int i = candidates.size() - 1; i >= from; i--) {
            StatedFigure f = candidates.get(i);
            if (!f.change() && (f.concept() == total || f.concept() == grandTotal)) {
                return f.concept();
            }
        }
        return null;
    }

    /** The last of the two total concepts read so far (not a change); null when neither was. */
    private Concept lastTotal(Concept total, Concept grandTotal) {
        Concept found = null;
        int line = -1;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            StatedFigure f = candidates.get(i);
            if (line >= 0 && f.evidence().line() != line) {
                break;
            }
            if (!f.change() && (f.concept() == total || f.concept() == grandTotal)) {
                found = f.concept();
                line = f.evidence().line();
            }
        }
        return found;
    }

    /** 收、支总计均为X万元 / 收、支总计各是X、Y万元: the grand totals (of 财政拨款 when the words say so). */
    private void bothTotals(String sentence, int line, List<Value> values, boolean[] consumed) {
        QuickFind.Finder m = BOTH_TOTALS.in(sentence);
        while (m.find()) {
            bothTotals(sentence, line, values, consumed, m);
        }
    }

    /**
     * One statement of both totals: 收、支总计各为X / 财政拨款收支总预算X (one figure for both sides) and their changes
     * (收、支总计各增加X; …比2021年财政拨款收支总预算增加X — a 总预算 is one figure, its change both sides').
     */
    private void bothTotals(String sentence, int line, List<Value> values, boolean[] consumed, QuickFind.Finder m) {
        boolean fiscal = m.group("fiscal") != null;
        for (int v = 0; v < values.size(); v++) {
            if (values.get(v).start() >= m.start() && values.get(v).start() < m.end()) {
                consumed[v] = true;
            }
        }
        if (!fiscal && (specificArea() || sentence.substring(0, m.start()).contains("财政拨款"))) {
            return;
        }
        Matcher own = YEAR_RIGHT_BEFORE.matcher(before(sentence, m.start(), 10));
        if (year != null && own.find() && Integer.parseInt(own.group(1)) != year
                && !COMPARED_BEFORE.matcher(before(sentence, m.start(), 12)).find()) {
            return; // 本单位2026年收支总预算1291.68万元,2025 年收支总预算 846.48万元: another year's totals
        }
        if (m.group("up") == null && m.group("down") == null
                && COMPARED_BEFORE.matcher(before(sentence, m.start(), 12)).find()) {
            comparedTotalsChange(sentence, line, values, consumed, m.start(), m.end(), fiscal);
            return; // 与2019年度收、支总计4832.02万元相比: the year compared with, not this year's totals
        }
        String unitA = m.group("ua") != null ? m.group("ua") : m.group("ub");
        if (unitA == null) {
            return;
        }
        MoneyUnit a = MoneyUnit.fromLabel(unitA);
        String words = m.group();
        boolean change = m.group("up") != null || m.group("down") != null;
        boolean oneFigure = m.group().contains("总预算") || m.group().contains("预算总额") || m.group().contains("收支预算");
        if (!fiscal && oneFigure && kind == DisclosureKind.FINAL_ACCOUNTS) {
            return; // a final account's 收支总预算 is its budget, not its 决算 totals
        }
        // 收、支总计各增加X, 收入支出总计减少44.04万元, 较上年比较收、支总计增加777.71万元, 收支总预算增加X: the two totals
        // balance, so one change is both's — when it is on the prior year
        if (change && !priorYearChange(sentence, m.start())) {
            return;
        }
        int sign = m.group("down") != null ? -1 : 1;
        Concept revenue = fiscal ? Concept.FISCAL_REVENUE_TOTAL : Concept.REVENUE_GRAND_TOTAL;
        Concept expenditure = fiscal ? Concept.FISCAL_EXPENDITURE_TOTAL : Concept.EXPENDITURE_GRAND_TOTAL;
        try {
            Money first = Money.of(Figures.parseNumber(m.group("a")), a);
            context.sawUnit(a);
            BigDecimal signed = BigDecimal.valueOf(sign);
            add(revenue, change, first.yuan().multiply(signed), unitA, null, line, words, Role.CONCEPT);
            if (m.group("b") != null) {
                MoneyUnit b = MoneyUnit.fromLabel(m.group("ub"));
                add(expenditure, change, Money.of(Figures.parseNumber(m.group("b")), b).yuan().multiply(signed),
                        m.group("ub"), null, line, words, Role.CONCEPT);
            } else {
                add(expenditure, change, first.yuan().multiply(signed), unitA, null, line, words, Role.CONCEPT);
                if (!change) {
                    bothTotalsChange(sentence, line, values, consumed, m.start(), m.end(), revenue, expenditure);
                }
            }
        } catch (ArithmeticException e) {
            // finer than a fen: not a figure
        }
    }

    /** True when a year other than the document's stands right before the term (2016年度基本支出), not one compared with. */
    private boolean anotherYearsTerm(String sentence, Hit hit) {
        if (year == null || hit.start() == 0) {
            return false;
        }
        if (PRIOR_YEAR_OWNING_TERM.matcher(before(sentence, hit.start(), 6)).find()) {
            return true; // 本年收入合计120万元，上年收入合计100万元: the 100 is the year before's
        }
        Matcher own = YEAR_OWNING_TERM.matcher(before(sentence, hit.start(), 10));
        return own.find() && Integer.parseInt(own.group(1)) != year
                && !COMPARED_BEFORE.matcher(before(sentence, hit.start(), 12)).find();
    }

    /** 上年 / 上年度 right before a term, not compared with (比上年, 较上年度): the year before's figure. */
    private static final Pattern PRIOR_YEAR_OWNING_TERM = Pattern.compile("(?<![比较与同于和])(?:" + PRIOR_YEAR + ")(?:的)?\\s*$");

    /** A year right before a term (2016年度基本支出, 2020年有政府性基金预算财政拨款收入): the year whose figure it is. */
    private static final Pattern YEAR_OWNING_TERM = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:度)?\\s*(?:有|的)?\\s*$");

    /** A year right before a statement of both totals (2025 年收支总预算): whose totals they are. */
    private static final Pattern YEAR_RIGHT_BEFORE = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:度)?\\s*$");

    /** Right before a statement of both totals: 与2019年度 / 比上年 / 较去年决算 — the totals compared with. */
    private static final Pattern COMPARED_BEFORE = Pattern.compile(
            "(?:与|比|较|同)\\s*(?:\\d{4}\\s*年(?:度)?|上年(?:度)?|上一年|去年)(?:决算|预算)?(?:数)?(?:的)?\\s*$");
    /** After the compared year's totals: 相比各增加669.6万元 — the change of both totals. */
    private static final Pattern COMPARED_CHANGE = Pattern.compile(
            "^\\s*(?:相比|比较)\\s*[，,]?\\s*(?:各|均|分别)(?:(?<up>增加|增长)|(?<down>减少|下降))\\s*"
                    + "(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,20})(?<f>\\.\\d{1,8})?\\s*(?<u>亿元|万元|元)");

    /** 与2019年度收、支总计4832.02万元相比各增加669.6万元: after the compared totals, the change of both this year's. */
    private void comparedTotalsChange(String sentence, int line, List<Value> values, boolean[] consumed, int start,
            int end, boolean fiscal) {
        Matcher c = COMPARED_CHANGE.matcher(sentence).region(end, sentence.length());
        if (c.lookingAt()) {
            addBothChanges(c, sentence, line, values, consumed, start, end,
                    fiscal ? Concept.FISCAL_REVENUE_TOTAL : Concept.REVENUE_GRAND_TOTAL,
                    fiscal ? Concept.FISCAL_EXPENDITURE_TOTAL : Concept.EXPENDITURE_GRAND_TOTAL);
        }
    }

    /**
     * The change matched by {@code c} (groups n, f, u, down) as the change of both totals, its words from {@code start};
     * the values from {@code end} to the match's end are consumed.
     */
    private void addBothChanges(Matcher c, String sentence, int line, List<Value> values, boolean[] consumed, int start,
            int end, Concept revenue, Concept expenditure) {
        MoneyUnit unit = MoneyUnit.fromLabel(c.group("u"));
        BigDecimal number = Figures.parseNumber(c.group("n") + (c.group("f") != null ? c.group("f") : ""));
        BigDecimal yuan;
        try {
            yuan = Money.of(number, unit).yuan();
        } catch (ArithmeticException e) {
            return; // finer than a fen: not a figure
        }
        yuan = c.group("down") != null ? yuan.negate() : yuan;
        for (int v = 0; v < values.size(); v++) {
            if (values.get(v).start() >= end && values.get(v).start() < c.end()) {
                consumed[v] = true;
            }
        }
        String words = sentence.substring(start, c.end());
        add(revenue, true, yuan, c.group("u"), null, line, words, Role.CONCEPT);
        add(expenditure, true, yuan, c.group("u"), null, line, words, Role.CONCEPT);
    }

    private static final QuickFind VERSUS_BUDGET = QuickFind.of("(?:比|较|与)\\s*(?:年初|全年|调整后)?预算", "比较与");

    /**
     * A change stated at {@code at} is on the prior year: its clause (from the last ；) compares with the prior year
     * before it, or the sentence does and compares with no budget (与年初预算相比，…各增加X；与上年决算相比，…各增加Y).
     */
    private static boolean priorYearChange(String sentence, int at) {
        int clause = Math.max(sentence.lastIndexOf('；', at), sentence.lastIndexOf(';', at)) + 1;
        String before = sentence.substring(clause, at);
        if (COMPARE.foundIn(before)) {
            return true;
        }
        return !VERSUS_BUDGET.foundIn(before) && compare(sentence) && !VERSUS_BUDGET.foundIn(sentence);
    }

    /** Right after one figure for both totals: ，比上年增加5183.56万元 (the change of that one figure). */
    private static final Pattern BOTH_TOTALS_CHANGE = Pattern.compile(
            "^\\s*[，,]?\\s*(?:比|较|与)\\s*(?:上年度|上年|上一年|去年|(?<y>\\d{4})\\s*年(?:度)?)(?:年初)?(?:决算|预算)?(?:数)?(?:相比)?[，,]?\\s*"
                    + "(?:(?<up>增加|增长)|(?<down>减少|下降))\\s*(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,20})(?<f>\\.\\d{1,8})?\\s*(?<u>亿元|万元|元)");

    /**
     * 收、支总计16369.38万元，比上年增加5183.56万元: one figure for both totals and its change, both totals' change.
     */
    private void bothTotalsChange(String sentence, int line, List<Value> values, boolean[] consumed, int start, int end,
            Concept revenue, Concept expenditure) {
        Matcher c = BOTH_TOTALS_CHANGE.matcher(sentence).region(end, sentence.length());
        if (!c.lookingAt() || c.group("y") != null && (year == null || Integer.parseInt(c.group("y")) >= year)) {
            return; // 比2012年年初预算增加X in the 2013 budget: on the prior year; 比2013年预算 would be against its own
        }
        addBothChanges(c, sentence, line, values, consumed, start, end, revenue, expenditure);
    }
}
