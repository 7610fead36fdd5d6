package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Concept;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one lexicon of what disclosures name: every term (synonyms as regular expressions) with the concept it
 * states, documented in docs/reading.md. A term without a concept ({@link Role#BLOCK}) is known on purpose so that
 * a shorter term inside it does not match (财政拨款支出 is not 支出…). {@link Role#CHILD} terms (基本支出, 人员经费…)
 * belong to the expenditure they are part of: the whole expenditure or the 一般公共预算 one, decided by the sentence
 * and the section. {@link Role#HEADLINE} (收入预算总额…) is the year's revenue or the revenue with carry-overs,
 * decided by whether the document states a carry-over.
 */
final class Lexicon {

    /** How a term's figure is placed. */
    enum Role { CONCEPT, CHILD, HEADLINE, BLOCK, FUND_REVENUE }

    /** Which expenditure a part-of term (基本支出…) belongs to, as far as a term tells. */
    enum Family { NONE, EXPENDITURE, GPB, FISCAL, OTHER_FUND, THREE_PUBLIC }

    /** In which kinds of document a term means its concept. */
    enum Kinds { BOTH, BUDGET_ONLY, FINAL_ONLY }

    /**
     * One term. {@code generic}: the words name a concept only outside the sections of a particular fund or topic
     * (收入总计 in a 财政拨款 section is the fiscal total, not the department's).
     */
    record Term(Pattern pattern, Role role, Concept concept, Concept gpbConcept, Family family, Kinds kinds,
                boolean generic, String source) {
    }

    /**
     * Before a generic total (支出预算, 收入合计…): not a Han character that makes it an item's total (工资福利支出预算,
     * 社会保障和就业支出预算); the department's own (2024年, 部门, 单位, 本级…, 我院 / 本局: a department naming itself) and the start of a clause are fine.
     */
    static final String NOT_ITEM = "(?:(?<=[我本][院局委校馆所站办])|(?<![\\u4e00-\\u9fa5&&[^年度初门位本级部总的和及与、收入中为是款占比较]]))";

    /** Not the second half of a joint subject (收入、支出…, 收、支…). */
    private static final String NOT_JOINT = "(?<!收入[、，,和与及])(?<!收[、，,])";

    /** What may stand right before a bare 收入 / 支出 that is the unit's: the unit itself or the document's year. */
    static final String LOOSE_SUBJECT = "(?:本单位|我单位|单位|本部门|我部门|我镇|我乡|我局|我校|我院|我园|本年度|(?<![上去前全当今明往])年度?)的?";

    /** The sources of the terms that need a “三公” context (filled by {@link #build()}). */
    static final java.util.Set<String> THREE_PUBLIC_ONLY = new java.util.HashSet<>();
    /** The sources of the bare names of the vehicles' parts (filled by {@link #build()}). */
    static final java.util.Set<String> VEHICLE_PARTS = new java.util.HashSet<>();

    /** The vehicles' spending or one of its parts: what a bare 购置费 / 运行费 may follow. */
    static boolean isVehicleSpending(Concept concept) {
        return concept == Concept.THREE_PUBLIC_VEHICLES || concept == Concept.THREE_PUBLIC_VEHICLE_PURCHASE
                || concept == Concept.THREE_PUBLIC_VEHICLE_OPERATION;
    }

    private static final String Q = "[“\"”‘’'〝〞「」]?";
    /** A whole area of a government (全市一般公共预算收入: the city's, not a department's). */
    private static final String WHOLE_AREA = "全市|全省|全县|全区|全镇|全乡|全州|全旗";
    /** A government's general budget, by its names since 2015 and before, with 财政 optional after it. */
    private static final String GOVERNMENT_BUDGET = "(?:一般公共预算|公共财政预算|公共财政|一般预算)(?:财政)?";
    static final List<Term> TERMS = build();
    /** All terms as one alternation, one capturing group per term in lexicon order (leftmost, then first listed). */
    static final Pattern ANY_TERM = combined(TERMS);
    /** For each of {@link #FIRST_CHARACTERS}, the terms that can start with it, in lexicon order; null for none. */
    private static final StartingWith[] STARTING_WITH = startingWith(TERMS);
    /** For each character, 1 + its index in {@link #FIRST_CHARACTERS}; 0 for a character no term starts with. */
    private static final byte[] FIRST_INDEX = firstIndex();

    private Lexicon() {
    }

    private static List<Term> build() {
        List<Term> t = new ArrayList<>();
        // 事业收入安排支出30万元 / 使用上年结转资金安排支出50万元: the spending a source pays for, not that source's revenue
        // (which may differ by what is carried over)
        block(t, "(?:上级补助|事业|经营|其他|附属单位上缴)收入(?:资金)?安排的?支出|上年结转(?:和结余)?(?:资金)?安排的?支出",
                Family.NONE);
        // 全市一般公共预算收入1243.1亿元 / 地方公共财政预算收入388.40万元: a government's own budget revenue or spending, not
        // a department's appropriation
        block(t, "(?:" + WHOLE_AREA + "|全国|地方|(?:省|市|县|区)(?:级|本级))级?" + GOVERNMENT_BUDGET + "(?:收入|支出)",
                Family.NONE);
        // 全镇本级一般公共预算收入实现111.11万元 / 由一般公共预算收入111.11万元，加上级补助收入…: a government's own revenue
        // (taxes and fees) in its own fiscal report; its 一般公共预算支出 is its spending and stays read
        // (chongqing-tongliang-xiaolin-town-2022-final-excerpt, held-out batch 45)
        block(t, "(?:" + WHOLE_AREA + ")本级" + GOVERNMENT_BUDGET + "收入"
                + "|(?:一般公共预算|公共财政预算)收入(?=实现|\\s*[\\d.,，]+\\s*(?:万元|亿元|元)\\s*[,，]\\s*加上)", Family.NONE);
        // 政府性基金收入上级补助收入0万元: a fund budget's transfer from above, not the department's 上级补助收入
        block(t, "政府性基金(?:预算)?收入(?:中)?[,，:：]?上级补助收入", Family.NONE);
        // 财政拨款 (all fiscal appropriations)
        concept(t, "财政拨款收入(?:决算|预算)?总计|财政拨款(?:决算|预算)收入总计|财政拨款收入总预算", Concept.FISCAL_REVENUE_TOTAL,
                Family.FISCAL);
        concept(t, "财政拨款支出(?:决算|预算)?总计|财政拨款(?:决算|预算)支出总计", Concept.FISCAL_EXPENDITURE_TOTAL, Family.FISCAL);
        concept(t, "一般公共(?:预算)?财政(?:拨款)?收入|一般预算(?:财政)?拨款收入", Concept.REVENUE_GENERAL_PUBLIC_BUDGET,
                Family.NONE); // 一般预算: the 一般公共预算's name before 2015
        // 财政补助收入: the 事业单位's name of its fiscal appropriation before 2019 (not 非财政补助收入, 公共财政补助收入)
        concept(t, "财政拨款收入(?!支出)|(?<![非共级])财政补助收入", Concept.REVENUE_FISCAL_APPROPRIATION, Family.NONE);
        // 收入预算X万元，其中：财政拨款Y万元: a bare 财政拨款 with its amount, in a list of revenue, is that revenue
        // (not 上级财政拨款, 经费财政拨款…: words before it make it another's)
        fundRevenue(t, "(?<![\\u4e00-\\u9fa5&&[^年中为是其含算]])财政拨款(?=\\s*(?:为|是)?\\s*\\d)", Concept.REVENUE_FISCAL_APPROPRIATION,
                Family.FISCAL);
        // 非同级财政拨款(预算)收入: money granted by another level's finance, neither this level's 财政拨款 nor the year's total
        block(t, "非同级财政拨款(?:预算)?(?:收入)?", Family.NONE);
        block(t, "财政拨款(?:收支|收入支出)(?:总体情况|决算|预算)?|财政拨款支出(?:决算|预算)?(?:总体情况)?|财政拨款(?:资金)?(?:安排)?",
                Family.FISCAL);
        // 一般公共预算
        concept(t, "一般公共预算(?:财政)?拨款基本支出|一般公共预算基本支出", Concept.GPB_EXPENDITURE_BASIC, Family.GPB);
        concept(t, "一般公共预算(?:财政)?拨款项目支出|一般公共预算项目支出", Concept.GPB_EXPENDITURE_PROJECT, Family.GPB);
        // 一般公共预算拨款安排支出2031万元: the spending of the fund's appropriation, not its revenue
        concept(t, "一般公共预算(?:财政)?(?:拨款)?(?:安排的?)?支出", Concept.GPB_EXPENDITURE_TOTAL, Family.GPB);
        concept(t, "一般公共预算(?:财政)?拨款收入|一般公共预算收入|一般公共预算拨款(?![支收基项安])",
                Concept.REVENUE_GENERAL_PUBLIC_BUDGET, Family.NONE);
        fundRevenue(t, "一般公共预算财政拨款(?![本收支基项“\"”安结的])", Concept.REVENUE_GENERAL_PUBLIC_BUDGET, Family.GPB);
        // 一般公共预算本年收入77.82万元 (a 收支总表's fund column named in prose); 公共预算拨款 (一般 left out)
        concept(t, "一般公共预算(?:财政拨款)?本年收入|(?<!一般)公共预算(?:财政)?拨款收入", Concept.REVENUE_GENERAL_PUBLIC_BUDGET, Family.NONE);
        fundRevenue(t, "(?<!一般)公共预算(?:财政)?拨款(?![收支基项“\"”安结的])", Concept.REVENUE_GENERAL_PUBLIC_BUDGET, Family.GPB);
        block(t, "一般公共预算(?:财政拨款)?", Family.GPB);
        // 公共财政(预算): the 一般公共预算's name before 2015
        concept(t, "公共财政(?:预算)?(?:拨款)?收入", Concept.REVENUE_GENERAL_PUBLIC_BUDGET, Family.NONE);
        fundRevenue(t, "公共财政(?:预算)?拨款(?![收支基项“\"”安结的])", Concept.REVENUE_GENERAL_PUBLIC_BUDGET, Family.GPB);
        // other funds
        concept(t, "政府性基金预算(?:财政)?(?:拨款)?收入|政府性基金预算(?:财政拨款)?本年收入|政府性基金(?:拨款)?收入|基金预算(?:拨款)?收入",
                Concept.REVENUE_GOVERNMENT_FUND, Family.NONE);
        concept(t, "政府性基金预算(?:财政)?(?:拨款)?(?:安排的?)?支出|政府性基金支出|(?<!一般公共)基金预算(?:财政)?(?:拨款)?支出", Concept.GOVERNMENT_FUND_EXPENDITURE_TOTAL,
                Family.OTHER_FUND);
        concept(t, "国有资本经营预算(?:财政)?(?:拨款)?收入|国有资本经营收入", Concept.REVENUE_STATE_CAPITAL, Family.NONE);
        concept(t, "国有资本经营预算(?:财政)?(?:拨款)?(?:安排的?)?支出|国有资本经营支出", Concept.STATE_CAPITAL_EXPENDITURE_TOTAL,
                Family.OTHER_FUND);
        fundRevenue(t, "政府性基金(?:预算)?(?:财政)?拨款(?![收支安结的])", Concept.REVENUE_GOVERNMENT_FUND, Family.OTHER_FUND);
        fundRevenue(t, "国有资本经营预算(?:财政)?拨款(?![收支安结的])", Concept.REVENUE_STATE_CAPITAL, Family.OTHER_FUND);
        block(t, "政府性基金(?:预算)?(?:财政拨款)?|国有资本经营(?:预算)?(?:财政拨款)?", Family.OTHER_FUND);
        // 财政专户管理资金安排支出7万元: spending from the account, not its revenue
        block(t, "财政专户(?:管理)?(?:资金|拨款)安排的?支出", Family.NONE);
        concept(t, "财政专户管理资金(?:收入)?|财政专户核拨(?:收入)?|财政专户收入|财政专户资金|财政专户拨款(?:收入)?|专户管理的事业收入|纳入(?:财政)?专户管理的(?:非税|事业)?收入", Concept.REVENUE_SPECIAL_ACCOUNT,
                Family.NONE);
        // revenue of the department
        concept(t, "本年收入合计|本年收入(?!支出)", Concept.REVENUE_TOTAL, Family.NONE, Kinds.BOTH, true);
        concept(t, NOT_ITEM + "收入总计", Concept.REVENUE_GRAND_TOTAL, Family.NONE, Kinds.BOTH, true);
        concept(t, "收入决算总计|决算收入总计", Concept.REVENUE_GRAND_TOTAL, Family.NONE, Kinds.FINAL_ONLY, true);
        concept(t, NOT_ITEM + "收入合计", Concept.REVENUE_TOTAL, Family.NONE, Kinds.BOTH, true);
        // 总收入 is 收入总计 in some templates (2021年度总收入581.45万元，其中本年收入390.55万元…) and the year's revenue in
        // others (总收入6628.72万元，其中：财政补助收入…，事业收入…): a headline, the grand total only with a stated carry-over
        t.add(term("(?<!预算)总收入", Role.HEADLINE, Concept.REVENUE_TOTAL, null, Family.NONE, Kinds.BOTH, true));
        concept(t, NOT_ITEM + "(?:预算收入|收入预算(?!总额|总计))", Concept.REVENUE_TOTAL, Family.NONE, Kinds.BUDGET_ONLY, true);
        concept(t, "决算收入", Concept.REVENUE_TOTAL, Family.NONE, Kinds.FINAL_ONLY, true);
        // 2015年共收入639.70万元 / 2016年部门收入5649006.18元: the year's or with carry-overs, as 总收入
        t.add(term("共收入|(?<![\\u4e00-\\u9fa5&&[^年度]])部门收入(?![预决总合计])", Role.HEADLINE, Concept.REVENUE_TOTAL, null,
                Family.NONE, Kinds.BOTH, true));
        // 本單位收入為1687.45萬元 / 2018年收入737615447元: a bare 收入 after its subject or year, a loose headline like 共收入
        t.add(term(LOOSE_SUBJECT + "收入(?=\\s*(?:为|是)?\\s*\\d)", Role.HEADLINE, Concept.REVENUE_TOTAL, null,
                Family.NONE, Kinds.BOTH, true));
        t.add(term("收入预算总额|预算总收入|收入预算总计|收入总预算|收入总额", Role.HEADLINE,
                Concept.REVENUE_TOTAL, null, Family.NONE, Kinds.BUDGET_ONLY, true));
        // 2014年收入决算545.41万元，其中：财政拨款收入318.61万元，其他收入226.80万元: a final account's headline
        t.add(term("(?<![\\u4e00-\\u9fa5&&[^年度]])收入决算(?![总合情表说结数])", Role.HEADLINE,
                Concept.REVENUE_TOTAL, null, Family.NONE, Kinds.FINAL_ONLY, true));
        concept(t, "年初结转和结余|年初结转结余|上年结转(?:和结余|结余)?(?:资金)?(?:收入)?|上年结余(?:和?结转|结[（(]转[)）])?(?:资金)?(?:收入)?|往年(?:非税)?结余(?:指标|资金)?", Concept.REVENUE_CARRIED_FORWARD,
                Family.NONE, Kinds.BOTH, true);
        concept(t, "使用非财政拨款结余(?:和专用结余)?", Concept.REVENUE_USE_OF_NON_FISCAL_BALANCE, Family.NONE);
        concept(t, "事业收入", Concept.REVENUE_BUSINESS, Family.NONE);
        concept(t, "事业单位经营收入|经营收入", Concept.REVENUE_OPERATING, Family.NONE);
        concept(t, "上级(?:单位)?补助收入", Concept.REVENUE_SUPERIOR_SUBSIDY, Family.NONE);
        concept(t, "附属单位上缴收入", Concept.REVENUE_SUBORDINATE_REMITTANCE, Family.NONE);
        concept(t, "其他来源收入|其他各项收入|其他收入|其它收入", Concept.REVENUE_OTHER, Family.NONE, Kinds.BOTH, true);
        // expenditure of the department
        concept(t, "本年支出合计|本年支出", Concept.EXPENDITURE_TOTAL, Family.EXPENDITURE, Kinds.BOTH, true);
        // 收入、支出决算总计665.96万元: one figure for both sides together (here their sum), not the 支出总计 alone
        concept(t, NOT_JOINT + NOT_ITEM + "支出总计", Concept.EXPENDITURE_GRAND_TOTAL, Family.EXPENDITURE, Kinds.BOTH, true);
        concept(t, NOT_JOINT + "(?:支出决算总计|决算支出总计)", Concept.EXPENDITURE_GRAND_TOTAL, Family.EXPENDITURE, Kinds.FINAL_ONLY, true);
        concept(t, NOT_ITEM + "支出合计", Concept.EXPENDITURE_TOTAL, Family.EXPENDITURE, Kinds.BOTH, true);
        // 总支出: a budget's expenditure; a final account's 支出总计 when it balances a grand total of revenue, else not
        // known (a headline)
        t.add(term("(?<!预算)总支出", Role.HEADLINE, Concept.EXPENDITURE_TOTAL, null, Family.EXPENDITURE, Kinds.BOTH,
                true));
        concept(t, NOT_ITEM + "预算总支出", Concept.EXPENDITURE_TOTAL, Family.EXPENDITURE, Kinds.BUDGET_ONLY, true);
        t.add(term("共支出|(?<![\\u4e00-\\u9fa5&&[^年度]])部门支出(?![预决总合计])", Role.HEADLINE, Concept.EXPENDITURE_TOTAL, null,
                Family.EXPENDITURE, Kinds.BOTH, true));
        t.add(term(LOOSE_SUBJECT + "支出(?=\\s*(?:为|是)?\\s*\\d)", Role.HEADLINE, Concept.EXPENDITURE_TOTAL, null,
                Family.EXPENDITURE, Kinds.BOTH, true));
        concept(t, NOT_ITEM + "(?:预算支出|支出预算(?:总额|总计)?|支出总预算)", Concept.EXPENDITURE_TOTAL, Family.EXPENDITURE,
                Kinds.BUDGET_ONLY, true);
        child(t, "基本支出", Concept.EXPENDITURE_BASIC, Concept.GPB_EXPENDITURE_BASIC);
        child(t, "项目支出", Concept.EXPENDITURE_PROJECT, Concept.GPB_EXPENDITURE_PROJECT);
        child(t, "人员经费|人员支出", Concept.EXPENDITURE_PERSONNEL, Concept.GPB_EXPENDITURE_PERSONNEL);
        child(t, "日常公用经费|公用经费|公用支出", Concept.EXPENDITURE_PUBLIC_USE, Concept.GPB_EXPENDITURE_PUBLIC_USE);
        concept(t, "上缴上级支出", Concept.EXPENDITURE_REMIT_TO_SUPERIOR, Family.EXPENDITURE);
        concept(t, "经营支出", Concept.EXPENDITURE_OPERATING, Family.EXPENDITURE);
        concept(t, "对(?:附属|下级)单位补助支出", Concept.EXPENDITURE_SUBSIDY_TO_SUBORDINATE, Family.EXPENDITURE);
        concept(t, "年末结转和结余|年末结转结余", Concept.EXPENDITURE_CARRIED_OVER, Family.NONE, Kinds.BOTH, true);
        concept(t, "结余分配", Concept.EXPENDITURE_BALANCE_DISTRIBUTION, Family.NONE, Kinds.BOTH, true);
        // “三公”经费
        // “三公”支出合计为9615.12万元: the 三公 named without 经费 before what is said of them
        concept(t, Q + "三公" + Q + "(?:经费" + Q + "|(?=支出|开支|决算|预算))", Concept.THREE_PUBLIC_TOTAL, Family.THREE_PUBLIC);
        concept(t, "因公出国[（(]境[）)](?:经费|费用|费)?费?|因公出国(?:经费|费用|费)?", Concept.THREE_PUBLIC_OUTBOUND_TRAVEL,
                Family.THREE_PUBLIC);
        threePublicOnly(t, "出国[（(]境[）)](?:经费|费用|费)|出国出境(?:经费|费用|费)", Concept.THREE_PUBLIC_OUTBOUND_TRAVEL);
        threePublicOnly(t, "车辆购置(?:及|和)运行(?:维护)?(?:经费|费用|费)", Concept.THREE_PUBLIC_VEHICLES);
        threePublicOnly(t, "车辆购置(?:经费|费用|费|支出)", Concept.THREE_PUBLIC_VEHICLE_PURCHASE);
        threePublicOnly(t, "车辆运行(?:维护)?(?:经费|费用|费)", Concept.THREE_PUBLIC_VEHICLE_OPERATION);
        // 公务车 / 公务车辆: 公务用车 (公务车购置经费159万元, 公务车辆运行2016年预算25万元)
        concept(t, "公务(?:用车|车辆|车)购置(?:及|和)运(?:行)?(?:维护|维修|维)?(?:经费|费用|费)?|公车购置(?:及|和)运行(?:维护)?费?"
                + "|公务用车运行(?:维护)?费(?:及|和)(?:公务用车)?购置费|公务用车运行(?:维护)?(?:及|和)购置(?:经费|费用|费)|公务用车(?:经)?费(?:用)?(?![\\u4e00-\\u9fa5&&[^支共合为是增减比较预决]])",
                Concept.THREE_PUBLIC_VEHICLES, Family.THREE_PUBLIC);
        // 公务用车购置及运行费12万元，其中：购置费0万元，运行费12万元: the parts named bare, right after the vehicles
        vehiclePart(t, "购置(?:经费|费用|费)", Concept.THREE_PUBLIC_VEHICLE_PURCHASE);
        vehiclePart(t, "运行(?:维护)?(?:经费|费用|费)", Concept.THREE_PUBLIC_VEHICLE_OPERATION);
        concept(t, "公务用车购置费?(?![及和])|公务(?:车辆|车)购置(?:经费|费用|费)(?![及和])|公车购置(?:经费|费用|费)(?![及和])",
                Concept.THREE_PUBLIC_VEHICLE_PURCHASE,
                Family.THREE_PUBLIC);
        // 公务用车运行费维护费32.5万元: a misprint of 运行维护费
        concept(t, "公务用车运行费维护(?:经费|费用|费)|公务(?:用车|车辆|车)(?:[（(][^（()）\\d]{1,12}[)）])?运(?:行|转)(?:及)?(?:维护|维修)?(?:经费|费用|费)?|公务用车维护(?:经费|费用|费)|公车运行(?:及)?(?:维护|维修)?(?:经费|费用|费)?",
                Concept.THREE_PUBLIC_VEHICLE_OPERATION, Family.THREE_PUBLIC);
        // 公务招待费: the reception's older name
        concept(t, "公务接待(?:经费|费用|费)?|公务招待(?:经费|费用|费)", Concept.THREE_PUBLIC_RECEPTION, Family.THREE_PUBLIC);
        // others
        concept(t, "机关运行经费", Concept.OPERATING_COST_TOTAL, Family.NONE);
        concept(t, "政府采购(?:支出|预算|合同)?(?:总额|总计|合计|金额)|政府采购(?:支出|预算)", Concept.PROCUREMENT_TOTAL,
                Family.NONE);
        concept(t, "(?:政府采购)?货物类?(?:采购)?(?:支出|预算)?", Concept.PROCUREMENT_GOODS, Family.NONE);
        concept(t, "(?:政府采购)?工程类?(?:采购)?(?:支出|预算)?", Concept.PROCUREMENT_WORKS, Family.NONE);
        concept(t, "(?:政府采购)?服务类?(?:采购)?(?:支出|预算)?", Concept.PROCUREMENT_SERVICES, Family.NONE);
        concept(t, "授予中小企业(?:的)?(?:合同)?(?:金额|总额)?", Concept.PROCUREMENT_SME_AWARDED, Family.NONE);
        block(t, "政府购买服务|购买服务", Family.NONE);
        block(t, "授予小微企业(?:的)?(?:合同)?(?:金额|总额)?|面向中小企业(?:预留)?", Family.NONE);
        concept(t, "资产总额|资产总值", Concept.ASSETS_TOTAL_VALUE, Family.NONE);
        return List.copyOf(t);
    }

    /** Every character a term can start with: positions with another character are skipped at once. */
    static final String FIRST_CHARACTERS = "我单全地省市县区总一上事人使公其决因国基对年授支收政日本机经结财购资运附非面项预三往共部纳专货工服出车“\"”‘’'〝〞「」";

    /** A term found in a text: where it stands and which term it is. */
    record Found(int start, int end, Term term) {
    }

    /**
     * The terms of a text from left to right, exactly as {@link #ANY_TERM} finds them one after another (the
     * leftmost, then the first listed, the next search after its end), but each position tries only the terms that
     * can start with its character instead of the whole alternation: the reader's hottest loop.
     */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[STARTING_WITH.length];
        int length = text.length();
        int at = 0;
        while (at < length) {
            int first = FIRST_INDEX[text.charAt(at)] - 1;
            StartingWith candidates = first < 0 ? null : STARTING_WITH[first];
            if (candidates == null || at + 1 < length && !candidates.mayContinueWith(text.charAt(at + 1))) {
                at++;
                continue;
            }
            Matcher m = matchers[first];
            if (m == null) {
                m = candidates.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[first] = m;
            }
            m.region(at, length);
            if (!m.lookingAt() || m.end() == at) {
                at++;
                continue;
            }
            int group = 1;
            while (m.start(group) < 0) {
                group++;
            }
            found.add(new Found(at, m.end(), candidates.terms().get(group - 1)));
            at = m.end();
        }
        return found;
    }

    private static byte[] firstIndex() {
        byte[] index = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i < FIRST_CHARACTERS.length(); i++) {
            index[FIRST_CHARACTERS.charAt(i)] = (byte) (i + 1);
        }
        return index;
    }

    /**
     * The terms that can start with one character, as one alternation with a group per term, and the characters a
     * match can go on with after it ({@code anySecond}: any; else the sorted {@code seconds}): most positions of a
     * text whose character starts a term (公, 支, 年 …) are followed by one no term goes on with, and are skipped
     * without running the alternation.
     */
    record StartingWith(Pattern pattern, List<Term> terms, boolean anySecond, char[] seconds) {

        boolean mayContinueWith(char c) {
            return anySecond || java.util.Arrays.binarySearch(seconds, c) >= 0;
        }
    }

    /** Characters outside the terms' own that a character class of a term could match: probed for “any”. */
    private static final String SENTINELS = "鑫a5 ，,。\n\t（(“\"”、：:；;-.%";

    private static StartingWith startingWith(Pattern pattern, List<Term> terms, char first, String alphabet) {
        Matcher alone = pattern.matcher(String.valueOf(first));
        boolean any = alone.lookingAt() && alone.end() > 0;
        java.util.TreeSet<Character> seconds = new java.util.TreeSet<>();
        for (int i = 0; i < alphabet.length() && !any; i++) {
            char c = alphabet.charAt(i);
            Matcher m = pattern.matcher(new String(new char[] {first, c}));
            if (m.lookingAt() || m.hitEnd()) {
                seconds.add(c);
            }
        }
        for (int i = 0; i < SENTINELS.length() && !any; i++) {
            char c = SENTINELS.charAt(i);
            Matcher m = pattern.matcher(new String(new char[] {first, c}));
            if ((m.lookingAt() || m.hitEnd()) && alphabet.indexOf(c) < 0) {
                any = true; // a class or wildcard: the second character is not known
            }
        }
        char[] sorted = new char[seconds.size()];
        int n = 0;
        for (char c : seconds) {
            sorted[n++] = c;
        }
        return new StartingWith(pattern, List.copyOf(terms), any, sorted);
    }

    /** Every character written in a term's pattern: what a term can go on with, but for classes and wildcards. */
    private static String alphabet(List<Term> terms) {
        java.util.TreeSet<Character> chars = new java.util.TreeSet<>();
        for (Term term : terms) {
            for (char c : term.source().toCharArray()) {
                chars.add(c);
            }
        }
        for (char c : FIRST_CHARACTERS.toCharArray()) {
            chars.add(c);
        }
        StringBuilder out = new StringBuilder();
        chars.forEach(out::append);
        return out.toString();
    }

    /**
     * Which terms can start with each first character: those whose pattern, given that one character, matches it
     * or runs out of text wanting more ({@link Matcher#hitEnd()}).
     */
    private static StartingWith[] startingWith(List<Term> terms) {
        StartingWith[] table = new StartingWith[FIRST_CHARACTERS.length()];
        String alphabet = alphabet(terms);
        for (int i = 0; i < table.length; i++) {
            String first = String.valueOf(FIRST_CHARACTERS.charAt(i));
            List<Term> starting = new ArrayList<>();
            for (Term term : terms) {
                Matcher m = term.pattern().matcher(first);
                if (m.lookingAt() || m.hitEnd()) {
                    starting.add(term);
                }
            }
            table[i] = starting.isEmpty() ? null
                    : startingWith(combined(starting, ""), starting, FIRST_CHARACTERS.charAt(i), alphabet);
        }
        return table;
    }

    private static Pattern combined(List<Term> terms) {
        return combined(terms, "(?=[" + FIRST_CHARACTERS + "])");
    }

    private static Pattern combined(List<Term> terms, String guard) {
        StringBuilder regex = new StringBuilder(guard + "(?:");
        for (int i = 0; i < terms.size(); i++) {
            regex.append(i == 0 ? "" : "|").append('(').append(terms.get(i).source()).append(')');
        }
        Pattern pattern = Pattern.compile(regex.append(')').toString());
        if (pattern.matcher("").groupCount() != terms.size()) {
            throw new IllegalStateException("a lexicon term has a capturing group");
        }
        return pattern;
    }

    private static void concept(List<Term> terms, String regex, Concept concept, Family family) {
        concept(terms, regex, concept, family, Kinds.BOTH, false);
    }

    private static void concept(List<Term> terms, String regex, Concept concept, Family family, Kinds kinds,
                                boolean generic) {
        terms.add(term(regex, Role.CONCEPT, concept, null, family, kinds, generic));
    }

    private static void child(List<Term> terms, String regex, Concept whole, Concept gpb) {
        terms.add(term(regex, Role.CHILD, whole, gpb, Family.NONE, Kinds.BOTH, true));
    }

    /**
     * A fund named without 收入/支出 (一般公共预算财政拨款, 政府性基金预算拨款): the fund's revenue where the sentence speaks
     * of revenue (a revenue term before it, 收入较上年…, a 收入 heading); elsewhere it only blocks, like {@link Role#BLOCK}.
     */
    private static void fundRevenue(List<Term> terms, String regex, Concept concept, Family family) {
        terms.add(term(regex, Role.FUND_REVENUE, concept, null, family, Kinds.BOTH, false));
    }

    /** Shorter names of the “三公” items (出国(境)经费, 车辆购置及运行费): their concept only in a “三公” sentence or section. */
    /**
     * A part of the 公务用车 spending named bare (购置费, 运行维护费): its concept only right after the vehicles' own term or
     * another such part, as a clause or row of its own ({@link #VEHICLE_PARTS}).
     */
    private static void vehiclePart(List<Term> terms, String regex, Concept concept) {
        // no family of its own: 运行经费 in a reason (装修已完成，运行经费减少) gives the sentence after it no “三公” parent
        Term term = term(regex, Role.CONCEPT, concept, null, Family.NONE, Kinds.BOTH, false);
        terms.add(term);
        VEHICLE_PARTS.add(term.source());
    }

    private static void threePublicOnly(List<Term> terms, String regex, Concept concept) {
        Term term = term(regex, Role.CONCEPT, concept, null, Family.THREE_PUBLIC, Kinds.BOTH, false);
        terms.add(term);
        THREE_PUBLIC_ONLY.add(term.source());
    }

    private static void block(List<Term> terms, String regex, Family family) {
        terms.add(term(regex, Role.BLOCK, null, null, family, Kinds.BOTH, false));
    }

    private static Term term(String regex, Role role, Concept concept, Concept gpb, Family family, Kinds kinds,
                             boolean generic) {
        return new Term(Pattern.compile(regex), role, concept, gpb, family, kinds, generic, regex);
    }

    /** Procurement parts (货物/工程/服务) name their concept only where the text speaks of 政府采购. */
    static boolean needsProcurementContext(Concept concept) {
        return concept == Concept.PROCUREMENT_GOODS || concept == Concept.PROCUREMENT_WORKS
                || concept == Concept.PROCUREMENT_SERVICES || concept == Concept.PROCUREMENT_SME_AWARDED;
    }

    /** The “三公” items (not the total): never in a 机关运行经费 sentence, where the same words list its parts. */
    static boolean isThreePublicItem(Concept concept) {
        return switch (concept) {
            case THREE_PUBLIC_OUTBOUND_TRAVEL, THREE_PUBLIC_VEHICLES, THREE_PUBLIC_VEHICLE_PURCHASE,
                 THREE_PUBLIC_VEHICLE_OPERATION, THREE_PUBLIC_RECEPTION -> true;
            default -> false;
        };
    }

    /** The 预算数 concept of a “三公” concept in a final account; null when the concept has none. */
    static Concept budgeted(Concept concept) {
        return switch (concept) {
            case THREE_PUBLIC_TOTAL -> Concept.THREE_PUBLIC_BUDGETED_TOTAL;
            case THREE_PUBLIC_OUTBOUND_TRAVEL -> Concept.THREE_PUBLIC_BUDGETED_OUTBOUND_TRAVEL;
            case THREE_PUBLIC_VEHICLES -> Concept.THREE_PUBLIC_BUDGETED_VEHICLES;
            case THREE_PUBLIC_VEHICLE_PURCHASE -> Concept.THREE_PUBLIC_BUDGETED_VEHICLE_PURCHASE;
            case THREE_PUBLIC_VEHICLE_OPERATION -> Concept.THREE_PUBLIC_BUDGETED_VEHICLE_OPERATION;
            case THREE_PUBLIC_RECEPTION -> Concept.THREE_PUBLIC_BUDGETED_RECEPTION;
            case GPB_EXPENDITURE_TOTAL -> Concept.GPB_EXPENDITURE_INITIAL_BUDGET;
            default -> null;
        };
    }
}
