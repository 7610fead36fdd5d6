package cn.districtbudget.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.StatedFigure;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The general reading rules added for the recall target, each on a short text in the words real disclosures use
 * (the corpus entries they come from are named): what is read, and what must not be read.
 */
class ReadingRulesTest {

    private static final DisclosureReader READER = new DisclosureReader();

    /** key → value in yuan (or the count / percentage), in text order. */
    private static Map<String, String> read(String text, int year, DisclosureKind kind) {
        Disclosure d = READER.read(text, new ReadingHints(null, year, kind, "t.txt")).disclosure();
        Map<String, String> figures = new LinkedHashMap<>();
        if (d != null) {
            for (StatedFigure f : d.figures()) {
                figures.put(f.key(), f.value().stripTrailingZeros().toPlainString());
            }
        }
        return figures;
    }

    private static int line(String text, int year, DisclosureKind kind, String key) {
        Disclosure d = READER.read(text, new ReadingHints(null, year, kind, "t.txt")).disclosure();
        return d.figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().evidence().line();
    }

    @Test
    void proseWrappedOverFixedWidthLinesIsOneSentenceWithEvidenceOnTheNumbersLine() {
        String text = "(一)本单位2021年度总收入581.45万元,其中本年收\n"
                + "入390.55万元,较2020年度决算数减少175.26万元,下降31%。\n";
        Map<String, String> f = read(text, 2021, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("revenue.total", "3905500").containsEntry("revenue.total.change", "-1752600");
        assertThat(line(text, 2021, DisclosureKind.FINAL_ACCOUNTS, "revenue.total")).isEqualTo(2);
    }

    @Test
    void spacesAPdfPutBetweenHanCharactersAreClosed() {
        String text = "(二)政府采购预算安排情况说明。\n"
                + "2025 年 政 府 采 购 预 算 6429768.84 元 , 同 比 增 加\n"
                + "2433505.07 元,增长 60.89%。\n";
        Map<String, String> f = read(text, 2025, DisclosureKind.BUDGET);
        assertThat(f).containsEntry("procurement.total", "6429768.84")
                .containsEntry("procurement.total.change", "2433505.07");
    }

    @Test
    void aWrappedLineWithASentenceBreakIsNotAHeading() {
        // guangxi-wuzhou-civilaffairs: 支出。包 is prose; the subordinate institutions' 基本/项目支出 are not the department's
        String text = "13\n要原因是今年委托业务费不纳入行政运行经费进行核算。主\n要用于机关及参公事业单位为保证日常运转发生的支出。包\n"
                + "括办公及印刷费、邮电费、差旅费及其他费用。\n另外,梧州市民政局下属共有 6 个事业单位,事业运行\n"
                + "经 费 总预 算 安 排 37337407.64 元 , 其中 : 基 本 支出 预 算\n"
                + "488180.64 元 , 项 目 支 出 预 算 36849227 元 , 同 比 增 加\n27125219.46 元,增长 265.6%。\n";
        Map<String, String> f = read(text, 2025, DisclosureKind.BUDGET);
        assertThat(f).doesNotContainKeys("expenditure.basic", "expenditure.project", "expenditure.project.change");
    }

    @Test
    void anItemsOwnTotalIsNotTheDepartmentsTotal() {
        String text = "1. 基本支出预算 881300.39 元,占一般公共预算支出的96.74%,同比减少 166271.4 元。\n"
                + "其中:工资福利支出预算 716052.51 元,占基本支出预算81.25%,同比减少 148979.48 元。\n";
        assertThat(read(text, 2023, DisclosureKind.BUDGET)).doesNotContainKeys("expenditure.total",
                "expenditure.total.change");
    }

    @Test
    void aTermFollowedByItsShareIsOnlyWhatTheShareIsOf() {
        String text = "支出总预算的 95.57%,同比减少 43506.06 元,下降 4.03 %。\n";
        assertThat(read(text, 2025, DisclosureKind.BUDGET)).doesNotContainKey("expenditure.total.change");
    }

    @Test
    void aComparisonWithTheDocumentsOwnYearsBudgetIsNotAPriorYearChange() {
        String text = "三、“三公”经费情况\n公务接待费支出2.14万元, 与2021年度预算相比,增加1.14万元。"
                + "因公出国(境)费支出0万元,与2021年度预算相比无变化。\n";
        Map<String, String> f = read(text, 2021, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("threePublic.reception", "21400")
                .doesNotContainKeys("threePublic.reception.change", "threePublic.outboundTravel.change");
    }

    @Test
    void anUnfilledIncreaseOrDecreaseGivesNoDirectionExceptForZero() {
        String text = "公务用车运行费10万元,比上年增加(减少)10万元;公务接待费预算11.52万元,比上年增加(减少)0万元。\n";
        Map<String, String> f = read(text, 2020, DisclosureKind.BUDGET);
        assertThat(f).doesNotContainKey("threePublic.vehicleOperation.change")
                .containsEntry("threePublic.reception.change", "0");
    }

    @Test
    void againstTheBudgetUnchangedIsNoPriorYearChange() {
        String text = "公务用车运行维护费支出决算比预算无增减变化,比去年增加 1.05 万元,增长 35.8%。\n";
        assertThat(read(text, 2020, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("threePublic.vehicleOperation.change", "10500");
    }

    @Test
    void aFundNamedWithoutRevenueIsItsRevenueInARevenueSentenceOnly() {
        String revenue = "(一)收入预算:2024年年初预算数376.92万元,其中:一般公共预算财政拨款376.92万元,"
                + "政府性基金预算财政拨款0万元,国有资本经营预算财政拨款0万元,其他收入0万元。\n";
        Map<String, String> f = read(revenue, 2024, DisclosureKind.BUDGET);
        assertThat(f).containsEntry("revenue.generalPublicBudget", "3769200")
                .containsEntry("revenue.governmentFund", "0").containsEntry("revenue.stateCapital", "0")
                .containsEntry("revenue.other", "0");
        String elsewhere = "四、一般公共预算财政拨款支出情况\n2024年一般公共预算财政拨款376.92万元,其中基本支出300万元。\n";
        assertThat(read(elsewhere, 2024, DisclosureKind.BUDGET)).doesNotContainKeys("revenue.generalPublicBudget",
                "expenditure.basic");
    }

    @Test
    void aNumberedHeadingAndItsTextOnOneLineSetTheSection() {
        String text = "第二部分 2018年度部门决算情况说明\n"
                + "二、收入决算情况说明:2018年一般公共预算财政拨款719461250元,政府性基金预算财政拨款1195000元。\n"
                + "三、支出决算情况说明:2018年基本支出649016833.71元(人员经费611626653.85元),项目支出94436115.5元。\n";
        Map<String, String> f = read(text, 2018, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("revenue.generalPublicBudget", "719461250")
                .containsEntry("revenue.governmentFund", "1195000")
                .containsEntry("expenditure.basic", "649016833.71")
                .containsEntry("expenditure.project", "94436115.5");
    }

    @Test
    void countsInTheirOtherWordings() {
        String text = "无因公出国(境)人数,公务用车保有量为2辆,国内公务接待批次为520个,接待人次为4200人。\n";
        Map<String, String> f = read(text, 2019, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("threePublic.outboundPersons", "0").containsEntry("threePublic.vehiclesHeld", "2")
                .containsEntry("threePublic.receptionBatches", "520");
        Map<String, String> pair = read("公务用车购置数及保有量分别为1辆和130辆。\n", 2016, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(pair).containsEntry("threePublic.vehiclesPurchased", "1").containsEntry("threePublic.vehiclesHeld",
                "130");
    }

    @Test
    void foreignReceptionsAreNotTheDomesticCounts() {
        String text = "国内公务接待批次3978个,接待人次28598人;国(境)外公务接待批次23个,接待人次142人。\n";
        Map<String, String> f = read(text, 2019, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("threePublic.receptionBatches", "3978")
                .containsEntry("threePublic.receptionPersons", "28598");
    }

    @Test
    void aChangeOnlySentenceBelongsToTheOneFigureBeforeIt() {
        String text = "2.上级补助收入8.38万元,为事业单位开展业务活动取得的收入。较2020年度决算数减少17.40万元,下降67.5%。\n"
                + "“三公”经费预算为3328万元。其中,因公出国(境)费50万元,公务接待费478万元。同口径比2018年减少830万元。\n";
        Map<String, String> f = read(text, 2021, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("revenue.superiorSubsidy.change", "-174000");
        Map<String, String> several = read(text.substring(text.indexOf('“')), 2019, DisclosureKind.BUDGET);
        assertThat(several).doesNotContainKey("threePublic.total.change");
    }

    @Test
    void aChangeAfterThePriorYearsAmountIsReadOnlyWhenTheArithmeticHolds() {
        String right = "“三公”经费预算数为832.05万元,决算支出数为820.33万元,较2022年决算数688.84万元131.49万元,增长19.09%。\n";
        assertThat(read(right, 2023, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.total.change", "1314900");
        String wrong = "“三公”经费预算数为832.05万元,决算支出数为820.33万元,较2022年决算数688.84万元131.48万元,增长19.09%。\n";
        assertThat(read(wrong, 2023, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("threePublic.total.change");
    }

    @Test
    void shorterThreePublicItemNamesOnlyInAThreePublicContext() {
        String three = "“三公经费”支出合计为7.27亿元。其中,出国(境)经费0.29亿元,车辆购置及运行费4.93亿元。\n";
        Map<String, String> f = read(three, 2010, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("threePublic.outboundTravel", "29000000")
                .containsEntry("threePublic.vehicles", "493000000");
        String assets = "五、国有资产占用情况\n本年车辆购置支出30万元。\n";
        assertThat(read(assets, 2010, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("threePublic.vehiclePurchase");
    }

    @Test
    void bothGrandTotalsWhenOnlyTheSecondNumberHasItsUnit() {
        String text = "一、收入支出决算总体情况说明\n2022年度收、支总计各是4125.49,4143.91万元。\n";
        Map<String, String> f = read(text, 2022, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("revenue.grandTotal", "41254900").containsEntry("expenditure.grandTotal", "41439100");
    }

    @Test
    void thePartsOfACategorysExpenditureAreNotTheDepartments() {
        String text = "三、支出预算情况说明\n2023 年本年一般公共预算拨款支出 7,034,418.94 元,其中:基本支出 7,034,418.94 元。"
                + "高中教育支出 3,717,632.50 元,其中:基本支出 3,717,632.50 元,项目支出 0元。\n";
        Map<String, String> f = read(text, 2023, DisclosureKind.BUDGET);
        assertThat(f).containsEntry("generalPublicBudgetExpenditure.basic", "7034418.94")
                .doesNotContainKey("expenditure.basic");
    }

    @Test
    void aTableWhoseCellsAreSeparatedBySpacesIsReadByItsHeaderInItsUnit() {
        // hunan-yueyang-immigration-threepublic-2015-final (traditional characters, as published)
        String text = "嶽陽縣2015-度移民局“三公”經費決算情況表\n"
                + "                                  單位:萬元\n"
                + "項      目 本-決算數\n"
                + "一、支出合計 9.28\n"
                + "1、因公出國(境)費用  \n"
                + "2、公務接待費 9.28\n"
                + "3、公務用車費  \n"
                + "三、“三公”經費增減變化原因等說明 三公經費比上年減少0.54萬元,降低5.5%。\n";
        Map<String, String> f = read(text, 2015, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("threePublic.total", "92800").containsEntry("threePublic.reception", "92800")
                // a blank cell is not a zero
                .doesNotContainKeys("threePublic.outboundTravel", "threePublic.vehicles");
        assertThat(line(text, 2015, DisclosureKind.FINAL_ACCOUNTS, "threePublic.reception")).isEqualTo(6);
        // the prose after the table is read as prose again
        assertThat(f).containsEntry("threePublic.total.change", "-5400");
    }

    @Test
    void aSpacedRowWithFewerNumbersThanTheHeaderHasColumnsIsReportedNotReadAndTheTextIsNotRefused() {
        // a table aligned by several spaces: 2016 执行数 or 2017 预算数? a blank cell leaves no trace (the mirror's table
        // of hunan-yueyang-taichuang, one space per blank cell, is read: aMirrorsTableWithOneSpacePerBlankCellIsReadByColumn)
        String text = "岳阳县台创园2017年度部门“三公”经费预算情况表\n"
                + "    单位:元\n"
                + "项目  2016-执行数  2017-预算数\n"
                + "一、支出合计   250000\n"
                + "2、公务接待费   150000\n";
        ReadResult result = READER.read(text, new ReadingHints(null, 2017, DisclosureKind.BUDGET, "t.txt"));
        assertThat(result.disclosure()).isNotNull();
        assertThat(result.disclosure().figures()).isEmpty();
        assertThat(result.findings()).extracting(cn.districtbudget.core.finding.Finding::rule)
                .contains("READ-FIGURE-AMBIGUOUS", "READ-FIGURE-MISSING").doesNotContain("READ-NOT-DISCLOSURE");
    }

    @Test
    void proseAfterASpacedTableIsNotTakenForItsLabels() {
        String text = "“三公”经费决算情况表\n单位:万元\n项目 本年决算数\n一、支出合计 9.28\n"
                + "2018年公务接待费支出3.2万元，比上年减少1万元。\n";
        Map<String, String> f = read(text, 2018, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("threePublic.total", "92800").containsEntry("threePublic.reception", "32000")
                .containsEntry("threePublic.reception.change", "-10000");
    }

    @Test
    void aHeadLineOpeningWithTheDepartmentsNameNamesIt() {
        // beijing-mof-threepublic-2014-budget: a news headline
        String news = "2014年04月24日 星期四\n财政部“三公”经费较去年约减60万\n2014年“三公”经费预算数4891.27万元。\n";
        assertThat(READER.read(news).disclosure().department().name()).isEqualTo("财政部");
        // sichuan-meishan-procuratorate-threepublic-2015-budget: the year after the subject
        String title = "眉山市人民检察院财政拨款“三公”经费预算2015年情况如下:\n二、公务接待费\n2015年安排公务接待费预算10万元。\n";
        assertThat(READER.read(title).disclosure().department().name()).isEqualTo("眉山市人民检察院");
        // sichuan-finance-dept-threepublic-2014-budget-excerpt: …预算情况的说明
        String about = "关于四川省财政厅财政拨款“三公”经费2014年预算情况的说明\n一、因公出国(境)经费\n2014年预算安排40万元。\n";
        assertThat(READER.read(about).disclosure().department().name()).isEqualTo("四川省财政厅");
        // a line that does not open with a name names nobody
        String none = "2014年04月24日 星期四\n中央部门“三公”经费较去年约减60万\n2014年“三公”经费预算数4891.27万元。\n";
        assertThat(READER.read(none).disclosure().department().name()).isNull();
    }

    @Test
    void theCentralLevelsYearCountsAsTheYearItsFiguresAreFor() {
        // central-level-threepublic-2013-budget-excerpt (held-out batch 13): 2013年中央本级“三公经费”… is the year's use
        String news = "2013年中央本级“三公经费”财政拨款预算79.69亿元中,因公出国(境)费21.36亿元。"
                + "中央本级2012年“三公经费”财政拨款预算执行数为80.95亿元。\n";
        Disclosure d = READER.read(news).disclosure();
        assertThat(d.year()).isEqualTo(2013);
        // a budget's 预算执行数 is what was spent of it, not the budget
        assertThat(read("2012年“三公经费”财政拨款预算执行数为80.95亿元。\n", 2012, DisclosureKind.BUDGET))
                .doesNotContainKey("threePublic.total");
    }

    @Test
    void aNewsItemsDepartmentPublishingItsFiguresIsTheDepartment() {
        // beijing-environment-ministry-threepublic-2010-final (held-out batch 13)
        String news = "【本报记者北京22日电】国家环保部昨日发布「三公经费」情况说明。该部去年「三公经费」预算总额2668.9万元。\n";
        assertThat(READER.read(news).disclosure().department().name()).isEqualTo("国家环保部");
        // a finance bureau publishing names nobody: it often publishes others' figures
        String finance = "根据省财政厅日前公布的数据,2010年省级“三公经费”支出合计为7.27亿元。\n";
        assertThat(READER.read(finance).disclosure().department().name()).isNull();
        // words ending in 部 are no department (凡…也全部公开)
        String all = "凡向省人大常委会报告的重点项目绩效评价结果也全部公开。2017年“三公”经费决算数为2.63亿元。\n";
        assertThat(READER.read(all).disclosure().department().name()).isNull();
    }

    @Test
    void aPlaceWrittenInFullInAHeadLineGivesTheFullName() {
        // yunnan-xundian-culture-2022-final-excerpt: the title abbreviates the autonomous county
        String text = "寻甸县文化和旅游局2022年度“三公”经费决算情况说明\n\n"
                + "寻甸回族彝族自治县文化和旅游局2022年度一般公共预算财政拨款“三公”经费支出决算为26,085.58元。\n";
        assertThat(READER.read(text).disclosure().department().name()).isEqualTo("寻甸回族彝族自治县文化和旅游局");
        // another department in a head line is not the department's full name
        String other = text.replace("寻甸回族彝族自治县文化和旅游局2022", "寻甸回族彝族自治县农业农村局2022");
        assertThat(READER.read(other).disclosure().department().name()).isEqualTo("寻甸县文化和旅游局");
    }

    @Test
    void aSitesMenuNamingBothKindsNamesNeither() {
        // shandong-jining-hitech-zone-threepublic-2022-budget-excerpt (held-out batch 16): 预决算 is not 决算
        String page = "当前位置: 首页\n>财政预决算>“三公”经费预决算\n2022年高新区“三公经费”公示\n"
                + "2022年区级“三公”经费预算为1032万元,比2021年预算数增长207.1%。\n";
        Disclosure d = READER.read(page).disclosure();
        assertThat(d.kind()).isEqualTo(DisclosureKind.BUDGET);
        assertThat(d.figure(cn.districtbudget.core.disclosure.Concept.THREE_PUBLIC_TOTAL)).isNotNull();
    }

    @Test
    void aFundNamedAfterTheYearOfATitleIsNotTheDepartment() {
        // tianjin-hongqiao-court-threepublic-2017-final: the title over three lines, the name on the first
        String text = "天津市红桥区人民法院\n2017年度一般公共预算财政拨款\n“三公”经费决算情况说明\n"
                + "2017年一般公共预算财政拨款“三公”经费决算20.2万元,与2016年决算相比减少0.8万元。\n";
        Disclosure d = READER.read(text).disclosure();
        assertThat(d.department().name()).isEqualTo("天津市红桥区人民法院");
        // shanghai-songjiang-discipline-2019-final-excerpt: a table's title names a fund, no department
        Disclosure fund = READER.read("2019年度政府性基金预算财政拨款支出决算表\n一、“三公”经费支出决算10万元。\n").disclosure();
        assertThat(fund.department().name()).isNull();
    }

    @Test
    void aChangeWithoutSubjectInALaterClauseIsTheChangeOfThisSentencesTotal() {
        // chongqing-rongchang-guchang-livestock-2024-budget
        String text = "(二)支出预算:2024年支出合计177.03万元,其中:教育支出0.94万元,住房保障支出7.56万元;"
                + "支出较去年增加34.74万元,主要是基本支出增加34.74万元。\n";
        assertThat(read(text, 2024, DisclosureKind.BUDGET)).containsEntry("expenditure.total", "1770300")
                .containsEntry("expenditure.total.change", "347400");
        // no total read in the sentence: the change has no subject to belong to
        String without = "(二)支出预算:其中:教育支出0.94万元;支出较去年增加34.74万元。\n";
        assertThat(read(without, 2024, DisclosureKind.BUDGET)).doesNotContainKey("expenditure.total.change");
    }

    @Test
    void aPipeTableTakesItsUnitAndItsThreePublicTitleFromThePlainLinesAboveIt() {
        // sichuan-dazhou-ringroad-threepublic-2014-budget
        String text = "2014年“三公”经费预算财政拨款情况统计表\n单位:万元\n项 目 | 本年预算数 |\n合 计 | 46 |\n"
                + "1.因公出国(境)费用 | |\n其中:(1)公务用车运行维护费 | 38 |\n";
        assertThat(read(text, 2014, DisclosureKind.BUDGET)).containsEntry("threePublic.total", "460000")
                .containsEntry("threePublic.vehicleOperation", "380000").doesNotContainKey("threePublic.outboundTravel");
        // a unit line far above belongs to another table
        String far = "单位:万元\n第一段说明。\n第二段说明。\n第三段说明。\n项 目 | 本年预算数 |\n合 计 | 46 |\n";
        assertThat(read(far, 2014, DisclosureKind.BUDGET)).isEmpty();
    }

    @Test
    void aSpendingStatedAsNoneIsAZeroAmountNotANoChange() {
        // shaanxi-huanglong-threepublic-2020-final: 没有 right after the item, no comparison between them
        String text = "2020年“三公”经费支出431万元,比上年减少2万元。其中,因公出国(境)费用没有,原因是减少压缩开支;"
                + "公务接待费比上年没有,仍为10万元。\n";
        Map<String, String> f = read(text, 2020, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("threePublic.outboundTravel", "0")
                .doesNotContainKey("threePublic.outboundTravel.change")
                // 比上年没有: the comparison makes it “no change”
                .containsEntry("threePublic.reception.change", "0");
    }

    @Test
    void aValueAfterAClauseBreakIsNotContinuedUnderAnEarlierClausesTerm() {
        // guangdong-zhanjiang-propaganda: 购置及运行维护费 is no term here; its 5万元 and its change are not 因公出国's
        String text = "其中:因公出国(境)费0万元;公务用车保有量2辆,购置及运行维护费5万元,比上年减少0.28万元。\n";
        Map<String, String> f = read(text, 2017, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("threePublic.outboundTravel", "0")
                .doesNotContainKey("threePublic.outboundTravel.change");
    }

    @Test
    void aPlaceBeforeATitlesYearAndAnOrganisationAfterItAreOneDepartment() {
        // hunan-yueyang-immigration-threepublic-2015-final
        Disclosure d = READER.read("岳阳县2015年度移民局“三公”经费决算情况表\n“三公”经费决算9.28万元。\n").disclosure();
        assertThat(d.department().name()).isEqualTo("岳阳县移民局");
        // the name before the year is the department when nothing follows it
        Disclosure alone = READER.read("天津市红桥区人民法院2017年度“三公”经费决算情况说明\n“三公”经费决算20.2万元。\n")
                .disclosure();
        assertThat(alone.department().name()).isEqualTo("天津市红桥区人民法院");
    }

    @Test
    void theCountRowsOfAThreePublicTableAreReadWithTheUnitInTheirBrackets() {
        // hunan-yueyang-immigration-threepublic-2015-final: 二、相关统计数
        String text = "岳阳县2015年度移民局“三公”经费决算情况表\n单位:万元\n项 目 本年决算数\n一、支出合计 9.28\n"
                + "二、相关统计数\n1.因公出国(境)团组数(个)\n5.公务接待批次(批) 186\n6.公务接待人数(人) 2856\n";
        assertThat(read(text, 2015, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.receptionBatches", "186")
                .containsEntry("threePublic.receptionPersons", "2856").doesNotContainKey("threePublic.outboundGroups");
    }

    @Test
    void noChangeOnTheYearBeforeIsReadAfterBiAndJiaoToo() {
        // sichuan-mianzhu-city-2025-budget-excerpt: 因公出国(境)经费40万元,较上年持平
        String text = "2025年某局部门预算\n三、“三公”经费预算情况说明\n"
                + "“三公”经费预算总额为19万元,其中:因公出国(境)经费4万元,较上年持平;公务接待费2万元,比上年持平;"
                + "公务用车运行维护费13万元,较上年减少1万元。\n";
        assertThat(read(text, 2025, DisclosureKind.BUDGET)).containsEntry("threePublic.outboundTravel.change", "0")
                .containsEntry("threePublic.reception.change", "0")
                .containsEntry("threePublic.vehicleOperation.change", "-10000");
    }

    @Test
    void theVehicleCountOfTheAssetsSectionIsReadWithoutAnyWordOfBuying() {
        // guangxi-wuzhou-dept843-2023-budget-excerpt: (三)国有资产的总体情况说明。共有车辆 1 辆
        String text = "2023年某局部门预算\n（三）国有资产占用情况。截至2022年12月31日，本部门共有车辆5辆，其中一般公务用车2辆。\n";
        assertThat(read(text, 2023, DisclosureKind.BUDGET)).containsEntry("assets.vehicles", "5");
    }

    @Test
    void noTravelAbroadIsAStatedZeroCountWithoutAnyNumberInTheSentence() {
        // gansu-gannan-unit-threepublic-2015-final: 2015年单位无因公出国人员。
        String text = "某局2015年部门决算\n三、“三公”经费情况\n公务接待费支出1万元。\n2015年单位无因公出国人员。\n";
        assertThat(read(text, 2015, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.outboundPersons", "0");
    }

    @Test
    void anInitialBudgetAfterAnItemsFinalFigureQualifiesOnlyThatItem() {
        // shaanxi-huanglong-dept-threepublic-2018-final: …运行维护费支出0万元,年初预算为0.95万元,…;公务接待费支出2.05万元,年初预算为2万元
        String text = "某局2018年部门决算\n三、“三公”经费情况\n公务用车运行维护费支出0万元,年初预算为0.95万元,差值为0.95万元;"
                + "公务接待费支出2.05万元,年初预算为2万元,差值为0.05万元。\n";
        assertThat(read(text, 2018, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.reception", "20500")
                .containsEntry("threePublic.budgeted.reception", "20000")
                .containsEntry("threePublic.budgeted.vehicleOperation", "9500");
    }

    @Test
    void theDepartmentSigningTheTextOffAboveTheDateIsTheDepartment() {
        // hainan-audit-dept-threepublic-2016-budget: no title; the name and the date end the text
        String text = "现将我厅2016年“三公经费”预算数说明如下:\n2016年“三公”经费预算8万元。\n附表:\n\n"
                + "                    海南省审计厅\n            2016年2月19日";
        Disclosure d = READER.read(text).disclosure();
        assertThat(d.department().name()).isEqualTo("海南省审计厅");
        assertThat(d.department().region().province()).isEqualTo("海南省");
        // a name line that is not right above a date is no signature
        Disclosure none = READER.read("说明如下:\n一、因公出国(境)经费\n二、公务接待费\n2016年“三公”经费预算8万元。\n"
                + "海南省审计厅\n附表1\n2016年2月19日").disclosure();
        assertThat(none.department().name()).isNull();
    }

    @Test
    void theOrganisationThatIsASentencesSubjectBeforeOrAfterTheYearIsTheDepartment() {
        // sichuan-dazhou-ringroad-threepublic-2014-budget, beijing-palace-museum-2023-budget-excerpt,
        // shanghai-songjiang-discipline-2019-final-excerpt, anhui-chizhou-jiangnan-zone-2024-budget-excerpt
        assertThat(READER.read("“三公”经费预算情况如下:\n2014年达州市环城公路养护中心没有安排出国计划。\n安排公务接待费3万元。\n")
                .disclosure().department().name()).isEqualTo("达州市环城公路养护中心");
        assertThat(READER.read("日前,北京某报道:\n据了解,故宫博物院2023年收入预算128023.79万元,其中:上年结转19535.40万元。\n")
                .disclosure().department().name()).isEqualTo("故宫博物院");
        Disclosure party = READER.read("注:中共上海市松江区纪律检查委员会2019年度无政府性基金预算财政拨款支出。\n"
                + "“三公”经费支出决算10万元。\n").disclosure();
        assertThat(party.department().name()).isEqualTo("中共上海市松江区纪律检查委员会");
        assertThat(party.department().region().city()).isEqualTo("上海市");
        assertThat(READER.read("皖江江南新兴产业集中区(管委会)2024年一般公共预算“三公”经费支出预算为328.7万元。\n")
                .disclosure().department().name()).isEqualTo("皖江江南新兴产业集中区(管委会)");
        // 本部门 / 本局 is no name; a sentence with no year about it names no department
        assertThat(READER.read("2023年本局一般公共预算支出10万元。\n市财政局收入10万元。\n").disclosure().department().name())
                .isNull();
    }

    @Test
    void termsListedBeforeFenbieTakeTheAmountsAfterItInTheirOrder() {
        String text = "2023年某局部门预算\n三、“三公”经费预算情况说明\n"
                + "其中因公出国（境）费、公务用车购置及运行费、公务接待费分别为1万元、2万元、3万元。\n"
                + "公务用车购置费和公务用车运行维护费分别为0.5万元和1.5万元，分别比上年减少0.1万元和0.2万元。\n";
        assertThat(read(text, 2023, DisclosureKind.BUDGET)).containsEntry("threePublic.outboundTravel", "10000")
                .containsEntry("threePublic.vehicles", "20000").containsEntry("threePublic.reception", "30000")
                .containsEntry("threePublic.vehiclePurchase", "5000").containsEntry("threePublic.vehicleOperation", "15000")
                .containsEntry("threePublic.vehiclePurchase.change", "-1000")
                .containsEntry("threePublic.vehicleOperation.change", "-2000");
        // fujian-province-threepublic-2016-final: amounts after each term, then 与2015年相比,分别减少…
        String paired = "2016年某局部门决算\n三、“三公”经费\n公务用车购置及运行费1.41亿元,包括公务用车购置费0.14亿元和"
                + "公务用车运行费1.27亿元,与2015年相比,分别减少0.18亿元和0.56亿元,下降133.1%和43.7%。\n";
        assertThat(read(paired, 2016, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("threePublic.vehiclePurchase.change", "-18000000")
                .containsEntry("threePublic.vehicleOperation.change", "-56000000");
    }

    @Test
    void aFenbieListWhoseCountsDifferIsReportedAndNotRead() {
        String text = "2023年某局部门预算\n三、“三公”经费预算情况说明\n"
                + "因公出国（境）费、公务用车购置及运行费、公务接待费分别为1万元、2万元。\n";
        ReadResult result = READER.read(text, new ReadingHints(null, 2023, DisclosureKind.BUDGET, "t.txt"));
        assertThat(read(text, 2023, DisclosureKind.BUDGET)).doesNotContainKeys("threePublic.outboundTravel",
                "threePublic.vehicles", "threePublic.reception");
        assertThat(result.findings()).anyMatch(f -> f.rule().equals("READ-FIGURE-AMBIGUOUS") && f.message().contains("一一对应"));
    }

    @Test
    void aTitlesYearWhose年WasLostAsADashIsTheYear() {
        // hunan-yueyang-county-threepublic-2015-final: a mirror printing 年 as "-"
        Disclosure d = READER.read("岳陽(yáng)縣2015-“三公”經(jīng)費(fèi)匯總情況決算表 | |\n單位:萬(wàn)元 | |\n"
                + "項(xiàng)目 | 本-預(yù)算數(shù) |\n合計(jì) | 3318 |\n").disclosure();
        assertThat(d.year()).isEqualTo(2015);
        // a date or a range is no such year
        Disclosure range = READER.read("2015-2016“三公”经费决算表\n“三公”经费决算10万元。\n").disclosure();
        assertThat(range.year()).isNotEqualTo(2015);
    }

    @Test
    void aWrappedLineThatNamesASectionContinuesTheProseAboveIt() {
        // guangxi-wuzhou-unit-2023-final-excerpt: the wrapped line 所属事业单位…“财政拨款收入”… is no heading
        String text = "2023年度某单位决算\n7.使用非财政拨款结余(含专用结余)0.00 万元,主要是\n"
                + "所属事业单位在当年的“财政拨款收入”“事业收入”“经营收入”\n及“其他收入”不能保证其支出的情况下使用的资金。\n"
                + "本单位无使用非财政拨款结余,与去年相比无变化,与预算\n相比无变化。\n"
                + "8.上年结转和结余 8.02 万元,为以前年度支出预算因客观条件变化未执行完毕的资金。\n"
                + "(二)本单位 2023 年度总支出 125.08 万元,其中本年支出 116.12 万元,较 2022 年度决算数增加 19.68 万元。\n";
        assertThat(read(text, 2023, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.carriedForward", "80200")
                .containsEntry("expenditure.grandTotal", "1250800").containsEntry("expenditure.total", "1161200")
                .containsEntry("expenditure.total.change", "196800");
    }

    @Test
    void aChangeSentenceAfterAFigureStaysItsChangeWhenItsReasonNamesOtherTerms() {
        // guangxi-wuzhou-junxiu-2021-final-excerpt: …主要原因是…相关项目支出因客观原因结转…
        String text = "2021年度某单位决算\n3.上年结转和结余190.89万元,为以前年度结转的资金。"
                + "较2020年度决算数减少7.63万元,下降3.8 %,主要原因是相关项目支出因客观原因结转到2021年度继续使用。\n";
        assertThat(read(text, 2021, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.carriedForward.change", "-76300");
    }

    @Test
    void aTableCopiedOneCellPerLineIsReadByItsHeadersColumns() {
        // anhui-duji-govoffice-threepublic-2021-final-excerpt: a | after each cell, a blank cell keeps its line
        String piped = "一、2021年度一般公共預算財政撥款“三公”經費支出決算表\n單位:萬元\n項 目 |\n預 算 數 |\n決 算 數 |\n"
                + "合 計 |\n49.9 |\n7.69 |\n因公出國(境)費 |\n20 |\n|\n公務接待費 |\n14.9 |\n5.21 |\n"
                + "二、2021年度“三公”經費支出情況說明\n";
        assertThat(read(piped, 2021, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.budgeted.total", "499000")
                .containsEntry("threePublic.total", "76900").containsEntry("threePublic.budgeted.outboundTravel", "200000")
                .doesNotContainKey("threePublic.outboundTravel").containsEntry("threePublic.reception", "52100");
        // anhui-ningguo-urbanmgmt-threepublic-2016-final-excerpt: no |, a blank cell leaves no line — that row is reported
        String bare = "一、2016年一般公共预算财政拨款开支的“三公”经费决算情况表\n(单位:万元)\n项 目\n预算数\n决算数\n"
                + "合 计\n77.00\n68.30\n因公出国(境)费\n0.00\n公务接待费\n35.00\n26.4\n二、2016年“三公”经费情况说明\n";
        ReadResult result = READER.read(bare, ReadingHints.file("t.txt"));
        assertThat(result.disclosure().kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(read(bare, 2016, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.total", "683000")
                .containsEntry("threePublic.budgeted.reception", "350000").doesNotContainKeys("threePublic.outboundTravel",
                        "threePublic.budgeted.outboundTravel");
        assertThat(result.findings()).anyMatch(f -> f.message().contains("逐格分行"));
    }

    @Test
    void aClauseThatIsOnlyTheChangeOfTheFigureBeforeItIsThatFiguresChange() {
        // guangdong-heshan-water-threepublic-2018-budget: …运行维护费支出预算8.2万元;与上年预算数持平
        String text = "某局2018年部门预算\n三、“三公”经费\n公务用车运行维护费支出预算8.2万元;与上年预算数持平,原因:公车改革。\n"
                + "公务接待费支出预算2万元；比上年减少1万元。\n";
        assertThat(read(text, 2018, DisclosureKind.BUDGET)).containsEntry("threePublic.vehicleOperation.change", "0")
                .containsEntry("threePublic.reception.change", "-10000");
    }

    @Test
    void vehicleRunningAndPurchaseNamedInTheOtherOrderAreTheVehiclesTotal() {
        // shandong-qingdao-city-level-threepublic-2026-budget-excerpt
        String text = "2026年市级“三公”经费预算\n公务用车运行维护费及公务用车购置费13984.61万元,比2025年增加1884.46万元"
                + "(其中,公务用车运行维护费13106.17万元;公务用车购置费878.44万元,比2025年减少308.88万元)。\n";
        assertThat(read(text, 2026, DisclosureKind.BUDGET)).containsEntry("threePublic.vehicles", "139846100")
                .containsEntry("threePublic.vehicles.change", "18844600")
                .containsEntry("threePublic.vehiclePurchase", "8784400");
    }

    @Test
    void whatAnItemIncludesGivesItNoParent() {
        // sichuan-dyrmt-unit-2023-final-excerpt: 公用经费46.89万元,主要包括:…公务接待费…公务用车运行维护费…
        String text = "六、一般公共预算财政拨款基本支出决算情况说明\n2023年一般公共预算财政拨款基本支出911.7万元,其中:\n"
                + "人员经费489.18万元,主要包括:基本工资、津贴补贴。\n"
                + "公用经费46.89万元,主要包括:办公费、因公出国(境)费用、公务接待费、公务用车运行维护费。\n";
        assertThat(read(text, 2023, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("generalPublicBudgetExpenditure.publicUse", "468900");
    }

    @Test
    void aTablesYearFieldAndAUnitsNameAfterItsCodeNameTheYearKindAndDepartment() {
        // hebei-pingshan-xiakou-finance-2025-budget-excerpt
        String text = "2025年部门预算信息公开目录\n部门预算公开表\n部门预算信息公开情况说明\n920平山县下口镇财政所 |\n"
                + "预算年度:2025 |\n单位:万元 | ||\n项 目 |\n预算数 |\n一、一般公共预算拨款收入 |\n675.82 |\n";
        Disclosure d = READER.read(text).disclosure();
        assertThat(d.department().name()).isEqualTo("平山县下口镇财政所");
        assertThat(d.year()).isEqualTo(2025);
        assertThat(d.kind()).isEqualTo(DisclosureKind.BUDGET);
        assertThat(read(text, 2025, DisclosureKind.BUDGET)).containsEntry("revenue.generalPublicBudget", "6758200");
        // the publisher a page names (发布机构 / 云县财政局) is not the department
        assertThat(READER.read("政府信息公开\n发布机构\n云县财政局\n“三公”经费决算10万元。\n").disclosure().department().name())
                .isNull();
    }

    @Test
    void aTitleFollowedByThePagesFieldsAndASubjectUsingTheBudgetNameTheDepartment() {
        // hubei-suizhou-forestpark-2022-budget-excerpt: the page's 发布日期 on the title's line
        assertThat(READER.read("当前位置:首页 > 财政预决算\n随州市随城山森林公园管理处2022年预算公开 发布日期:2022-01-25 17:21 信息来源: 编\n"
                + "“三公”经费预算2万元。\n").disclosure().department().name()).isEqualTo("随州市随城山森林公园管理处");
        // guangdong-heshan-water-threepublic-2018-budget: 〈name〉2018年用一般公共预算财政拨款数开支的…
        assertThat(READER.read("鹤山市水务局2018年用一般公共预算财政拨款数开支的出国(境)经费、车辆购置及运行费和公务接待费预算情况\n"
                + "“三公”经费预算8.2万元。\n").disclosure().department().name()).isEqualTo("鹤山市水务局");
    }

    @Test
    void aBudgetsRevenueWhosePartsIncludeACarryOverIsTheGrandTotal() {
        // unknown-city-edu-bureau-2022-budget-excerpt, tianjin-health-bureau-undated-budget-excerpt (held-out batch 4)
        String text = "市教育局部门2022年收入预算59757.23万元,其中:上年结转7817.12万元,占13.08%;一般公共预算拨款收入30595.04万元。\n";
        assertThat(read(text, 2022, DisclosureKind.BUDGET)).containsEntry("revenue.grandTotal", "597572300")
                .doesNotContainKey("revenue.total");
        String noCarryOver = "本部门2024年收入预算1000万元,其中:一般公共预算拨款收入900万元,上年结转0万元。\n";
        assertThat(read(noCarryOver, 2024, DisclosureKind.BUDGET)).containsEntry("revenue.total", "10000000");
    }

    @Test
    void aPipeTableWithASecondHeaderRowIsReadOnlyWhenThatRowSplitsTheChangeColumn() {
        // anhui-chaohu-court-threepublic-2021-final-excerpt (held-out batch 4): 预算数 and 决算数 each over three columns
        String merged = "2021年度“三公”经费支出决算表\n单位:万元\n项目 | 预算数 | 决算数 | ||||\n"
                + "合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金 | |\n"
                + "其中:公务用车运行维护费 | 59.5 | 59.5 | 0 | 59.46 | 59.46 | 0 |\n";
        ReadResult result = READER.read(merged, new ReadingHints(null, 2021, DisclosureKind.FINAL_ACCOUNTS, "t.txt"));
        assertThat(read(merged, 2021, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKeys("threePublic.vehicleOperation",
                "threePublic.budgeted.vehicleOperation");
        assertThat(result.findings()).anyMatch(f -> f.message().contains("合并单元格"));
        // yunnan-changning-kasi-town-2024-budget-excerpt: 增、减金额 | 增、减幅度 under the last column
        String change = "2024年某镇“三公”经费预算财政拨款情况统计表 | ||||\n单位:万元 | ||||\n"
                + "项目 | 2023年预算数 | 2024年预算数 | 比上年增、减情况 | |\n增、减金额 | 增、减幅度 | |||\n"
                + "2.公务接待费 | 3 | 7 | 4 | 133% |\n";
        assertThat(read(change, 2024, DisclosureKind.BUDGET)).containsEntry("threePublic.reception", "70000")
                .containsEntry("threePublic.reception.change", "40000");
    }

    @Test
    void aBareFiscalAppropriationInARevenueListAndAChangeComparedWithTheSameTotalAreRead() {
        // tianjin-health-bureau-undated-budget-excerpt, sichuan-quxian-juandong-town-2022-budget-excerpt
        String list = "部门收入预算919543.7万元,其中:财政拨款79468.4万元,事业收入752738.2万元,其他各项收入56948.5万元,"
                + "上年结转27471.1万元。\n部门支出预算919543.7万元,其中:财政拨款安排支出100万元。\n";
        assertThat(read(list, 2012, DisclosureKind.BUDGET)).containsEntry("revenue.fiscalAppropriation", "794684000")
                .containsEntry("revenue.other", "569485000").containsEntry("revenue.carriedForward", "274711000")
                .containsEntry("revenue.grandTotal", "9195437000");
        // unknown-city-edu-bureau-2022-budget-excerpt: …比2021年财政拨款收支总预算增加465.9万元
        String change = "四、财政拨款收支预算情况说明\n市教育局部门2022年财政拨款收支总预算38412.16万元,"
                + "比2021年财政拨款收支总预算增加465.9万元,同比增加1.23%。\n";
        assertThat(read(change, 2022, DisclosureKind.BUDGET)).containsEntry("fiscalAppropriation.revenueTotal.change", "4659000")
                .containsEntry("fiscalAppropriation.expenditureTotal.change", "4659000");
    }

    @Test
    void aThreePublicItemsSpendingStatedAsNoneIsAZeroAmount() {
        // sichuan-daying-federation-threepublic-2015-final, shaanxi-huanglong-dept-threepublic-2018-final
        String text = "某县文联2015年“三公”经费决算情况说明\n二、公务用车购置及运行维护费\n县文联无公务用车,所以没有公务用车运行维护费。\n"
                + "本部门本年度无公务用车购置费支出,较上年无变化。\n";
        assertThat(read(text, 2015, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.vehicleOperation", "0")
                .containsEntry("threePublic.vehiclePurchase", "0");
        // a final account's sentence about its 预算 states no spending; 无增 is no “none”
        String budget = "某局2015年部门决算\n三、“三公”经费\n本年无公务接待费预算。\n";
        assertThat(read(budget, 2015, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("threePublic.reception");
    }

    @Test
    void aFundsRevenueCarriedOverFromTheYearBeforeIsNotTheFundsRevenue() {
        // unknown-city-edu-bureau-2022-budget-excerpt: 上年结转一般公共预算拨款收入7565.47万元
        String text = "市教育局2022年收入预算59757.23万元,其中:一般公共预算拨款收入30595.04万元。\n"
                + "收入包括:本年一般公共预算拨款收入30595.04万元、上年结转一般公共预算拨款收入7565.47万元。\n";
        assertThat(read(text, 2022, DisclosureKind.BUDGET)).containsEntry("revenue.generalPublicBudget", "305950400");
    }

    @Test
    void aSubheadingClosedBySentenceEndKeepsTheGeneralPublicBudgetSection() {
        // gansu-wushan-weather-2022-budget-excerpt (held-out batch 5): (一)基本支出。 under 一般公共预算支出情况说明
        String text = "三、一般公共预算支出情况说明\n2022年一般公共预算支出93.14万元,具体安排情况如下:\n"
                + "(一)基本支出。2022年基本支出24.44万元,其中人员经费22.34万元,公用经费2.1万元。\n";
        assertThat(read(text, 2022, DisclosureKind.BUDGET)).containsEntry("generalPublicBudgetExpenditure.basic", "244400")
                .containsEntry("generalPublicBudgetExpenditure.personnel", "223400")
                .doesNotContainKeys("expenditure.basic", "expenditure.personnel");
    }

    @Test
    void theGeneralBudgetsOldNameIsTheGeneralPublicBudget() {
        // qinghai-procuratorate-2015-budget-excerpt (held-out batch 5): 一般预算财政拨款收入
        String text = "2015年部门预算\n资金来源:一是一般预算财政拨款收入3831.27万元,二是其他收入5万元。\n";
        assertThat(read(text, 2015, DisclosureKind.BUDGET)).containsEntry("revenue.generalPublicBudget", "38312700")
                .doesNotContainKey("revenue.fiscalAppropriation");
    }

    @Test
    void receptionCountsAloneAfterAReceptionSentenceAndOfficialCarsOwnedAreRead() {
        // sichuan-dongpo-health-threepublic-2015-final-excerpt (held-out batch 5)
        String text = "某局2015年部门决算\n二、“三公”经费情况\n2015年公务接待费10万元,主要用于工作指导和检查。共376批次、3314人次。\n"
                + "截至2015年12月底,单位共有公务用车40辆,其中一般公务用车6辆。\n";
        assertThat(read(text, 2015, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.receptionBatches", "376")
                .containsEntry("threePublic.receptionPersons", "3314").containsEntry("threePublic.vehiclesHeld", "40");
        // counts alone after a sentence about something else are not the reception's
        String other = "某局2015年部门决算\n二、“三公”经费情况\n因公出国(境)费0万元。共3批次、20人次。\n";
        assertThat(read(other, 2015, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("threePublic.receptionBatches");
    }

    @Test
    void theQiZhongPartsOfABudgetQualifiedSentenceAreBudgetFiguresToo() {
        // xinjiang-urumqi-tianshan-threepublic-2013-final-excerpt (held-out batch 7): a 决算 news item quoting the 预算
        String text = "天山区2013年“三公”决算\n2013年天山区“三公经费”决算总数1699.95万元,其中:公务接待经费决算91.33万元。\n"
                + "天山区2013年“三公经费”预算安排情况:2013年天山区“三公经费”支出总额为1841.3万元。"
                + "其中:公务接待费140万元;公务用车购置及运行维护费1701.3万元,包括公务用车购置费260万元。\n";
        Map<String, String> f = read(text, 2013, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("threePublic.budgeted.reception", "1400000")
                .containsEntry("threePublic.budgeted.vehiclePurchase", "2600000")
                .containsEntry("threePublic.reception", "913300")
                .doesNotContainKey("threePublic.vehiclePurchase");
        // a 其中 sentence after a sentence that is not qualified as 预算 states the document's own figures
        String plain = "天山区2013年“三公”决算\n2013年“三公经费”支出总额为1841.3万元。其中:公务接待费140万元。\n";
        assertThat(read(plain, 2013, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.reception", "1400000");
    }


    @Test
    void anActualSpendingAfterTheBudgetIsTheFinalFigureAndItsQiZhongPartsAreToo() {
        // beijing-environment-ministry-threepublic-2010-final (held-out batch 13): 实际支出 is the 决算, not the 预算
        String text = "环保部2010年“三公经费”情况说明\n该部去年“三公经费”预算总额2668.9万元(人民币,下同),实际支出2604.1万元。"
                + "其中,因公出国(境)费支出861.46万元,公务接待费支出610.1万元。\n";
        Map<String, String> f = read(text, 2010, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("threePublic.budgeted.total", "26689000")
                .containsEntry("threePublic.total", "26041000")
                .containsEntry("threePublic.outboundTravel", "8614600")
                .containsEntry("threePublic.reception", "6101000")
                .doesNotContainKeys("threePublic.budgeted.outboundTravel", "threePublic.budgeted.reception");
    }

    @Test
    void aChangeInsideTheReasonIsNotTheFigures() {
        // chongqing-qijiang-highway-2023-final-excerpt: the second change is the reason's, not the revenue total's
        String text = "某中心2023年度部门决算\n二、收入决算情况说明\n2023年度收入合计10328.56万元,较上年决算数增加1894.61万元,"
                + "增长22.46%,主要原因是上年年初结转资金1475.63万元,实际较上年增加资金418.98万元。\n";
        assertThat(read(text, 2023, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.total", "103285600")
                .containsEntry("revenue.total.change", "18946100");
    }

    @Test
    void aYearThenXiangbiComparesWithThatYear() {
        // chongqing-kaizhou-dajin-2024-final-excerpt: 与 left out before the year
        String text = "某镇2024年度部门决算\n二、收入决算情况说明\n2024年度收入合计4697.76万元,2023年度相比,减少956.31万元,下降16.9%。\n";
        assertThat(read(text, 2024, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.total.change", "-9563100");
        // the document's own year is its budget, not the prior year
        String own = text.replace(",2023年度相比", ",2024年度相比");
        assertThat(read(own, 2024, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("revenue.total.change");
    }

    @Test
    void aBudgetRevenueWhoseQiZhongPartsIncludeACarryOverIsTheGrandTotal() {
        // hubei-shayang-highschool-2022-budget-excerpt (held-out batch 16): the parts in the next sentence
        String text = "某中学2022年单位预算情况说明\n一、收支预算总体情况\n单位预算收入5212.91万元。其中:财政拨款收入4185.62万元,"
                + "其他收入877.29万元,上年结余结(转)150万元。\n";
        assertThat(read(text, 2022, DisclosureKind.BUDGET)).containsEntry("revenue.grandTotal", "52129100")
                .containsEntry("revenue.carriedForward", "1500000").doesNotContainKey("revenue.total");
        // no carry-over among the parts: the year's own revenue
        String own = text.replace(",上年结余结(转)150万元", "");
        assertThat(read(own, 2022, DisclosureKind.BUDGET)).containsEntry("revenue.total", "52129100")
                .doesNotContainKey("revenue.grandTotal");
    }

    @Test
    void todayAndLastYearNameTheYearAsTheKindIsWritten() {
        // beijing-environment-ministry-threepublic-2010-final (held-out batch 13): a 2010 final account written in 2011
        String news = "环保部“三公经费”情况说明\n该部去年“三公经费”预算总额2668.9万元。\n"
                + "今年其“三公经费”预算合计数为2646万元,比2010年预算数减少22.9万元。\n";
        Map<String, String> fin = read(news, 2010, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(fin).containsEntry("threePublic.budgeted.total", "26689000")
                .doesNotContainKey("threePublic.budgeted.total.change");
        // the same words as a 2011 budget: 今年 is 2011, 去年's figure is not this year's
        Map<String, String> budget = read(news, 2011, DisclosureKind.BUDGET);
        assertThat(budget).containsEntry("threePublic.total", "26460000")
                .containsEntry("threePublic.total.change", "-229000");
    }
    @Test
    void oneFigureForBothTotalsAndItsChangeGiveBothTotalsChanges() {
        // beijing-chaoyang-parks-centre-2024-final-excerpt (held-out batch 6)
        String text = "某中心2024年度部门决算\n二、收入支出决算总体情况说明\n"
                + "2024年度收、支总计16369.38万元,比上年增加5183.56万元,增长46.34%。\n";
        assertThat(read(text, 2024, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("revenue.grandTotal", "163693800").containsEntry("expenditure.grandTotal", "163693800")
                .containsEntry("revenue.grandTotal.change", "51835600")
                .containsEntry("expenditure.grandTotal.change", "51835600");
    }

    @Test
    void aMirrorsTableWithOneSpacePerBlankCellIsReadByColumn() {
        // hunan-yueyang-taichuang-threepublic-2017-budget: a blank cell printed as one space, 年 printed as -
        String text = "台创园2017-度部门“三公”经费预算情况表\n    单位:元\n项目 2016-执行数 2017-预算数\n"
                + "一、支出合计   250000\n2、公务接待费   150000\n3、公务用车费 90000 100000\n5.公务接待批次(批)   10\n";
        assertThat(read(text, 2017, DisclosureKind.BUDGET)).containsEntry("threePublic.total", "250000")
                .containsEntry("threePublic.reception", "150000").containsEntry("threePublic.vehicles", "100000")
                .containsEntry("threePublic.receptionBatches", "10");
        // the same rows in a table aligned by several spaces say nothing of which column a lone number is in
        String aligned = "“三公”经费预算情况表\n单位:元\n项目  2016年执行数  2017年预算数\n一、支出合计   250000\n";
        assertThat(read(aligned, 2017, DisclosureKind.BUDGET)).doesNotContainKey("threePublic.total");
    }

    @Test
    void aFullerNameWithItsPlacesBeforeTheYearIsTheDepartment() {
        // guangdong-luohu-audit-threepublic-2024-final-excerpt (held-out batch 7); 纳入…: tianjin-wuqing-hexiwu (batch 7)
        String text = "罗湖区审计局2024年度财政拨款“三公”经费支出决算\n  深圳市罗湖区审计局2024年度“三公”经费财政拨款支出决算\n"
                + "2024年“三公”经费支出决算5万元。\n";
        assertThat(READER.read(text).disclosure().department().name()).isEqualTo("深圳市罗湖区审计局");
        String town = "一、部门基本情况\n纳入天津市武清区河西务镇人民政府2023年部门预算编制范围的预算单位包括本级。\n"
                + "收入预算总额500万元。\n";
        assertThat(READER.read(town).disclosure().department().name()).isEqualTo("天津市武清区河西务镇人民政府");
    }

    @Test
    void aChangeRightAfterABudgetFigureInAFinalAccountIsTheBudgetsChange() {
        // innermongolia-culture-dept-threepublic-2015-final-excerpt (held-out batch 9)
        String text = "内蒙古自治区文化厅2015年“三公”经费决算\n"
                + "2015年我厅系统“三公经费”部门预算451.62万元比2014年 “三公经费”部门预算287.17万元增加164.45万元。\n";
        assertThat(read(text, 2015, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("threePublic.total.change");
        // a change after a 决算 figure compared with the budget (比预算无增减变化) stays the 决算's
        String fin = "某中心2020年部门决算\n公务接待费支出决算2万元,公务接待费支出决算比预算无增减变化,比去年增加 0.5 万元。\n";
        assertThat(read(fin, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.reception.change", "5000");
    }

    @Test
    void aBudgetsTotalOfBothSidesIsTheGrandTotalAndARevenueBudgetOfTheSameValueIsToo() {
        // zhejiang-ningbo-culturetourism-institute-2022-budget-excerpt (held-out batch 8): the parts include 上年结转
        String text = "宁波市文化旅游研究院2022年部门预算\n2022年收支总预算 2903.70万元,收入包括:一般公共预算拨款收入,上年结转。\n"
                + "本单位2022年收入预算2903.70万元,其中:一般公共预算拨款收入2816.71万元,占97.00%;专户管理的事业收入0万元。\n";
        Map<String, String> f = read(text, 2022, DisclosureKind.BUDGET);
        assertThat(f).containsEntry("revenue.grandTotal", "29037000").containsEntry("expenditure.grandTotal", "29037000")
                .containsEntry("revenue.specialAccount", "0")
                .doesNotContainKeys("revenue.total", "revenue.business");
        // a final account's 收支总预算 is its budget, not its totals
        String fin = "某局2022年部门决算\n2022年收支总预算 2903.70万元。\n";
        assertThat(read(fin, 2022, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("revenue.grandTotal");
    }

    @Test
    void aSitesTitleFieldLabelIsNotPartOfTheName() {
        // chongqing-shizhu-culturalcentre-2023-budget-excerpt (held-out batch 9)
        String text = "[ 发布机构 ] 石柱县文化旅游委 [ 发文字号 ]\n[ 标 题 ] 石柱土家族自治县文化馆2023年单位预算情况说明\n"
                + "2023年收入预算669.28万元。\n";
        assertThat(READER.read(text).disclosure().department().name()).isEqualTo("石柱土家族自治县文化馆");
        // xizang-railway-protection-office-2025-budget-excerpt (held-out batch 14): the label parted by spaces only
        String spaced = "标      题 中共西藏自治区委员会政法委员会铁路护路联防办公室2025年度部门(单位)预算\n2025年收入预算2849.19万元。\n";
        assertThat(READER.read(spaced).disclosure().department().name()).isEqualTo("中共西藏自治区委员会政法委员会铁路护路联防办公室");
    }

    @Test
    void aDepartmentFromANameAndYearLineATownsSubjectAndItsBasicDuties() {
        // anhui-chaohu-court (a title split over two lines), anhui-nanling-xuzhen (a town), sichuan-dazhu-yongsheng
        String court = "巢湖市人民法院2021年度\n一般公共预算及政府性基金财政\n拨款“三公”经费支出决算情况说明\n“三公”经费支出决算5万元。\n";
        assertThat(READER.read(court).disclosure().department().name()).isEqualTo("巢湖市人民法院");
        String town = "许镇镇2020年“三公”经费决算数共计35.5万元,比上年决算数字下降34.26%。\n";
        assertThat(READER.read(town).disclosure().department().name()).isEqualTo("许镇镇");
        String duties = "一、部门基本情况\n大竹县永胜镇人民政府基本职能:贯彻党的路线、方针、政策。\n2024年收入预算1137.66万元。\n";
        assertThat(READER.read(duties).disclosure().department().name()).isEqualTo("大竹县永胜镇人民政府");
        // an opening phrase or a year's 度 is no part of a town's name
        String opening = "现将焦石镇2020年度部门决算公开如下。\n2020年度全镇“三公”经费支出决算5万元。\n";
        Disclosure read = READER.read(opening).disclosure();
        assertThat(read).isNotNull();
        assertThat(read.department() == null ? "" : String.valueOf(read.department().name())).doesNotContain("现将", "度全");
    }

    @Test
    void aHeadingThatIsOneThreePublicItemIsTheSubjectOfTermlessSentencesBelowIt() {
        // sichuan-youxian-govoffice-threepublic-2022-budget-excerpt (held-out batch 9), hainan-audit-dept-threepublic-2016
        String text = "二、“三公”经费财政拨款预算具体情况\n(一)因公出国(境)经费\n2022年预算安排0万元,与2021年预算持平\n"
                + "(二)公务接待费\n2022年预算安排1万元,与2021年预算持平。\n三、其他说明\n2022年预算安排5万元。\n";
        Map<String, String> f = read(text, 2022, DisclosureKind.BUDGET);
        assertThat(f).containsEntry("threePublic.outboundTravel", "0").containsEntry("threePublic.outboundTravel.change", "0")
                .containsEntry("threePublic.reception", "10000").containsEntry("threePublic.reception.change", "0");
        // under a heading that names no single item, a sentence without a term has no subject
        assertThat(f).hasSize(4);
    }

    @Test
    void aChangeAfterACompletionRateIsTheFiguresChangeNotAfterAGrowthRate() {
        // anhui-hefei-unit-threepublic-2023-final-excerpt (held-out batch 9); guangdong-finance-dept-2023-final-excerpt
        String text = "某单位2023年度“三公”经费决算\n“三公”经费支出预算为6.35万元,支出决算为6.35万元,完成预算的100%;较上年增加0.61万元。\n";
        assertThat(read(text, 2023, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.total.change", "6100");
        String growth = "广东省财政厅2023年度“三公”经费决算\n2023年度“三公”经费财政拨款支出决算为62.07万元,比上年决算数增加38.97万元,"
                + "增长168.7%;比2019年(疫情前)决算数减少24.87万元。\n";
        assertThat(read(growth, 2023, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.total.change", "389700");
    }

    @Test
    void aCarryOverNamedInTheReasonDoesNotMakeTheRevenueTotalAGrandTotal() {
        // chongqing-qijiang-highway-2023-final-excerpt
        String text = "某中心2023年度部门决算\n2.收入情况。2023年度收入合计10328.56万元,较上年决算数增加1894.61万元,"
                + "主要原因是上年年初结转资金1475.63万元。\n";
        assertThat(read(text, 2023, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.total", "103285600")
                .doesNotContainKey("revenue.grandTotal");
    }

    @Test
    void totalRevenueAndExpenditureAreGrandTotalsOnlyWhenTheTextSaysSo() {
        // yunnan-tcm-western-hospital-2017-final-excerpt (held-out batch 10): 总收入 is the year's own revenue there
        String hospital = "某医院2017年部门决算公开信息\n二、收入决算情况说明\n2017年总收入6628.72万元,其中:财政补助收入2339.68万元,"
                + "事业收入4131.31万元。\n三、支出决算情况说明\n2017年总支出7778.55万元,其中基本支出7095.35万元。\n";
        assertThat(read(hospital, 2017, DisclosureKind.FINAL_ACCOUNTS))
                .doesNotContainKeys("revenue.grandTotal", "expenditure.grandTotal", "revenue.total", "expenditure.total");
        // guangxi-wuzhou-junxiu / guangxi-wuzhou-unit: 其中本年收入 / 其中本年支出 — the totals with carry-overs
        String unit = "某单位2023年度部门决算\n(一)本单位2023年度总收入125.08万元,其中本年收入117.06万元。\n"
                + "(二)本单位2023年度总支出125.08万元,其中本年支出116.12万元。\n";
        assertThat(read(unit, 2023, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal", "1250800")
                .containsEntry("expenditure.grandTotal", "1250800");
    }

    @Test
    void aSummaryTableWithRowNumbersIsReadByLabelRowNumberAndAmount() {
        // shandong-jining-no2-hospital-2017-final-excerpt (held-out batch 11): a mirror drops blank cells
        String text = "某医院2017年度部门决算\n单位名称:某医院 单位:万元\n收入 | 支出 | ||||\n项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n"
                + "一、财政拨款收入 | 1 | 625.58 | 一、一般公共服务支出 | 28 | |\n二、上级补助收入 | 2 | 二、外交支出 | 29 | ||\n"
                + "本年收入合计 | 23 | 34846.81 | 本年支出合计 | 50 | 36341.62 |\n总计 | 27 | 36816\n";
        Map<String, String> f = read(text, 2017, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("revenue.fiscalAppropriation", "6255800").containsEntry("revenue.total", "348468100")
                .containsEntry("expenditure.total", "363416200")
                // a blank cell the mirror dropped is no figure; a last amount that may be cut is not read
                .doesNotContainKeys("revenue.superiorSubsidy", "revenue.grandTotal", "expenditure.grandTotal");
    }

    @Test
    void aFiscalSummaryTableStatesTheFiscalAppropriationsTotalsNotTheDepartments() {
        // the 财政拨款收入支出决算总表 of the national template, with 行次: its 本年收入合计 is the 财政拨款收入
        String text = "某局2022年度部门决算\n财政拨款收入支出决算总表\n单位:万元\n收入 | 支出 | ||||\n"
                + "项目 | 行次 | 金额 | 项目 | 行次 | 合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 |\n"
                + "一、一般公共预算财政拨款 | 1 | 500.00 | 一、一般公共服务支出 | 33 | 480.00 | 480.00 | |\n"
                + "本年收入合计 | 4 | 520.00 | 本年支出合计 | 36 | 510.00 | 490.00 | 20.00 |\n"
                + "年初财政拨款结转和结余 | 5 | 10.00 | 年末财政拨款结转和结余 | 37 | 20.00 | |\n"
                + "总计 | 8 | 530.00 | 总计 | 40 | 530.00 | 510.00 | 20.00 |\n";
        assertThat(read(text, 2022, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("revenue.fiscalAppropriation", "5200000")
                .containsEntry("fiscalAppropriation.revenueTotal", "5300000")
                .containsEntry("fiscalAppropriation.expenditureTotal", "5300000")
                .doesNotContainKeys("revenue.total", "expenditure.total", "revenue.grandTotal", "expenditure.grandTotal",
                        "revenue.carriedForward", "expenditure.carriedOver");
    }

    @Test
    void aTwoSidedSummaryTableCopiedOneCellPerLineIsReadLabelByAmount() {
        // hebei-pingshan-xiakou-finance-2025-budget-excerpt (held-out batch 3): 序号 | 收入 项目 | 预算数 | 支出 项目 | 预算数
        String text = "某镇2025年部门预算\n预算年度:2025 |\n单位:万元 | ||\n序号 |\n收入 |\n支出 | ||\n项 目 |\n预算数 |\n"
                + "项 目 |\n预算数 | |\n1 |\n一、一般公共预算拨款收入 |\n675.82 |\n一、一般公共服务支出 |\n516.39 |\n2 |\n"
                + "二、单位资金 |\n|\n二、外交支出 |\n|\n3 |\n本年收入合计 |\n675.82 |\n本年支出合计 |\n690.36 |\n4 |\n"
                + "上年结转结余 |\n14.54 |\n年终结转结余 |\n|\n5 |\n收入总计 |\n690.36 |\n支出总计 |\n690.3";
        assertThat(read(text, 2025, DisclosureKind.BUDGET)).containsEntry("revenue.total", "6758200")
                .containsEntry("expenditure.total", "6903600").containsEntry("revenue.carriedForward", "145400")
                .containsEntry("revenue.grandTotal", "6903600")
                // a blank cell keeps its line and states nothing; the text's last cell may be cut
                .doesNotContainKeys("expenditure.carriedOver", "expenditure.grandTotal");
    }

    @Test
    void aTwoSidedSummaryTableWithItsCellsPartedBySpacesIsReadLabelByAmount() {
        // a 收入支出决算总表 copied from a PDF: label, 行次, amount; a blank amount leaves no trace
        String text = "某局2022年度部门决算\n收入支出决算总表\n单位:万元\n收入 支出\n项目 行次 金额 项目 行次 金额\n"
                + "一、财政拨款收入 1 625.58 一、一般公共服务支出 28 600.00\n二、上级补助收入 2 二、外交支出 29\n"
                + "三、事业收入 3 80.78 三、国防支出 30\n本年收入合计 23 706.36 本年支出合计 50 690.00\n"
                + "总计 27 716.36 总计 59 716.3";
        assertThat(read(text, 2022, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.fiscalAppropriation", "6255800")
                .containsEntry("revenue.business", "807800").containsEntry("revenue.total", "7063600")
                .containsEntry("expenditure.total", "6900000").containsEntry("revenue.grandTotal", "7163600")
                .doesNotContainKeys("revenue.superiorSubsidy", "expenditure.grandTotal");
    }

    @Test
    void aSummaryTableWhoseSubjectNothingTellsGivesOnlyFundRevenue() {
        String text = "某单位2025年预算\n单位:万元\n项目 | 预算数 | 项目 | 预算数 |\n"
                + "一般公共预算拨款收入 | 80.00 | 一般公共服务支出 | 80.00 |\n本年收入合计 | 80.00 | 本年支出合计 | 80.00 |\n"
                + "收入总计 | 80.00 | 支出总计 | 80.00 |\n";
        assertThat(read(text, 2025, DisclosureKind.BUDGET)).containsEntry("revenue.generalPublicBudget", "800000")
                .doesNotContainKeys("revenue.total", "revenue.grandTotal", "revenue.fiscalAppropriation",
                        "fiscalAppropriation.revenueTotal");
    }

    @Test
    void aChangeAfterABracketOfPartsIsTheChangeOfTheFigureBeforeTheBracket() {
        // guangdong-city-dept-2019-budget-excerpt, sichuan-bazhong-bazhou-district-2024-budget-excerpt
        String text = "某局2024年部门预算\n三、“三公”经费预算情况\n公务用车购置及运行维护费605万元(其中:公务用车购置经费0万元,"
                + "公务用车运行维护费605万元),较上年减少32万元。\n";
        assertThat(read(text, 2024, DisclosureKind.BUDGET)).containsEntry("threePublic.vehicles.change", "-320000")
                .doesNotContainKey("threePublic.vehicleOperation.change");
    }

    @Test
    void finalAccountGrandTotalsNamedWithTheirKindAndFundNamesWithoutTheirBudgetWord() {
        // innermongolia-bayannur-womensfed-2022-final-excerpt, guangdong-leizhou-longmen-town-2018-budget-excerpt (batch 12)
        String fin = "某妇联2022年度部门决算\n2022年度收入决算总计332.98万元,本年收入决算合计332.76万元。\n";
        assertThat(read(fin, 2022, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal", "3329800");
        String budget = "某镇2018年部门预算\n一、收入预算\n收入预算712.99万元,其中:一般公共预算拨款665.49万元,政府性基金拨款0万元,"
                + "财政专户拨款47.5万元。\n";
        assertThat(read(budget, 2018, DisclosureKind.BUDGET)).containsEntry("revenue.governmentFund", "0")
                .containsEntry("revenue.specialAccount", "475000");
    }

    @Test
    void countsWrittenWithTheirTotalWordAndNoTravelAtAll() {
        // innermongolia-culture-dept-threepublic-2015-final-excerpt, unknown-bureau-threepublic-2015-final (batches 9, 12)
        String text = "某厅2015年部门决算\n二、“三公”经费情况\n公务接待费支出15.71万元。部门12个单位国内公务接待批次累计168次,"
                + "国内公务接待人次1284人。\n因公出国(境)费0万元,无因公出国(境)团组及人次。\n";
        Map<String, String> f = read(text, 2015, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("threePublic.receptionBatches", "168").containsEntry("threePublic.receptionPersons", "1284")
                .containsEntry("threePublic.outboundGroups", "0").containsEntry("threePublic.outboundPersons", "0");
    }

    @Test
    void bothTotalsChangeIsReadFromItsOwnClauseNotFromTheBudgetComparisonBeforeIt() {
        // innermongolia-bayannur-womensfed-2022-final-excerpt
        String text = "某妇联2022年度部门决算\n一、收入支出决算总体情况说明\n某妇联部门2022年度收入、支出决算总计665.96万元。"
                + "与年初预算相比,收、支总计各增加96.21万元,增长40.63%;与上年决算相比,收、支总计各增加107.58万元,增长47.7%。\n";
        Map<String, String> f = read(text, 2022, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("revenue.grandTotal.change", "1075800")
                .containsEntry("expenditure.grandTotal.change", "1075800")
                // 收入、支出决算总计 is one figure for both sides (here their sum): not the 支出总计 alone
                .doesNotContainKeys("expenditure.grandTotal", "revenue.grandTotal");
    }

    @Test
    void aNumberedListUnderAChangeThatOpensItCarriesItsComparison() {
        // hubei-echeng-threepublic-2022-final-excerpt
        String text = "某区2022年“三公”经费决算\n2022年“三公\"经费决算数相较于上年增加275.76万元,主要原因是:\n"
                + "1、公务用车运行维护费增加144.71万元,增加的原因是车辆维修费逐年上升。机关事务中心购置5台车;纪委购置2台车。\n"
                + "2、公务接待费增加4.34万元,增加的原因是招商引资项目增加。\n"
                + "二、其他情况\n3、公务接待费增加1.00万元。\n";
        Map<String, String> f = read(text, 2022, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("threePublic.total.change", "2757600")
                .containsEntry("threePublic.vehicleOperation.change", "1447100")
                .containsEntry("threePublic.reception.change", "43400");
        // a heading ends the list: an item after it compares with nothing
        String after = "某区2022年“三公”经费决算\n二、其他情况\n3、公务接待费增加1.00万元。\n";
        assertThat(read(after, 2022, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("threePublic.reception.change");
    }

    @Test
    void thePartsAfterFenXiangCarryTheComparisonOfTheSentenceBefore() {
        // hunan-yueyang-federation-threepublic-2017-budget
        String text = "某联2017年部门预算\n三、“三公”经费增减变化原因等说明\n“三公”经费预算支出合计4.9万元,比上年增加0.5万元。"
                + "分项为:公务接待费用减少0.2万元,公务用车费用增加0.7万元。\n";
        Map<String, String> f = read(text, 2017, DisclosureKind.BUDGET);
        assertThat(f).containsEntry("threePublic.total.change", "5000")
                .containsEntry("threePublic.reception.change", "-2000")
                .containsEntry("threePublic.vehicles.change", "7000");
    }

    @Test
    void aSummaryTableCopiedAsOneLineIsReadByRowNumberAndAmountWithItsGluedNumbering() {
        // hainan-huaqiao-business-school-2022-final-excerpt (a PDF page OCR'd into one line)
        String line = "财决公开01表 部门: 某学校 金额单位:万元 收入 收入 收入 支出 支出 支出 项目 行次 金额 项目 行次 金额 栏次 1 栏次 2 "
                + "一一般公共预算财政拨款收入 1 4,627.57 一一般公共服务支出 32 0.00 五事业收入 5 80.78 五教育支出 36 4,146.04 "
                + "八其他收入 8 33.19 八社会保障和就业支出 39 341.76 9 九卫生健康支出 40 89.57 10 ";
        Map<String, String> f = read("(注:以下内容为附件图片识别,个别文字可能不准确)\n" + line, 2022, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("revenue.generalPublicBudget", "46275700").containsEntry("revenue.business", "807800")
                .containsEntry("revenue.other", "331900");
        // without a unit before the header nothing is read; a fiscal table's rows give only the funds' revenue
        assertThat(read(line.replace("金额单位:万元 ", ""), 2022, DisclosureKind.FINAL_ACCOUNTS))
                .doesNotContainKeys("revenue.generalPublicBudget", "revenue.business");
        String fiscal = "金额单位:万元 项目 行次 金额 项目 行次 金额 一般公共预算财政拨款 1 100.00 一般公共服务支出 5 100.00 "
                + "本年收入合计 2 100.00 本年支出合计 6 100.00 年初财政拨款结转和结余 3 0.00 收入总计 4 100.00 ";
        assertThat(read(fiscal, 2022, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKeys("revenue.total", "revenue.grandTotal");
    }

    @Test
    void aHeadlinesRoundedAmountIsTheSameFigureAsTheExactOneNotAConflict() {
        // beijing-caac-threepublic-2014-budget-excerpt (held-out batch 14)
        String text = "民航局2014年三公经费预算7934万\n2014年“三公”经费财政拨款年初预算数为7933.94万元,比2013年预算数减少414.1万元。\n";
        assertThat(read(text, 2014, DisclosureKind.BUDGET)).containsEntry("threePublic.total", "79339400");
        // a headline that is not its rounding still conflicts
        String other = text.replace("7934万", "7935万");
        assertThat(read(other, 2014, DisclosureKind.BUDGET)).doesNotContainKey("threePublic.total");
        // beijing-disabled-persons-federation-threepublic-2013-budget (held-out batch 13): a headline that cuts the decimals
        String cut = "残联今年三公经费预算850万\n2013年“三公经费”财政拨款预算为850.55万元。\n";
        assertThat(read(cut, 2013, DisclosureKind.BUDGET)).containsEntry("threePublic.total", "8505500");
        assertThat(read(cut.replace("850万", "849万"), 2013, DisclosureKind.BUDGET)).doesNotContainKey("threePublic.total");
    }

    @Test
    void aBareFiscalAppropriationInTheQiZhongSentenceAfterTheRevenueTotalIsThatRevenue() {
        // beijing-moe-2024-final-excerpt (held-out batch 14)
        String text = "某部2024年度部门决算\n某部2024年度本年收入合计42,828,112.97万元,比2023年增加2,212,061.3万元。"
                + "其中:财政拨款17,229,526.68万元,占40.2%;事业收入18,512,156.91万元,占43.2%。\n";
        assertThat(read(text, 2024, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("revenue.fiscalAppropriation", "172295266800").containsEntry("revenue.business", "185121569100");
        String expenditure = "某部2024年度部门决算\n某部2024年度本年支出合计100万元。其中:财政拨款80万元。\n";
        assertThat(read(expenditure, 2024, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("revenue.fiscalAppropriation");
    }

    @Test
    void eachOfARespectivelyListUnchangedWhenAllAreSaidTheSameAsLastYear() {
        // sichuan-province-threepublic-2015-budget-excerpt (held-out batch 14)
        String text = "某省2015年“三公”经费预算\n其中,公务接待费0.98亿元,减少0.43亿元;因公出国(境)经费与公务用车购置及运行维护费"
                + "分别为0.34亿元和4.23亿元,均与去年持平。\n";
        assertThat(read(text, 2015, DisclosureKind.BUDGET)).containsEntry("threePublic.outboundTravel.change", "0")
                .containsEntry("threePublic.vehicles.change", "0").containsEntry("threePublic.vehicles", "423000000");
    }
    @Test
    void aTwoSidedSummaryTableOneCellPerLineWithoutColumnNamesGivesEachLabelTheCellBelowIt() {
        // shandong-jimo-no2-school-2022-budget-excerpt: 收入 / 支出 / 项目 / 项目, blank lines between cells, no 预算数
        String table = "2022年单位预算收支总表\n\n单位:青岛市即墨区第二中学\n\n\n预算年度:2022\n\n金额单位:万元\n\n"
                + "收 入\n\n支 出\n\n项 目\n\n\n项 目\n\n\n一、一般公共预算拨款收入\n\n12200.67\n\n一、人员经费\n\n"
                + "10746.88\n\n二、政府性基金预算拨款收入\n\n\n二、公用经费\n\n5.86\n\n三、国有资";
        Map<String, String> f = read(table, 2022, DisclosureKind.BUDGET);
        assertThat(f).containsEntry("revenue.generalPublicBudget", "122006700")
                .containsEntry("expenditure.personnel", "107468800").containsEntry("expenditure.publicUse", "58600")
                .doesNotContainKey("revenue.governmentFund");
    }

    @Test
    void aTwoSidedSummaryTableOneCellPerLineIsNotReadWhenALabelHasMoreCellsThanItsColumns() {
        // a label with two cells below it: the table has more columns than its header says, so no cell is placed
        String table = "2022年单位预算收支总表\n金额单位:万元\n收 入\n支 出\n项 目\n项 目\n"
                + "一、一般公共预算拨款收入\n100\n一、人员经费\n60\n55\n二、政府性基金预算拨款收入\n二、公用经费\n5.86\n";
        Map<String, String> f = read(table, 2022, DisclosureKind.BUDGET);
        assertThat(f).doesNotContainKeys("revenue.generalPublicBudget", "expenditure.personnel", "expenditure.publicUse");
    }
    @Test
    void aVerbOfChangeBeforeATermMakesItsAmountAChangeNotTheTermsOwn() {
        // hubei-xiaogan-highschool-2021-budget-excerpt (held-out batch 18): 减少公用支出217.58万元 is no 公用支出 of 217.58
        String text = "2021年预算支出6049.98万元比2020年减少558.32万元。主要原因:一是人员支出调整148.74万元;二是减少公用支出217.58万元。\n";
        assertThat(read(text, 2021, DisclosureKind.BUDGET)).doesNotContainKey("expenditure.publicUse")
                .containsEntry("expenditure.total", "60499800");
        // xinjiang-urumqi-tianshan-threepublic-2013-final-excerpt: 节约“三公经费”141.35万元 no longer conflicts with the total
        String saved = "2013年天山区财政拨款“三公经费”决算总数1699.95万元。\n记者由此计算得出:天山区2013年节约“三公经费”141.35万元。\n";
        assertThat(read(saved, 2013, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.total", "16999500");
    }

    @Test
    void aBudgetsTotalExpenditureIsItsExpenditure() {
        // guangxi-sanjiang-dudong-forestry-2024-budget, hubei-xiaogan-highschool-2021-budget-excerpt
        String text = "总支出848105.90元,比上年减少265895.04元,下降23.87%。\n"
                + "2021年预算总支出6049.98万元,其中:人员支出4892.06万元。\n";
        assertThat(read(text.substring(0, text.indexOf('\n') + 1), 2024, DisclosureKind.BUDGET))
                .containsEntry("expenditure.total", "848105.9").containsEntry("expenditure.total.change", "-265895.04");
        assertThat(read(text.substring(text.indexOf('\n') + 1), 2021, DisclosureKind.BUDGET))
                .containsEntry("expenditure.total", "60499800").containsEntry("expenditure.personnel", "48920600");
        // in a final account 总支出 stays a headline: 支出总计 only when it balances the 收入总计
        assertThat(read(text.substring(0, text.indexOf('\n') + 1), 2024, DisclosureKind.FINAL_ACCOUNTS))
                .doesNotContainKeys("expenditure.total", "expenditure.grandTotal");
    }

    @Test
    void aBudgetRevenueWithPriorYearsBalanceInsideIsTheGrandTotalAndSoIsItsChange() {
        // hubei-xiaogan-highschool-2021-budget-excerpt: 往年非税结余指标 is a carry-over
        String text = "2021年预算总收入6049.98万元,其中:经费拨款(补助)收入3565.88万元,年度非税收入资金1284.1万元,往年非税结余指标1200万元。\n"
                + "2021年预算收入6049.98万元比2020年减少558.32万元。\n";
        assertThat(read(text, 2021, DisclosureKind.BUDGET)).containsEntry("revenue.carriedForward", "12000000")
                .containsEntry("revenue.grandTotal", "60499800").containsEntry("revenue.grandTotal.change", "-5583200")
                .doesNotContainKeys("revenue.total", "revenue.total.change");
    }
    @Test
    void theTotalsOfTheYearComparedWithAreNotThisYearsAndTheChangeAfterThemIsBothTotals() {
        // zhejiang-jiangshan-quzhou-no2-vocational-2020-final-excerpt (held-out batch 17)
        String text = "2020年度收、支总计5501.62万元,与2019年度收、支总计4832.02万元相比各增加669.6万元,增长13.86%。\n";
        assertThat(read(text, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal", "55016200")
                .containsEntry("expenditure.grandTotal", "55016200").containsEntry("revenue.grandTotal.change", "6696000")
                .containsEntry("expenditure.grandTotal.change", "6696000");
    }

    @Test
    void aComparisonFirstThenTheSubjectGivesTheChangeOfTheTotalReadBefore() {
        // guangxi-sanjiang-kindergarten-2020-final-excerpt, hubei-jianghan-veteran-cadres-2015-final-excerpt (batches 17, 18)
        String both = "2020年度收入、支出总计6160234.82元。与2019年相比,收、支各增加321000元;增长5%。\n";
        assertThat(read(both, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal.change", "321000")
                .containsEntry("expenditure.grandTotal.change", "321000");
        String sides = "2015年度收入总计484万元,支出总计440万元。与2014年相比,收入增加134万元,主要原因是职工工资增加。"
                + "支出增加113万元,主要原因是职工工资增加。\n";
        assertThat(read(sides, 2015, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal.change", "1340000")
                .containsEntry("expenditure.grandTotal.change", "1130000");
        // a sentence starting 支出增加 with no comparison before it is not read as a change
        String alone = "2015年度收入总计484万元,支出总计440万元。支出增加113万元。\n";
        assertThat(read(alone, 2015, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("expenditure.grandTotal.change");
    }
    @Test
    void aFiscalRevenueTotalWrittenWithItsKindInsideIsTheFiscalTotalAndTakesTheChangeAfterIt() {
        // sichuan-dachuan-majia-health-centre-2017-final-excerpt (held-out batch 19)
        String text = "达州市达川区马家镇卫生院2017年度财政拨款收入决算总计177.28万元。与2016年相比增加22.13万元,增加12.28%。\n";
        assertThat(read(text, 2017, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("fiscalAppropriation.revenueTotal", "1772800")
                .containsEntry("fiscalAppropriation.revenueTotal.change", "221300")
                .doesNotContainKeys("revenue.fiscalAppropriation", "revenue.fiscalAppropriation.change");
    }

    @Test
    void aYearsRevenueFollowedBy总计IsNotThatRevenue() {
        // shanxi-xinzhou-no2-primary-2018-final-excerpt: 一般公共预算收入总计 includes what was carried over
        String text = "2018年度一般公共预算收入总计1085.31万元,本年支出1070.67万元,年末结转和结余30.65万元。\n";
        assertThat(read(text, 2018, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("revenue.generalPublicBudget");
    }
    @Test
    void aChangeInTheSentenceAfterOneFigureForBothTotalsIsBothTotalsChange() {
        // hunan-yueyang-5z-school-2020-final-excerpt (held-out batch 19)
        String text = "2020年度收、支总计3903.88万元。与上年相比,增加30.66 万元,增长0.79%,主要是因为年终绩效奖增加。\n";
        assertThat(read(text, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal.change", "306600")
                .containsEntry("expenditure.grandTotal.change", "306600");
    }

    @Test
    void eachChangeAfterARevenueAndAnExpenditureTotalIsEachOnesChange() {
        // zhejiang-linan-gaohong-kindergarten-2021-final-excerpt (held-out batch 19)
        String text = "2021年度收入总计1,151.41万元,支出总计1,151.41万元,与2020年度相比,各增加29.6万元,增长2.57%。\n";
        assertThat(read(text, 2021, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal.change", "296000")
                .containsEntry("expenditure.grandTotal.change", "296000");
        // compared with the document's own year it is no change on the prior year
        assertThat(read(text.replace("与2020年度", "与2021年度"), 2021, DisclosureKind.FINAL_ACCOUNTS))
                .doesNotContainKeys("revenue.grandTotal.change", "expenditure.grandTotal.change");
    }

    @Test
    void aBracketSayingWhatATermIncludesIsNotATermOfItsOwn() {
        // hubei-jianghan-veteran-cadres-2015-final-excerpt (held-out batch 17)
        String text = "2015年度本年收入合计447万元。其中:财政拨款收入(含政府性基金拨款)447万元,占本年收入100%。\n"
                + "2015年度财政拨款(含政府性基金拨款)收支总计484万元。\n";
        assertThat(read(text, 2015, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.fiscalAppropriation", "4470000")
                .containsEntry("fiscalAppropriation.revenueTotal", "4840000")
                .containsEntry("fiscalAppropriation.expenditureTotal", "4840000").doesNotContainKey("revenue.governmentFund");
    }

    @Test
    void aBudgetsFiscalRevenueAndExpenditureBudgetIsOneFigureForBothFiscalTotals() {
        // zhejiang-yinzhou-minglou-healthcentre-2021-budget-excerpt (held-out batch 20)
        String text = "本单位2021年财政拨款收支预算3354.33万元。\n";
        assertThat(read(text, 2021, DisclosureKind.BUDGET)).containsEntry("fiscalAppropriation.revenueTotal", "33543300")
                .containsEntry("fiscalAppropriation.expenditureTotal", "33543300");
    }

    @Test
    void aRevenueHeadlineWhoseStatedSourcesAddUpToItIsTheYearsRevenue() {
        // hubei-xialu-dongfang-healthcentre-2023-budget-excerpt, qinghai-procuratorate-2015-budget-excerpt
        String one = "2023年部门预算总收入729.95万元,其中财政拨款收入729.95万元,占预算收入100%。\n";
        assertThat(read(one, 2023, DisclosureKind.BUDGET)).containsEntry("revenue.total", "7299500");
        String two = "预算总收入为3836.27万元,其中:一般预算财政拨款收入3831.27万元,其他收入5万元。\n";
        assertThat(read(two, 2015, DisclosureKind.BUDGET)).containsEntry("revenue.total", "38362700");
        // sources short of the headline leave room for a carry-over: not known, not read
        String short_ = "预算总收入为3836.27万元,其中:一般预算财政拨款收入3831.27万元。\n";
        assertThat(read(short_, 2015, DisclosureKind.BUDGET)).doesNotContainKeys("revenue.total", "revenue.grandTotal");
    }
    @Test
    void 公共财政IsTheOldNameOfTheGeneralPublicBudget() {
        // innermongolia-xilingol-relics-station-2015-final-excerpt (held-out batch 22), innermongolia-hangjin-…-2016
        String text = "2015年本年收入合计639.70万元,其中公共财政拨款639.39万元,其他收入0.31万元,与上年相比基本持平。\n";
        assertThat(read(text, 2015, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.generalPublicBudget", "6393900")
                .doesNotContainKey("revenue.fiscalAppropriation");
        assertThat(read("本年收入合计1700万元,其中公共财政预算收入1631.06万元。\n", 2016, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("revenue.generalPublicBudget", "16310600");
        // innermongolia-hangjin-jirigalangtu-2016-final-excerpt: the figure compared with is not the document's
        String compared = "2016年度收入总计9,937.38万元,与2016年公共财政预算收入1631.06万元,相比增加8306.32万元,增长509.25%。\n";
        assertThat(read(compared, 2016, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal", "99373800")
                .doesNotContainKeys("revenue.generalPublicBudget", "threePublic.budgeted.total");
    }
    @Test
    void 共收入IsAHeadlineReadAsTheYearsRevenueWhenItsSourcesAddUpToIt() {
        // innermongolia-xilingol-relics-station-2015-final-excerpt (held-out batch 22)
        String text = "2015年共收入639.70万元,其中公共财政拨款639.39万元,其他收入0.31万元,与上年相比基本持平。\n";
        assertThat(read(text, 2015, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.total", "6397000")
                .containsEntry("revenue.generalPublicBudget", "6393900");
        assertThat(read("2015年共收入639.70万元,其中其他收入0.31万元。\n", 2015, DisclosureKind.FINAL_ACCOUNTS))
                .doesNotContainKeys("revenue.total", "revenue.grandTotal");
        // a carry-over stated elsewhere does not make 共收入 the grand total
        assertThat(read("2015年共收入639.70万元。年初结转和结余20万元。\n", 2015, DisclosureKind.FINAL_ACCOUNTS))
                .doesNotContainKeys("revenue.total", "revenue.grandTotal");
    }

    @Test
    void moreNamesOfRevenueAndExpenditure() {
        // qinghai-huangzhong-qunjia-township-2015-budget-excerpt, hunan-linxiang-propaganda-2022-budget-excerpt (batches 21–22)
        String text = "本年支出合计100万元,其中:基本支出100万元,对下级单位补助支出0万元。\n"
                + "本年收入合计100万元,其中:一般公共预算拨款收入100万元,纳入专户管理的非税收入0万元。\n";
        assertThat(read(text, 2022, DisclosureKind.BUDGET)).containsEntry("expenditure.subsidyToSubordinate", "0")
                .containsEntry("revenue.specialAccount", "0");
    }

    @Test
    void aComparisonFirstCarriesToTheOtherSideInALaterClause() {
        // innermongolia-hangjin-jirigalangtu-2016-final-excerpt (held-out batch 22)
        String text = "本部门2016年度收入总计9,937.38万元,支出总计9,937.38万元。与2015年度相比,收入增加6,800.07万元,增长216.7%;"
                + "支出增加6,800.07万元,增长216.7%。\n";
        assertThat(read(text, 2016, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal.change", "68000700")
                .containsEntry("expenditure.grandTotal.change", "68000700");
    }

    @Test
    void namesFromAPartsHeadingATitleWithWhatItCoversAndAnIntroduction() {
        // innermongolia-hangjin-…, innermongolia-xilingol-…, chongqing-changshou-longhe-2019-final-excerpt (batch 22)
        String part = "第二部分 内蒙古自治区鄂尔多斯市杭锦旗吉日嘎朗图镇人民政府2016年度部门决算情况说明\n本年收入合计100万元。\n";
        assertThat(READER.read(part).disclosure().department().name()).isEqualTo("内蒙古自治区鄂尔多斯市杭锦旗吉日嘎朗图镇人民政府");
        String covers = "锡林郭勒盟文物保护管理站(包括锡盟博物馆)关于2015年部门决算情况\n2015年本年收入合计639.70万元。\n";
        assertThat(READER.read(covers).disclosure().department().name()).isEqualTo("锡林郭勒盟文物保护管理站");
        String intro = "一、部门主要职责\n龙河镇人民政府内设党政办公室等机构。\n2019年度本年收入合计100万元。\n";
        assertThat(READER.read(intro).disclosure().department().name()).isEqualTo("龙河镇人民政府");
        // held-out batch 47: a two-character name before its kind, 位于 introducing an institution, not a place
        String kindergarten = "(二)机构设置\n蒙正幼儿园内设行政办公室、教研部门。\n2023年度收入合计536.30万元。\n";
        assertThat(READER.read(kindergarten).disclosure().department().name()).isEqualTo("蒙正幼儿园");
        String located = "(二)机构设置\n增福镇卫生院位于增福镇福兴路16号。\n2024年度收入合计1184.79万元。\n";
        assertThat(READER.read(located).disclosure().department().name()).isEqualTo("增福镇卫生院");
        String place = "长寿区龙河镇位于长寿城区东北20公里处。\n龙河镇人民政府内设党政办公室等机构。\n2019年度本年收入合计100万元。\n";
        assertThat(READER.read(place).disclosure().department().name()).isEqualTo("龙河镇人民政府");
        String founded = "(二)机构设置\n增福镇卫生院成立于1958年。\n2024年度收入合计1184.79万元。\n";
        assertThat(READER.read(founded).disclosure().department().name()).isEqualTo("增福镇卫生院");
        String bracketed = "龙河镇（街道）位于长寿城区东北。\n龙河镇人民政府内设党政办公室等机构。\n2019年度本年收入合计100万元。\n";
        assertThat(READER.read(bracketed).disclosure().department().name()).isEqualTo("龙河镇人民政府");
        String generic = "卫生院位于增福镇。\n2024年度收入合计1184.79万元。\n";
        assertThat(READER.read(generic).disclosure().department().name()).isNotEqualTo("卫生院");
    }
    @Test
    void aPriorYearsAmountWithoutItsUnitBetweenTheComparisonAndTheChangeIsPassedOver() {
        // yunnan-kaiyuan-no4-middleschool-threepublic-2021-budget (held-out batch 24)
        String text = "2021年“三公”经费预算情况:公务接待费预算为0.55万元,较上年2.5减少1.95万元。\n";
        assertThat(read(text, 2021, DisclosureKind.BUDGET)).containsEntry("threePublic.reception", "5500")
                .containsEntry("threePublic.reception.change", "-19500");
    }

    @Test
    void aThreePublicTitleNamesItsDepartmentButNotAPlace() {
        // yunnan-kaiyuan-no4-middleschool-threepublic-2021-budget: the title, not the publisher above it
        String page = "• 开远市教育体育局\n  • 发布机构\n    开远市教育体育局\n开远市第四中学校2021年“三公”经费预算编制说明\n"
                + "2021年“三公”经费预算为5.55万元。\n";
        assertThat(READER.read(page).disclosure().department().name()).isEqualTo("开远市第四中学校");
        // jiangxi-fengxin-county-2023-budget-excerpt: a county's “三公” are no department's
        String county = "奉新县2023年“三公”经费预算增减变化情况说明\n2023年“三公”经费预算为100万元。\n";
        assertThat(READER.read(county).disclosure().department().name()).isNull();
    }
    @Test
    void aBudgetsInitialBudgetRevenueIsItsRevenue() {
        // hunan-beita-cppcc-2017-budget-excerpt (held-out batch 23): 2017年初预算收入
        String text = "(一)2017年初预算收入275.7248万元。(二)2017年初预算支出275.7248万元。\n";
        assertThat(read(text, 2017, DisclosureKind.BUDGET)).containsEntry("revenue.total", "2757248")
                .containsEntry("expenditure.total", "2757248");
    }

    @Test
    void theChangeOfOneFigureForBothTotalsAgainstAPriorYearNamedByItsNumber() {
        // beijing-cylc-central-2013-budget-excerpt (held-out batch 23)
        String text = "共青团中央2013年收支总预算57860.38万元,比2012年年初预算增加7188.1万元。\n";
        assertThat(read(text, 2013, DisclosureKind.BUDGET)).containsEntry("revenue.grandTotal.change", "71881000")
                .containsEntry("expenditure.grandTotal.change", "71881000");
        assertThat(read(text.replace("比2012年", "比2013年"), 2013, DisclosureKind.BUDGET))
                .doesNotContainKey("revenue.grandTotal.change");
    }

    @Test
    void aVerbOfChangeBeforeATermInsideAReasonIsNotTheTermsChange() {
        // chongqing-qijiang-zhongfeng-primary-2023-budget-excerpt: 教育支出增加经费拨款51.17万元 is the reason's
        String text = "收入合计761.21万元,收入较2022年增加55.87万元,主要是教育支出增加一般公共预算拨款51.17万元。\n";
        assertThat(read(text, 2023, DisclosureKind.BUDGET)).containsEntry("revenue.total.change", "558700")
                .doesNotContainKey("revenue.generalPublicBudget.change");
    }

    @Test
    void aSentenceThatIsOnlyAnItemsNameGivesTheNextSentenceItsSubject() {
        // guangdong-futian-civilaffairs-threepublic-2026-budget-excerpt (held-out batch 23)
        String text = "2026年“三公”经费预算情况\n  2.公务接待费。2026年预算数0.50万元,较2025年年初预算减少0.50万元,主要是接待支出。\n";
        assertThat(read(text, 2026, DisclosureKind.BUDGET)).containsEntry("threePublic.reception", "5000")
                .containsEntry("threePublic.reception.change", "-5000");
    }
    @Test
    void moreWaysOfStatingNoneAndNoChange() {
        // anhui-chizhou-govoffice-…, guangxi-guilin-justice-…, shanxi-jishan-cppcc-2022-budget-excerpt (held-out batch 26)
        String three = "2020年“三公”经费预算:公务用车购置及运行费支出0万元,比较2019年预算无变化。无因公出国(境)费用预算。\n";
        assertThat(read(three, 2020, DisclosureKind.BUDGET)).containsEntry("threePublic.vehicles.change", "0")
                .containsEntry("threePublic.outboundTravel", "0");
        assertThat(read("2017年“三公”经费预算:公务用车费预算19.95万元,同比减少5.70万元。\n", 2017, DisclosureKind.BUDGET))
                .containsEntry("threePublic.vehicles", "199500").containsEntry("threePublic.vehicles.change", "-57000");
        String funds = "收入预算455.04万元。其中:一般公共预算拨款455.04万元,无政府性基金预算拨款。\n本单位2022年无国有资本经营预算。\n";
        assertThat(read(funds, 2022, DisclosureKind.BUDGET)).containsEntry("revenue.governmentFund", "0")
                .doesNotContainKey("governmentFundExpenditure.total")
                .containsEntry("revenue.stateCapital", "0").containsEntry("stateCapitalExpenditure.total", "0");
    }

    @Test
    void aUnitsCodeBeforeItsNameInATitleIsNoPartOfTheName() {
        // guangxi-liuzhou-maanshan-kindergarten-2023-budget-excerpt (held-out batch 26)
        String text = "360035柳州市马鞍山幼儿园2023年单位预算公开说明\n2023年收入预算合计100万元。\n";
        assertThat(READER.read(text).disclosure().department().name()).isEqualTo("柳州市马鞍山幼儿园");
    }
    @Test
    void threePublicNamedWithout经费BeforeTheirTotalAreTheirTotal() {
        // guangdong-dongguan-city-level-threepublic-2016-final (held-out batch 25): not the department's 支出合计
        String text = "数据显示,2016年市本级“三公”支出合计为9615.12万元,完成年初预算71.21%。\n";
        assertThat(read(text, 2016, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.total", "96151200")
                .doesNotContainKey("expenditure.total");
    }
    @Test
    void noRevenueNorExpenditureOfTwoFundsNamedTogether() {
        // hunan-changde-foreign-language-school-2022-budget-excerpt (held-out batch 25)
        String text = "本单位没有政府性基金预算拨款、国有资本经营预算安排的收入,也没有使用政府性基金预算拨款、国有资本经营预算安排的支出。\n";
        assertThat(read(text, 2022, DisclosureKind.BUDGET)).containsEntry("revenue.governmentFund", "0")
                .containsEntry("revenue.stateCapital", "0").containsEntry("governmentFundExpenditure.total", "0")
                .containsEntry("stateCapitalExpenditure.total", "0");
        assertThat(read("本年收入合计500万元,其中上级单位补助收入321.65万元。\n", 2022, DisclosureKind.BUDGET))
                .containsEntry("revenue.superiorSubsidy", "3216500");
    }

    @Test
    void aRevenueBudgetEqualToTheOneFigureForBothTotalsStaysTheYearsRevenueWhenItsSourcesMakeIt() {
        // zhejiang-qingtian-wukeng-township-2020-budget-excerpt (held-out batch 25)
        String text = "2020年收支总预算472.27万元。收入仅包括一般公共预算拨款收入472.27万元。\n2020年收入预算472.27万元,其中:\n";
        assertThat(read(text, 2020, DisclosureKind.BUDGET)).containsEntry("revenue.total", "4722700")
                .containsEntry("revenue.grandTotal", "4722700");
        // without sources that make it, it is the grand total (it equals the 收支总预算)
        String alone = "2020年收支总预算472.27万元。\n2020年收入预算472.27万元,其中:\n";
        assertThat(read(alone, 2020, DisclosureKind.BUDGET)).doesNotContainKey("revenue.total");
    }
    @Test
    void aFinalAccountsSummaryTableOneCellPerLineWithRowNumbersGivesEachLabelTheAmountAfterItsRowNumber() {
        // guizhou-qiannan-tcm-hospital-2020-final-excerpt (held-out batch 28): spaced 项 目, 行次 columns, 4,194.89
        String table = "表1 收入支出决算总表 | ||||||||\n编制单位:贵州省黔南州中医医院 |\n金额单位:万元 | |||||||\n收入 |\n支出 | |||||||\n"
                + "项 目 |\n行次 |\n决算数 |\n项 目 |\n行次 |\n决算数 | |||\n栏 次 |\n1 |\n栏 次 |\n2 | |||||\n"
                + "一、一般公共预算财政拨款收入 |\n1 |\n4,194.89 |\n一、一般公共服务支出 |\n31 |\n0.00 | |||\n"
                + "五、事业收入 |\n5 |\n38,358.13 |\n五、教育支出 |\n35 |\n |\n";
        Map<String, String> f = read(table, 2020, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(f).containsEntry("revenue.generalPublicBudget", "41948900").containsEntry("revenue.business", "383581300");
        assertThat(f.values()).doesNotContain("10000", "50000"); // no row number read as an amount
    }
    @Test
    void aTitledPageWithNoFigureIsRefusedWithAMessageSayingWhatItIs() {
        // ningxia-yinchuan-xixia-govoffice-2018-final-excerpt: a title and a table of contents, cut before any figure
        String page = "银川市西夏区人民政府办公室2018年部门决算公开说明\n目录\n一、部门概况\n二、收入支出决算总体情况说明\n";
        var result = READER.read(page);
        assertThat(result.disclosure()).isNull();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("READ-NOT-DISCLOSURE");
            assertThat(f.message()).contains("银川市西夏区人民政府办公室2018年部门决算").contains("目录");
        });
    }
    @Test
    void aPageStatingAmountsNoneOfWhichCanBePlacedIsReadNotRefused() {
        // shanxi-xiaodian-streetlight-2016-final, yunnan-daguan-shanggaoqiao-healthcentre-2023-budget-excerpt: amounts
        // the reader cannot place (a 收入决算 headline, a table flattened onto one line) are still stated amounts
        String prose = "太原市小店区路灯管理所2016年度部门决算公示补充说明\n1、2016年收入决算205.27万元,比上年收入决算221.17万元减少15.9万元。\n";
        var read = READER.read(prose);
        assertThat(read.disclosure()).isNotNull();
        assertThat(read.disclosure().department().name()).isEqualTo("太原市小店区路灯管理所");
        assertThat(read.disclosure().figures()).isEmpty();
        assertThat(read.findings()).extracting(f -> f.rule()).contains("READ-FIGURE-MISSING").doesNotContain("READ-NOT-DISCLOSURE");
        String table = "大关县上高桥回族彝族苗族乡卫生院2023年部门预算公开表\n部门财务收支预算总表 收 项 目 一、一般公共预算拨款收入 "
                + "单位:元 入 支 2023年预算数 出 4,611,907.36 一、一般公共服务支出\n";
        assertThat(READER.read(table).disclosure()).isNotNull();
        // a table of contents with numbered entries and dates states no amount: refused as before
        String contents = "大关县上高桥回族彝族苗族乡卫生院2023年部门预算公开表\n1.部门财务收支预算总表01-1 2.部门收入预算表01-2\n"
                + "公开时间:2025年10月15日\n";
        assertThat(READER.read(contents).disclosure()).isNull();
    }
    @Test
    void anAverageIsNotTheItemsFigure() {
        // beijing-city-level-threepublic-2015-final (held-out batch 30): 人均因公出国(境)费用2.4万元
        String text = "2015年市级“三公”经费决算情况:全年市级因公出国(境)团组1378个,共4772人次,人均因公出国(境)费用2.4万元。\n";
        assertThat(read(text, 2015, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("threePublic.outboundTravel");
    }

    @Test
    void aRevenueHeadlineWithAZeroCarryOverIsBothTotalsItsChangeTheGrandTotals() {
        // guangxi-sanjiang-dudong-forestry-2024-budget, zhejiang-tiantai-sanhe-town-2020-budget-excerpt (batch 27)
        String text = "2024年单位预算总收入848105.90元,比上年减少265895.04元。其中:1.一般公共预算拨款848105.90元;2.上年结余收入0元,同比减少194888元。\n";
        assertThat(read(text, 2024, DisclosureKind.BUDGET)).containsEntry("revenue.total", "848105.9")
                .containsEntry("revenue.grandTotal", "848105.9").containsEntry("revenue.grandTotal.change", "-265895.04")
                .doesNotContainKey("revenue.total.change");
    }
    @Test
    void moreNamesAndZerosFromBatches27To30() {
        // shanghai-writers-association-2020-final-excerpt: the totals named as one change as one
        String joint = "2020年度收入支出总计7,871.20万元。与2019年度相比,收入支出总计减少44.04万元,下降0.56%。\n";
        assertThat(read(joint, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal.change", "-440400")
                .containsEntry("expenditure.grandTotal.change", "-440400");
        // hainan-sanya-forestfarm-2025-budget-excerpt, guangdong-medical-college-2015-budget-excerpt
        String funds = "收入预算合计100万元,其中一般公共预算本年收入77.82万元,政府性基金预算本年收入0万元。\n"
                + "2015年收入预算51,232.55万元,其中:公共预算拨款28,572.55万元。\n";
        assertThat(read(funds, 2025, DisclosureKind.BUDGET)).containsEntry("revenue.generalPublicBudget", "778200")
                .containsEntry("revenue.governmentFund", "0");
        assertThat(read(funds.substring(funds.indexOf("2015")), 2015, DisclosureKind.BUDGET))
                .containsEntry("revenue.generalPublicBudget", "285725500");
        // sichuan-pingwu-forestry-threepublic-2019-budget, shanxi-pinglu-afforestation-centre-2019-final-excerpt
        assertThat(read("2019年“三公”经费预算:2019年无因公出国(境)经费预算安排。\n", 2019, DisclosureKind.BUDGET))
                .containsEntry("threePublic.outboundTravel", "0");
        assertThat(read("(七)“三公”经费情况:2019年度,我单位无“三公”经费的预算与支出。\n", 2019, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("threePublic.total", "0").containsEntry("threePublic.budgeted.total", "0");
    }

    @Test
    void aDepartmentFieldAndATitleNamingItsBudgetsIncomeAndSpending() {
        // henan-luolong-longxiang-primary-2016-final-excerpt, guangdong-medical-college-2015-budget-excerpt,
        // sichuan-pingchang-yuejia-township-2017-final-excerpt (the tables' 汇总 is no part of the name)
        assertThat(READER.read("部门:河南省洛阳市洛龙区龙祥小学\n本年收入合计100万元。\n").disclosure().department().name())
                .isEqualTo("河南省洛阳市洛龙区龙祥小学");
        assertThat(READER.read("部门:平昌县岳家镇汇总\n本年收入合计100万元。\n").disclosure().department().name())
                .isEqualTo("平昌县岳家镇");
        var titled = READER.read("广东医学院2015年部门预算收支情况说明\n2015年收入预算51,232.55万元。\n").disclosure();
        assertThat(titled.department().name()).isEqualTo("广东医学院");
        assertThat(titled.year()).isEqualTo(2015);
        assertThat(titled.kind()).isEqualTo(DisclosureKind.BUDGET);
    }
    @Test
    void theRatePrintedAfterAChangeSaysWhoseChangeItIs() {
        // jiangxi-yongfeng-court-2020-final-excerpt (held-out batch 32): 197.03 ÷ (3759.2 − 197.03) = 5.5 %, not the carry-over's
        String text = "本部门2020年度收入总计3759.2万元,其中年初结转和结余1366.76万元,较2019年增加197.03万元,增加5.5%。\n";
        assertThat(read(text, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal.change", "1970300")
                .doesNotContainKey("revenue.carriedForward.change");
        // a rate that fits the figure right before it (or none) leaves the change there
        String own = "本部门2020年度收入总计3759.2万元,其中年初结转和结余1366.76万元,较2019年增加197.03万元,增加16.8%。\n";
        assertThat(read(own, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.carriedForward.change", "1970300");
        // a zero change with 0 % says nothing of whose
        String zero = "本部门2020年度收入总计4170.87万元,其中年初结转和结余0万元,较2019年增加0万元,增长0 %。\n";
        assertThat(read(zero, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.carriedForward.change", "0");
    }

    @Test
    void aFiscalRevenueTotalBudgetIsTheFiscalTotal() {
        // gansu-ningxian-library-2020-budget-excerpt (held-out batch 32)
        String text = "2020年财政拨款收入总预算1049153元,比上年增加368347元。\n";
        assertThat(read(text, 2020, DisclosureKind.BUDGET)).containsEntry("fiscalAppropriation.revenueTotal", "1049153")
                .doesNotContainKey("revenue.fiscalAppropriation");
    }
    @Test
    void aFundsRevenueOfTheYearNamedWith本年收入() {
        // henan-gongyi-procuratorate-2019-final-excerpt (held-out batch 32)
        String text = "一般公共预算财政拨款本年收入979.53万元,比上年增加28.13万元。\n"
                + "政府性基金预算财政拨款本年收入225.58万元,比上年增加161.78万元;本年支出225.58万元,比上年增加161.78万元。\n";
        assertThat(read(text, 2019, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.generalPublicBudget", "9795300")
                .containsEntry("revenue.generalPublicBudget.change", "281300").containsEntry("revenue.governmentFund", "2255800")
                .containsEntry("governmentFundExpenditure.total", "2255800").doesNotContainKeys("revenue.total", "expenditure.total");
    }

    @Test
    void fundsInsideTheBracketAfterTheFiscalRevenueAreItsPartsWhenTheyMakeIt() {
        // zhejiang-linan-gaohong-kindergarten-2021-final-excerpt, zhejiang-qujiang-dazhou-school-2016-final-excerpt
        String text = "本年收入合计1,151.41万元;包括财政拨款收入1,077.36万元(其中,一般公共预算1,129.36万元,政府性基金预算-52万元),"
                + "占收入合计93.57%。\n";
        assertThat(read(text, 2021, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.generalPublicBudget", "11293600")
                .containsEntry("revenue.governmentFund", "-520000").doesNotContainKey("revenue.stateCapital");
        // parts that do not add up to the figure, or a part that is no fund, say nothing
        String short_ = "财政拨款收入1,077.36万元(其中,一般公共预算1,000万元,政府性基金预算0万元)。\n";
        assertThat(read(short_, 2021, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKeys("revenue.generalPublicBudget",
                "revenue.governmentFund");
        String other = "财政拨款收入100万元(其中,一般公共预算90万元,项目资金10万元)。\n";
        assertThat(read(other, 2021, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("revenue.generalPublicBudget");
        // the expenditure side: the funds' expenditure
        String spent = "财政拨款支出500万元(其中:一般公共预算400万元、政府性基金预算100万元)。\n";
        assertThat(read(spent, 2021, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("generalPublicBudgetExpenditure.total", "4000000")
                .containsEntry("governmentFundExpenditure.total", "1000000");
    }

    @Test
    void bothTotalsWithABracketSayingTheyIncludeTheCarryOvers() {
        // henan-gongyi-procuratorate-2019-final-excerpt
        String text = "本部门2019年度收支总计(含结转和结余)1323.65万元。\n";
        assertThat(read(text, 2019, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal", "13236500")
                .containsEntry("expenditure.grandTotal", "13236500").doesNotContainKeys("revenue.total", "expenditure.total");
    }

    @Test
    void aRevenueBudgetMadeByItsSourcesStaysTheYearsWithACarryOverBesides() {
        // chongqing-dianjiang-baojia-healthcentre-2022-budget-excerpt (held-out batch 35)
        String text = "(一)收入预算:2022年年初预算数504.51万元,其中:一般公共预算拨款204.51万元,政府性基金预算拨款0万元,事业收入300万元,"
                + "其他收入0万元;上年结转结余资金29.81万元;收入较去年增加76.05万元。\n";
        assertThat(read(text, 2022, DisclosureKind.BUDGET)).containsEntry("revenue.total", "5045100")
                .containsEntry("revenue.total.change", "760500").doesNotContainKey("revenue.grandTotal");
        // a source with the carry-over inside it: the 收入预算 is the grand total (chongqing-qijiang-zhongfeng-primary)
        String inside = "(一)收入预算:2023年年初预算数761.21万元(含上年结转5.01万元),其中:一般公共预算拨款761.21万元(含上年结转5.01万元),"
                + "事业收入0万元。\n";
        assertThat(read(inside, 2023, DisclosureKind.BUDGET)).containsEntry("revenue.grandTotal", "7612100")
                .doesNotContainKey("revenue.total");
    }

    @Test
    void theVehiclesPartsNamedBareRightAfterTheVehicles() {
        // yunnan-chenggong-finance-threepublic-2016-budget-excerpt, sichuan-dongpo-audit-threepublic-2014-final (batch 35)
        String text = "2016年呈贡区财政局安排公务用车购置及运行费12万元,其中:购置费0万元、运行费12万元,比2015年预算减少2万元。\n";
        assertThat(read(text, 2016, DisclosureKind.BUDGET)).containsEntry("threePublic.vehicles", "120000")
                .containsEntry("threePublic.vehiclePurchase", "0").containsEntry("threePublic.vehicleOperation", "120000")
                .containsEntry("threePublic.vehicleOperation.change", "-20000");
        String table = "东坡区审计局2014年“三公”经费决算表\n项目 | 2014年决算 (万元) |\n因公出国(境)经费 | 0 |\n"
                + "公务用车购置及运行维护费 | 17.9 |\n其中:购置经费 | 0 |\n运行维护费 | 17.9 |\n";
        assertThat(read(table, 2014, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.outboundTravel", "0")
                .containsEntry("threePublic.vehiclePurchase", "0").containsEntry("threePublic.vehicleOperation", "179000");
        // elsewhere a bare 运行经费 / 购置费 is no “三公” part, and gives the next sentence no “三公” parent
        String elsewhere = "2020年度支出合计387.82万元,主要原因是装修已完成,运行经费减少。其中:基本支出225.87万元;项目支出161.95万元。\n"
                + "办公设备购置费3万元。\n";
        assertThat(read(elsewhere, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("expenditure.basic", "2258700")
                .doesNotContainKeys("threePublic.vehicleOperation", "threePublic.vehiclePurchase");
        String tableElsewhere = "2014年支出决算表\n项目 | 2014年决算 (万元) |\n购置费 | 3 |\n";
        assertThat(read(tableElsewhere, 2014, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("threePublic.vehiclePurchase");
    }

    @Test
    void aHeadlineStatingOnlyAChangeAfterTheSentencesTotalIsThatTotals() {
        // chongqing-dianjiang-funeralhome-2020-final-excerpt (held-out batch 34)
        String text = "2.收入情况。2020年度收入合计1238.61万元,总收入较上年决算数增加819.06万元,增长195.2%。其中:财政拨款收入1,238.61万元;"
                + "此外,年初结转和结余699.04万元。\n";
        assertThat(read(text, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.total.change", "8190600")
                .doesNotContainKey("revenue.grandTotal.change");
    }

    @Test
    void aFundAfterTheOperatingCostsIsWhatTheyArePaidFromNotRevenue() {
        // hunan-yunxi-cdc-2018-budget-excerpt (held-out batch 34)
        String text = "1、机关运行经费\n2018年本级的机关运行经费,当年一般公共预算拨款6.83万元,比2017年预算减少2.69万元。\n";
        assertThat(read(text, 2018, DisclosureKind.BUDGET)).doesNotContainKeys("revenue.generalPublicBudget",
                "revenue.generalPublicBudget.change");
    }

    @Test
    void oneChangeOfBothGrandTotalsNamedTogetherAndACarryOverWrittenTheOtherWayRound() {
        // chongqing-dianjiang-funeralhome-2020-final-excerpt, ningxia-yinchuan-funeralhome-2014-final-excerpt (batch 34)
        String text = "1.总体情况。2020年度收入总计1937.65万元,支出总计1937.65万元。较上年比较收、支总计增加777.71万元,增长67.0%。\n"
                + "上年结余和结转204.33万元。\n";
        assertThat(read(text, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal.change", "7777100")
                .containsEntry("expenditure.grandTotal.change", "7777100").containsEntry("revenue.carriedForward", "2043300");
    }

    @Test
    void learnedFromBatch33() {
        // tianjin-tmu-general-hospital-2021-budget-excerpt: 非同级财政拨款预算收入 is no total and no 财政拨款
        String tianjin = "其中,本年收入合计493,824.1万元,包括一般公共预算拨款收入11,495.9万元、非同级财政拨款预算收入0万元、事业收入476,485万元、"
                + "其他收入5843.2万元;上年结转结余2,731.6万元。\n";
        assertThat(read(tianjin, 2021, DisclosureKind.BUDGET)).containsEntry("revenue.total", "4938241000")
                .containsEntry("revenue.other", "58432000").containsEntry("revenue.carriedForward", "27316000")
                .doesNotContainKey("revenue.fiscalAppropriation");
        // hubei-qianjiang-museum-2026-budget-excerpt: another year's 收支总预算 in the sentence is not this year's
        String qianjiang = "本单位2026年收支总预算1291.68万元,2025 年收支总预算 846.48万元,较上年增加了445.20万元。\n";
        assertThat(read(qianjiang, 2026, DisclosureKind.BUDGET)).containsEntry("revenue.grandTotal", "12916800")
                .containsEntry("expenditure.grandTotal", "12916800");
        // gansu-tianshui-microwave-station-2020-final-excerpt: a source stated as none
        String none = "2.无上级补助收入。\n3.本年无事业收入。\n4.无其他收入。\n5.无上年结转和结余。\n6.并无其他收入。\n";
        assertThat(read(none, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.superiorSubsidy", "0")
                .containsEntry("revenue.business", "0").containsEntry("revenue.other", "0").containsEntry("revenue.carriedForward", "0");
        assertThat(read("其中并无其他收入来源,事业收入100万元。\n", 2020, DisclosureKind.FINAL_ACCOUNTS))
                .doesNotContainKey("revenue.other");
    }

    @Test
    void aFinalAccountsRevenueHeadlineAndADepartmentNamingItself() {
        // guangdong-lingnan-school-memorial-2014-final-excerpt, guangdong-shantou-univ-medical-2016-final (batch 33)
        String parts = "2014年收入决算545.41万元,其中:财政拨款收入318.61万元,其他收入226.80万元。\n";
        assertThat(read(parts, 2014, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.total", "5454100");
        // with nothing said of carry-overs or sources it stays unread
        String bare = "2016年收入决算205.27万元。\n";
        assertThat(read(bare, 2016, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKeys("revenue.total", "revenue.grandTotal");
        String self = "2016年我院支出合计26,994.72万元,其中基本支出12,270.36万元。\n";
        assertThat(read(self, 2016, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("expenditure.total", "269947200");
        // an item's own total stays an item's
        assertThat(read("2016年教育支出合计100万元。\n", 2016, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("expenditure.total");
    }

    @Test
    void aLongBracketSayingWhatATotalIncludesIsNoTerm() {
        // anhui-zongyang-fushan-middleschool-2022-final-excerpt (held-out batch 36): the bracket is 22 characters
        String text = "2022年度收入总计6503.68万元(含使用非财政拨款结转结余、年初结转和结余)、支出总计6503.68万元(含结余分配、年末结转和结余)。\n";
        assertThat(read(text, 2022, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal", "65036800")
                .containsEntry("expenditure.grandTotal", "65036800").doesNotContainKey("fiscalAppropriation.expenditureTotal");
    }

    @Test
    void changesInASentenceComparingWithItsOwnYearsBudgetAreNotOnThePriorYear() {
        // beijing-cas-2014-final-excerpt (held-out batch 37)
        String text = "中国科学院2014年“三公”经费支出15905.91万元,较2014年预算减少5818.9万元,降低26.78%,主要是因公出国(境)费减少1485.38万元,"
                + "公务用车购置及运行费减少1547.29万元。\n";
        assertThat(read(text, 2014, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.total", "159059100")
                .doesNotContainKeys("threePublic.total.change", "threePublic.outboundTravel.change", "threePublic.vehicles.change");
        // compared with the year before, the same words are changes on it
        String prior = "2014年“三公”经费支出15905.91万元,较2013年减少5818.9万元,主要是因公出国(境)费减少1485.38万元。\n";
        assertThat(read(prior, 2014, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.total.change", "-58189000");
    }

    @Test
    void anItemsFundsAfterItsYearAndDomesticReceptionCounts() {
        // beijing-cas-2014-final-excerpt (held-out batch 37)
        String text = "公务接待费2014年财政拨款决算数为4018.71万元。2014年国内接待22220批,共计135782人次;接待外宾4104批,共计11628人次。\n";
        assertThat(read(text, 2014, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.reception", "40187100")
                .containsEntry("threePublic.receptionBatches", "22220").containsEntry("threePublic.receptionPersons", "135782");
    }

    @Test
    void anItemNotBudgetedAndAChangeWritten压减() {
        // beijing-audit-office-2015-budget-excerpt, zhejiang-province-level-threepublic-2014-budget-excerpt (batch 37)
        String text = "公务用车购置费2015年未安排预算,公务用车运行维护费150万元。\n2014年“三公”经费预算总额4.97亿元,比上年下降30%,压减了2.13亿元。\n";
        assertThat(read(text, 2015, DisclosureKind.BUDGET)).containsEntry("threePublic.vehiclePurchase", "0")
                .containsEntry("threePublic.vehicleOperation", "1500000");
        assertThat(read("2014年“三公”经费预算总额4.97亿元,比上年下降30%,压减了2.13亿元。\n", 2014, DisclosureKind.BUDGET))
                .containsEntry("threePublic.total.change", "-213000000");
        // in a final account 未安排预算 says nothing of what was spent
        assertThat(read("公务用车购置费2015年未安排预算。\n", 2015, DisclosureKind.FINAL_ACCOUNTS))
                .doesNotContainKey("threePublic.vehiclePurchase");
    }

    @Test
    void anApproximateNumberIsNoFigure() {
        // beijing-mof-threepublic-2014-budget, guangdong-zhanjiang-propaganda-threepublic-2017-final (unkeyed readings)
        assertThat(read("财政部“三公”经费较去年约减60万。\n", 2014, DisclosureKind.BUDGET)).doesNotContainKey("threePublic.total.change");
        String counts = "公务接待费30万元,比上年减少2万元,接待记者46批次,约600人。\n";
        assertThat(read(counts, 2017, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.reception", "300000")
                .containsEntry("threePublic.receptionBatches", "46").doesNotContainKey("threePublic.receptionPersons");
        assertThat(read("公务接待费近30万元,接待50人左右。\n", 2017, DisclosureKind.FINAL_ACCOUNTS))
                .doesNotContainKeys("threePublic.reception", "threePublic.receptionPersons");
        // stated exactly, the same figures are read
        assertThat(read("财政部“三公”经费较去年减少60万元。\n", 2014, DisclosureKind.BUDGET))
                .containsEntry("threePublic.total.change", "-600000");
    }

    @Test
    void aGovernmentsOwnBudgetRevenueIsNoDepartmentsAppropriation() {
        // guangdong-guangzhou-city-level-threepublic-2014-final, sichuan-province-threepublic-undated-final (unkeyed
        // readings), hunan-yueyang-gongtian-town-2020-budget-excerpt (held-out batch 38, unkeyed)
        String city = "2014年全市一般公共预算收入1243.1亿元,全市一般公共预算支出1436.2亿元。\n";
        assertThat(read(city, 2014, DisclosureKind.FINAL_ACCOUNTS))
                .doesNotContainKeys("revenue.generalPublicBudget", "generalPublicBudgetExpenditure.total");
        String town = "我镇2020年度收入2442.13万元。其中:地方公共财政预算收入388.40万元。省级一般公共预算支出842.4亿元。\n";
        assertThat(read(town, 2020, DisclosureKind.BUDGET))
                .doesNotContainKeys("revenue.generalPublicBudget", "generalPublicBudgetExpenditure.total");
        // a department's own appropriation, even from the city level's budget, is read
        String department = "2020年收入预算100万元,其中:一般公共预算拨款收入80万元,市级一般公共预算拨款支出80万元。\n";
        assertThat(read(department, 2020, DisclosureKind.BUDGET)).containsEntry("revenue.generalPublicBudget", "800000");
    }

    @Test
    void aTownsOwnFiscalReportGivesNoDepartmentRevenue() {
        // chongqing-tongliang-xiaolin-town-2022-final-excerpt (held-out batch 45, unkeyed readings at its first read)
        String town = "一、预算收支决算情况\n全镇本级一般公共预算收入实现111.11万元,为年初预算的116.9%。\n"
                + "全镇本级一般公共预算支出1,867.48万元,为年初预算的120.9%。\n"
                + "(二)政府性基金预算收支情况\n全镇政府性基金收入上级补助收入0万元,加上上年结转收入0万元,收入总计0万元。\n"
                + "二、2022年地方财力及平衡情况\n全镇一般公共预算财力1,867.48万元。由一般公共预算收入111.11万元,加上级补助收入、"
                + "上年结余等1,756.37万元构成。\n";
        assertThat(read(town, 2022, DisclosureKind.FINAL_ACCOUNTS))
                .doesNotContainKeys("revenue.generalPublicBudget", "revenue.superiorSubsidy")
                .containsEntry("generalPublicBudgetExpenditure.total", "18674800");
        // a department's 一般公共预算收入 and 上级补助收入 are still read
        String department = "2022年收入合计100万元,其中:一般公共预算收入80万元,上级补助收入20万元。\n";
        assertThat(read(department, 2022, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("revenue.generalPublicBudget", "800000").containsEntry("revenue.superiorSubsidy", "200000");
    }

    @Test
    void anItemHeadingOpeningItsLineIsTheSubjectOfItsSpending() {
        // anhui-hefei-science-museum-threepublic-2022-budget-excerpt (held-out batch 45 miss)
        String text = "二、2022三公经费支出预算情况说明\n"
                + "(一)因公出国(境)费。支出预算0万元,与2021年相比持平,主要原因是2021年及2022年均未安排因公出国(境)计划。\n"
                + "(二)公务接待费。支出预算1.90万元,与2021年相比持平,主要原因是2021年和2020年公务接待任务相同。\n"
                + "(三)公务用车购置及运行费。支出预算2.40万元,比2021年预算减少6.80万元。\n";
        assertThat(read(text, 2022, DisclosureKind.BUDGET))
                .containsEntry("threePublic.outboundTravel", "0").containsEntry("threePublic.outboundTravel.change", "0")
                .containsEntry("threePublic.reception", "19000").containsEntry("threePublic.reception.change", "0")
                .containsEntry("threePublic.vehicles.change", "-68000").doesNotContainKey("expenditure.total");
        // with no item heading, a department's 支出预算 stays its expenditure
        assertThat(read("2022年支出预算2.40万元,比2021年预算减少6.80万元。\n", 2022, DisclosureKind.BUDGET))
                .containsEntry("expenditure.total", "24000").doesNotContainKey("threePublic.vehicles");
    }

    @Test
    void anIncreaseLargerThanThePartBeforeItIsNotThatPartsChange() {
        // jiangxi-gongqing-zequan-primary-2020-final-excerpt (an unkeyed reading): the rate fits neither figure
        String text = "本部门2020年度收入总计1262.71万元,其中年初结转和结余134.56万元,较2019年增加149.44万元,增长13.06%。\n";
        assertThat(read(text, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.carriedForward", "1345600")
                .doesNotContainKeys("revenue.carriedForward.change", "revenue.grandTotal.change");
        // a change the part can have had stays the part's
        String part = "本部门2020年度收入总计1262.71万元,其中年初结转和结余134.56万元,较2019年增加14.44万元。\n";
        assertThat(read(part, 2020, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.carriedForward.change", "144400");
    }

    @Test
    void aPartNamedBeforeItsGlossaryIsReadAndAZeroNeedsNoUnit() {
        // ningxia-yinchuan-archives-threepublic-2016-budget-excerpt (held-out batch 38)
        String text = "“三公”经费预算情况说明以及相关名词解释\n银川市档案局2016“三公”经费预算安排资金5万元。其中:公务用车购置及运行费4万元、"
                + "公务接待费1万元。因公出国(境)经费为0。\n";
        assertThat(read(text, 2016, DisclosureKind.BUDGET)).containsEntry("threePublic.total", "50000")
                .containsEntry("threePublic.reception", "10000").containsEntry("threePublic.outboundTravel", "0");
        // a glossary of its own is still not read
        String glossary = "九、名词解释\n“三公”经费预算安排资金5万元。\n";
        assertThat(read(glossary, 2016, DisclosureKind.BUDGET)).doesNotContainKey("threePublic.total");
        // a bare number other than zero, or a zero the text is cut after, has no unit to read it in
        assertThat(read("因公出国(境)经费为3。\n", 2016, DisclosureKind.BUDGET)).doesNotContainKey("threePublic.outboundTravel");
        assertThat(read("收入包括:事业收入5万元、其他收入 0", 2016, DisclosureKind.BUDGET)).doesNotContainKey("revenue.other");
    }

    @Test
    void fundsInABracketOfPartsLeaveALaterGenericSourceTheDepartments() {
        // zhejiang-ningbo-health-info-centre-2022-final-excerpt (held-out batch 40)
        String text = "本年收入合计2021.29万元;包括财政拨款收入2004.77万元(其中,一般公共预算2004.77万元,政府性基金预算0.00万元),"
                + "占收入合计99.18%;事业收入0.00万元;其他收入16.51万元,占收入合计1%。\n";
        assertThat(read(text, 2022, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.other", "165100");
        // a fund named outside a bracket still makes the generic source its own
        String fund = "政府性基金预算:其他收入16.51万元。\n";
        assertThat(read(fund, 2022, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("revenue.other");
    }

    @Test
    void aSentenceOfAPriorAmountAndAChangeIsTheChangeOfTheFigureTheyMake() {
        // gansu-gangu-daxiangshan-schooldistrict-2021-budget-excerpt (held-out batch 40)
        String text = "2021年支出预算7011.77万元,其中一般公共预算财政拨款支出7011.77万元,基金预算支出0万元。比2020年预算6725.00万元增加286.77万元,增长4.3%。\n";
        assertThat(read(text, 2021, DisclosureKind.BUDGET)).containsEntry("expenditure.total.change", "2867700")
                .containsEntry("governmentFundExpenditure.total", "0")
                .doesNotContainKey("generalPublicBudgetExpenditure.total.change");
        // a prior amount and a change that do not make the figure before are nobody's
        String off = "2021年支出预算7011.77万元。比2020年预算6725.00万元增加200.77万元。\n";
        assertThat(read(off, 2021, DisclosureKind.BUDGET)).doesNotContainKey("expenditure.total.change");
    }

    @Test
    void theDepartmentNamingItsOwnBasicSpendingAndNoChangeOnTheYearBefore() {
        // sichuan-wangcang-zhanghua-town-2018-budget-excerpt (held-out batch 43)
        String text = "二、预算情况说明\n部门基本支出预算7031563.00元,其中:人员支出5901832.00元,公用支出1129731.00元。\n"
                + "“三公”经费预算124000.00元。其中:因公出国(境)经费0元,较2017年决算一致;公务接待费预算124000.00元,较2017年决算一致。\n";
        assertThat(read(text, 2018, DisclosureKind.BUDGET)).containsEntry("expenditure.basic", "7031563")
                .containsEntry("expenditure.personnel", "5901832").containsEntry("threePublic.outboundTravel.change", "0")
                .containsEntry("threePublic.reception.change", "0");
        // with no owner named, a bare 基本支出 under no expenditure stays unread
        assertThat(read("二、预算情况说明\n基本支出预算7031563.00元。\n", 2018, DisclosureKind.BUDGET)).doesNotContainKey("expenditure.basic");
    }

    @Test
    void aTermAfterAnotherYearIsThatYearsAndSoIsItsChange() {
        // yunnan-deqin-resettlement-bureau-2017-final-excerpt (held-out batch 43)
        String text = "二、支出决算情况说明\n2017年度支出合计2906万元,其中:基本支出279万元;项目支出2626万元。2016年度支出合计628万元,其中:基本支出230万元。"
                + "2017年度基本支出279万元,2016年度基本支出230万元,2017年比上年基本支出增加49万元,2017年项目支出2626万元,"
                + "2016年项目支出398万元,与上年相比增了2228万元。\n";
        assertThat(read(text, 2017, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("expenditure.basic", "2790000")
                .containsEntry("expenditure.project", "26260000").containsEntry("expenditure.basic.change", "490000")
                .doesNotContainKey("expenditure.project.change");
    }

    @Test
    void aCarryOverStatedApartIsNotInsideTheRevenueTotal() {
        // henan-zzu-first-hospital-2021-final-excerpt (held-out batch 42, a wrong figure at the first read)
        String apart = "2021年收入合计218.78亿元,合计支出为208.34亿元,与上年度相比,收、支总计增长13.04%;年初结转和结余为9.27亿元。\n";
        assertThat(read(apart, 2021, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.total", "21878000000")
                .doesNotContainKey("revenue.grandTotal").containsEntry("revenue.carriedForward", "927000000");
        // named among its parts, the carry-over is inside it
        String inside = "2021年收入合计228.05亿元,其中:本年收入218.78亿元,年初结转和结余9.27亿元。\n";
        assertThat(read(inside, 2021, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.grandTotal", "22805000000")
                .doesNotContainEntry("revenue.total", "22805000000");
    }

    @Test
    void aListOfTermsThatAreEachTheSameAmount() {
        // henan-zzu-first-hospital-2021-final-excerpt (held-out batch 42)
        String text = "此外,上级补助收入、经营收入、附属单位上缴收入均为0元。此外,上缴上级支出、经营支出、对附属单位补助支出均为0元。\n";
        assertThat(read(text, 2021, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.superiorSubsidy", "0")
                .containsEntry("revenue.operating", "0").containsEntry("revenue.subordinateRemittance", "0")
                .containsEntry("expenditure.remitToSuperior", "0").containsEntry("expenditure.subsidyToSubordinate", "0");
        assertThat(read("事业收入、其他收入均为5万元。\n", 2021, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("revenue.business", "50000").containsEntry("revenue.other", "50000");
        // 均增加 is a change of each, not an amount
        assertThat(read("事业收入、其他收入均增加5万元。\n", 2021, DisclosureKind.FINAL_ACCOUNTS))
                .doesNotContainKeys("revenue.business", "revenue.other");
    }

    @Test
    void aListOfTermsWithNoChangeHasNoChangeForEach() {
        // beijing-sasac-threepublic-2014-budget
        String text = "“三公”经费预算数为2841.78万元,比去年预算数减少52万元。其中因公出国(境)费和公务用车费预算与去年持平,压缩的52万元出自公务接待费预算。\n";
        assertThat(read(text, 2014, DisclosureKind.BUDGET)).containsEntry("threePublic.outboundTravel.change", "0")
                .containsEntry("threePublic.vehicles.change", "0").doesNotContainKey("threePublic.reception.change")
                .containsEntry("threePublic.total.change", "-520000");
    }

    @Test
    void aDirectionWordNamingANounPhraseIsNotTheChangeOfTheTermBefore() {
        // beijing-sasac-threepublic-2014-budget: 压缩的52万元 is the amount whose owner follows
        String text = "因公出国(境)费预算与去年持平,压缩的52万元出自公务接待费预算。\n";
        assertThat(read(text, 2014, DisclosureKind.BUDGET)).doesNotContainKey("threePublic.reception.change")
                .containsEntry("threePublic.outboundTravel.change", "0");
        // without 的 the direction word is the change
        assertThat(read("公务接待费预算比上年压缩52万元。\n", 2014, DisclosureKind.BUDGET))
                .containsEntry("threePublic.reception.change", "-520000");
    }

    @Test
    void aBudgetHeadlineInAFinalAccountMakesItsPartsTheBudgets() {
        // hunan-jinshi-no5-middleschool-2016-final-excerpt (held-out batch 42, unkeyed readings at its first read)
        String text = "二、收入支出预算执行情况分析\n我校2016年收入预算总额为6488440元,其中,人员经费为6157140元,日常公用经费为331300元,"
                + "2016年预算中财政补助收入为6404400元,其他收入为80000元。2016年年末决算中收入总数为9657351.13元,其中财政补助收入为9589412.13元。\n";
        assertThat(read(text, 2016, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKeys("expenditure.personnel",
                "expenditure.publicUse", "revenue.other").containsEntry("revenue.fiscalAppropriation", "9589412.13");
        // in a budget the same sentence is the document's own
        assertThat(read("我校2016年收入预算总额为6488440元,其中财政补助收入为6404400元,其他收入为80000元。\n", 2016,
                DisclosureKind.BUDGET)).containsEntry("revenue.other", "80000");
    }

    @Test
    void financialSubsidyRevenueIsTheFiscalAppropriationOfAnInstitution() {
        // yunnan-tcm-western-hospital-2017-final-excerpt: 财政补助收入, the 事业单位's word before 2019
        String text = "2017年總收入6628.72萬元,其中:財政補助收入2339.68萬元,事業收入4131.31萬元。\n";
        assertThat(read(text, 2017, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.fiscalAppropriation", "23396800");
        // 非财政补助收入 and 公共财政补助收入 are not it
        String not = "上级补助收入:指事业单位从主管部门和上级单位取得的非财政补助收入10万元。公共财政补助收入6284.35万元。\n";
        assertThat(read(not, 2017, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("revenue.fiscalAppropriation");
    }

    @Test
    void thePartsOfAFunctionalClassAreNotTheDepartmentsOverTwoSentences() {
        // chongqing-tongliang-petitions-2024-budget-excerpt: 一般公共服务支出 is one class (its 服务支出 no procurement)
        String text = "(二)支出预算\n一般公共服务支出预算938.35万元;其中:基本支出402.46万元;比2023年减少4.41万元,主要是减少了人员经费。"
                + "项目支出535.89万元,比2023年减少115.5万元。\n";
        assertThat(read(text, 2024, DisclosureKind.BUDGET)).doesNotContainKeys("expenditure.basic", "expenditure.basic.change",
                "expenditure.project", "expenditure.project.change");
        // a department's own split is still read
        String own = "(二)支出预算\n2024年支出预算1062.12万元,其中:基本支出402.46万元。项目支出535.89万元,比2023年减少115.5万元。\n";
        assertThat(read(own, 2024, DisclosureKind.BUDGET)).containsEntry("expenditure.basic", "4024600")
                .containsEntry("expenditure.project", "5358900");
    }

    @Test
    void personnelAndPublicUseListedAmongTheRevenuesPartsAreNotExpenditure() {
        // hubei-suizhou-forestpark-2022-budget-excerpt: the revenue's money for them, listed with its sources
        String text = "(一)收入预算情况\n森林公园2022年度收入272.27万元:其中人员经费21.93万元,公用经费2万元,上级补助收入11万元。\n";
        assertThat(read(text, 2022, DisclosureKind.BUDGET)).doesNotContainKeys("expenditure.personnel", "expenditure.publicUse")
                .containsEntry("revenue.superiorSubsidy", "110000");
        // under an expenditure they are its parts
        String spent = "(二)支出预算情况\n2022年度基本支出23.93万元:其中人员经费21.93万元,公用经费2万元。\n";
        assertThat(read(spent, 2022, DisclosureKind.BUDGET)).containsEntry("expenditure.personnel", "219300")
                .containsEntry("expenditure.publicUse", "20000");
    }

    @Test
    void aPointBeforeThreeDigitsInATextGroupingThousandsIsReportedNotRead() {
        // hubei-wuhan-hanyang-threepublic-2013-final: 4.647万元 whose parts are 1,088万元 and 3,559万元
        String text = "“三公”经费支出总数为5,572万元。2.公务用车购置及运行维护支出4.647万元,其中公务用车购置支出1,088万元。\n";
        assertThat(read(text, 2013, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("threePublic.vehicles")
                .containsEntry("threePublic.vehiclePurchase", "10880000");
        // with no commas grouping thousands, three decimals are read as printed
        assertThat(read("二、支出决算情况说明\n本年支出合计300万元,其中:基本支出81.984万元,项目支出218.016万元。\n", 2021, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("expenditure.project", "2180160");
    }

    @Test
    void noThreePublicSpendingYetIsNoStatedZero() {
        // beijing-state-council-general-office-2011-budget-excerpt: 尚没有 — not yet published, not none
        String text = "一般行政管理事务支出22206.3万元。国办的部门预算尚没有“三公”支出,也没有公布具体的项目支出预算。\n";
        assertThat(read(text, 2011, DisclosureKind.BUDGET)).doesNotContainKey("threePublic.total");
        String none = "一般行政管理事务支出22206.3万元。本部门没有“三公”支出,也没有公务用车。\n";
        assertThat(read(none, 2011, DisclosureKind.BUDGET)).containsEntry("threePublic.total", "0");
    }

    @Test
    void theFundsOfTheProcurementBudgetAreNotRevenue() {
        // guangxi-wuzhou-civilaffairs-2025-budget-excerpt / guangxi-wuzhou-dept843-2023-budget-excerpt
        String text = "(二)政府采购预算安排情况说明。\n2023年政府采购预算17000元。按政府采购资金类型划分,一般公共预算拨款 17000 元,"
                + "财政专户管理的资金安排 0 元。\n";
        assertThat(read(text, 2023, DisclosureKind.BUDGET)).doesNotContainKeys("revenue.generalPublicBudget",
                "revenue.specialAccount").containsEntry("procurement.total", "17000");
        String revenue = "一、收入预算\n2023年收入预算17000元,其中一般公共预算拨款17000元。\n";
        assertThat(read(revenue, 2023, DisclosureKind.BUDGET)).containsEntry("revenue.generalPublicBudget", "17000");
    }

    @Test
    void aPriorYearsFigureInAReasonIsThatYearsEvenWithHasBetween() {
        // chongqing-jiangjin-bailin-town-2021-final-excerpt
        String text = "1.总体情况。2021年度收入总计3,084.82万元,支出总计3,084.82万元。收支较上年决算数减少701.01万元、下降18.5%,"
                + "主要原因是2020年有政府性基金预算财政拨款收入710万元,主要用于征地和拆迁补偿支出。\n";
        assertThat(read(text, 2021, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("revenue.governmentFund")
                .containsEntry("revenue.grandTotal", "30848200");
    }

    @Test
    void aCarryOverAmongTheNumberedPartsUnderABareWhereofMakesTheGrandTotal() {
        // beijing-npcsc-general-office-2022-budget-excerpt
        String text = "二、收入总表情况\n\n全国人大常委会办公厅机关本级2022年预算收入共计24505.44万元。其中:\n\n"
                + "1.上年结转1283.35万元,占总收入的5.24%。\n\n2.一般公共预算拨款收入22061.32万元,占总收入的90.03%。\n";
        assertThat(read(text, 2022, DisclosureKind.BUDGET)).containsEntry("revenue.grandTotal", "245054400")
                .doesNotContainKey("revenue.total");
        String without = "二、收入总表情况\n\n2022年预算收入共计23344.67万元。其中:\n\n1.一般公共预算拨款收入23344.67万元。\n";
        assertThat(read(without, 2022, DisclosureKind.BUDGET)).containsEntry("revenue.total", "233446700");
    }

    private static String department(String text) {
        Disclosure d = READER.read(text, ReadingHints.NONE).disclosure();
        return d == null ? null : d.department().name();
    }

    @Test
    void aNameLosesTheFieldLabelsAndCategoriesAroundIt() {
        // chongqing-liangping-tiantai-school-2024-budget-excerpt, gansu-maiji-huaniu-town-2020-budget-excerpt,
        // chongqing-changshou-duzhou-street-2026-budget-excerpt
        String body = "\n一、收入预算\n2024年收入预算100万元,其中一般公共预算拨款100万元。\n";
        assertThat(department("标题 | 重庆市梁平区明达镇天台完全小学2024年单位预算情况说明 | ||" + body))
                .isEqualTo("重庆市梁平区明达镇天台完全小学");
        assertThat(department("政府信息公开\n【财政预算】天水市麦积区花牛镇政府2024年部门预算情况说明" + body))
                .isEqualTo("天水市麦积区花牛镇政府");
        // a level of government is no department's name
        assertThat(department("2024年度区级部门预算公开" + body)).isNull();
        assertThat(Identity.cleanName("重庆市长寿区渡舟街道办事处(")).isEqualTo("重庆市长寿区渡舟街道办事处");
        assertThat(Identity.cleanName("重庆市长寿区渡舟街道办事处(本级)")).isEqualTo("重庆市长寿区渡舟街道办事处(本级)");
    }

    @Test
    void anExpenditureHeadlineThatItsPartsMakeIsTheYearsExpenditure() {
        String text = "二、支出决算情况说明\n2017年总支出7778.55万元,其中项目支出683.20万元,基本支出7095.35万元。\n";
        assertThat(read(text, 2017, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("expenditure.total", "77785500")
                .doesNotContainKey("expenditure.grandTotal");
        // parts that do not make it leave it unplaced
        String off = "二、支出决算情况说明\n2017年总支出7778.55万元,其中项目支出683.20万元,基本支出6000万元。\n";
        assertThat(read(off, 2017, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKeys("expenditure.total", "expenditure.grandTotal");
    }

    @Test
    void aBareRevenueOrExpenditureAfterTheUnitIsTheYearsWhenItsPartsMakeIt() {
        // gansu-tianshui-kindergarten-2017-final-excerpt (traditional on the mirror)
        String text = "2017年度,本單位收入為1687.45萬元,其中:財政撥款收入1516.64萬元,占89.88%;事業收入170.81萬元,占10.12%;經營收入0萬元。"
                + "本單位支出為1942.57萬元,其中:基本支出1542.57萬元,項目支出400萬元。\n";
        assertThat(read(text, 2017, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.total", "16874500")
                .containsEntry("expenditure.total", "19425700");
        // sources that do not make it leave it unread; a prior year's is never the unit's
        String off = "2017年度,本单位收入为1700万元,其中:财政拨款收入1516.64万元,事业收入170.81万元。上年收入1687.45万元。\n";
        assertThat(read(off, 2017, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKeys("revenue.total", "revenue.grandTotal");
    }

    @Test
    void otherNamesOfTheVehicleAndReceptionItems() {
        String text = "三、“三公”经费预算情况\n公务车购置经费159万元,公务车运行费为33.53万元,公务招待费为51万元,比上年预算减少了12.05万元。"
                + "公务用车运行费维护费32.5万元。\n";
        assertThat(read(text, 2018, DisclosureKind.BUDGET)).containsEntry("threePublic.vehiclePurchase", "1590000")
                .containsEntry("threePublic.reception", "510000").containsEntry("threePublic.reception.change", "-120500");
        assertThat(read("三、“三公”经费预算情况\n公务车运行费为33.53万元。\n", 2018, DisclosureKind.BUDGET))
                .containsEntry("threePublic.vehicleOperation", "335300");
        assertThat(read("三、“三公”经费预算情况\n公务用车运行费维护费32.5万元。\n", 2018, DisclosureKind.BUDGET))
                .containsEntry("threePublic.vehicleOperation", "325000");
    }

    @Test
    void aRevenueBudgetNamedTotalIsTheGrandTotal() {
        // beijing-state-council-general-office-2011-budget-excerpt: 收入预算总计 counts the carry-over in
        String text = "一、收支预算总体情况\n2011年收入预算总计36145.49万元,包括财政拨款收入23085.82万元,上年结转12869.67万元,"
                + "其他收入190万元。\n";
        assertThat(read(text, 2011, DisclosureKind.BUDGET)).containsEntry("revenue.grandTotal", "361454900")
                .doesNotContainKey("revenue.total");
        // shaanxi-shangluo-statistics-2016-budget-excerpt: nothing carried over, its sources make it, so also the year's
        String none = "一、收支预算总体情况\n2016年收入预算总计404.77万元,其中公共预算拨款404.77万元。\n";
        assertThat(read(none, 2016, DisclosureKind.BUDGET)).containsEntry("revenue.grandTotal", "4047700")
                .containsEntry("revenue.total", "4047700");
    }

    @Test
    void aTitleSayingTheThreePublicAreNotListedOpensNoThreePublicArea() {
        // beijing-state-council-general-office-2011-budget-excerpt: a news title over the revenue paragraph
        String text = "国务院办公厅公布部门预算 尚未列出三公支出\n2011年收入预算总计36145.49万元,包括财政拨款收入23085.82万元,"
                + "上年结转12869.67万元,其他收入190万元。\n";
        assertThat(read(text, 2011, DisclosureKind.BUDGET)).containsEntry("revenue.grandTotal", "361454900")
                .containsEntry("revenue.carriedForward", "128696700");
        assertThat(ConceptReader.areaOf("国务院办公厅公布部门预算 尚未列出三公支出")).isNotEqualTo(ConceptReader.Area.THREE_PUBLIC);
        assertThat(ConceptReader.areaOf("三、“三公”经费预算情况")).isEqualTo(ConceptReader.Area.THREE_PUBLIC);
    }

    @Test
    void theTotalNumberOfVehiclesHeldIsTheAssetsVehicles() {
        // liaoning-shenyang-arts-federation-2015-final-excerpt
        String text = "3、关于国有资产占用情况。截止2015年12月31日,市文联所属车辆总数8辆。其中领导用车3辆。\n";
        assertThat(read(text, 2015, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("assets.vehicles", "8");
        // outside the assets a count of vehicles is not the department's holding
        String elsewhere = "一、部门职责\n负责全市车辆总数8辆的调度。\n";
        assertThat(read(elsewhere, 2015, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("assets.vehicles");
    }

    @Test
    void theSpendingASourcePaysForIsNotThatSourcesRevenue() {
        // guangdong-shixing-mojiang-middleschool-2018-budget-excerpt: 一般公共预算拨款安排支出 is the fund's spending
        String text = "2018年支出预算2031万元,其中:一般公共预算拨款安排支出2031万元。\n";
        assertThat(read(text, 2018, DisclosureKind.BUDGET)).containsEntry("generalPublicBudgetExpenditure.total", "20310000")
                .doesNotContainKey("revenue.generalPublicBudget");
        // the other sources: what they pay for is no revenue figure (it may differ from the revenue by a carry-over)
        String others = "支出预算100万元,其中:事业收入安排支出30万元,上级补助收入安排支出20万元,使用上年结转资金安排支出40万元,"
                + "财政专户管理资金安排支出10万元。\n";
        assertThat(read(others, 2018, DisclosureKind.BUDGET)).containsEntry("expenditure.total", "1000000").doesNotContainKeys("revenue.business",
                "revenue.superiorSubsidy", "revenue.carriedForward", "revenue.specialAccount");
        // the revenue named as such stays read
        String revenue = "收入预算100万元,其中:事业收入30万元,财政专户管理资金10万元,上年结转20万元。\n";
        assertThat(read(revenue, 2018, DisclosureKind.BUDGET)).containsEntry("revenue.business", "300000")
                .containsEntry("revenue.specialAccount", "100000").containsEntry("revenue.carriedForward", "200000");
    }

    @Test
    void aBareRevenueChangeFollowsItsTotalPlacedWithTheCarryOver() {
        // chongqing-dianjiang-water-station-2026-budget-excerpt (held-out batch 47)
        String text = "(一)收入预算:2026年年初预算数3,009.40万元,其中:一般公共预算拨款2,970.17万元,其他收入32万元,"
                + "上年结转结余资金7.23万元;收入较去年增加126.92万元,主要是一般公共预算拨款增加98.09万元。\n";
        assertThat(read(text, 2026, DisclosureKind.BUDGET)).containsEntry("revenue.grandTotal", "30094000")
                .containsEntry("revenue.grandTotal.change", "1269200").doesNotContainKeys("revenue.total", "revenue.total.change");
        // nothing carried over: the year's revenue and its change
        String none = "(一)收入预算:2026年年初预算数3,002.17万元,其中:一般公共预算拨款2,970.17万元,其他收入32万元;"
                + "收入较去年增加126.92万元。\n";
        assertThat(read(none, 2026, DisclosureKind.BUDGET)).containsEntry("revenue.total", "30021700")
                .containsEntry("revenue.total.change", "1269200");
    }

    @Test
    void aReasonsListGoingOnInTheNextSentenceGivesChangesAndNoUndirectedAmount() {
        // chongqing-fuling-zengfu-healthcentre-2024-final-excerpt (held-out batch 47): 20.38 + 60.86 - 14.55 = 66.69
        String text = "1.总体情况。2024年度收入总计1262.46万元,支出总计1262.46万元。收、支与2023年度相比,增加66.69万元,"
                + "主要原因是:一般公共预算财政拨款收入增加235.35万元、事业收入减少77.07万元、其他收入减少137.9万元。"
                + "使用非财政拨款结余和专用结余60.86万元,年初结转和结余减少14.55万元。\n";
        Map<String, String> read = read(text, 2024, DisclosureKind.FINAL_ACCOUNTS);
        assertThat(read).containsEntry("revenue.carriedForward.change", "-145500")
                .doesNotContainKeys("revenue.useOfNonFiscalBalance", "revenue.useOfNonFiscalBalance.change");
        ReadResult result = READER.read(text, new ReadingHints(null, 2024, DisclosureKind.FINAL_ACCOUNTS, "t.txt"));
        assertThat(result.findings()).anyMatch(f -> f.rule().equals("READ-FIGURE-AMBIGUOUS")
                && f.message().contains("使用非财政拨款结余和专用结余60.86万元"));
        // the list ends with its paragraph and at a heading: a later section's levels are read, its change not taken
        String later = "收、支与2023年度相比,增加66.69万元,主要原因是:其他收入减少137.9万元。\n二、支出决算情况说明\n"
                + "本年支出合计1200万元,其中:基本支出800万元,项目支出400万元,主要是项目支出增加50万元。\n";
        assertThat(read(later, 2024, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("expenditure.total", "12000000")
                .doesNotContainKey("expenditure.project.change");
        // a count in a reason is no change of money: the next sentence's amount stays a level
        String count = "收、支与2023年度相比,增加66.69万元,主要原因是人员增加2人。使用非财政拨款结余60.86万元,年初结转和结余减少14.55万元。\n";
        assertThat(read(count, 2024, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.useOfNonFiscalBalance", "608600");
        // a sentence with its own comparison is no part of the reasons: its amount is a level
        String own = "收、支与2023年度相比,增加66.69万元,主要原因是:其他收入减少137.9万元。"
                + "使用非财政拨款结余60.86万元,比上年减少14.55万元。\n";
        assertThat(read(own, 2024, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.useOfNonFiscalBalance", "608600")
                .containsEntry("revenue.useOfNonFiscalBalance.change", "-145500");
    }

    @Test
    void aBudgetsHoldingsAtTheEndOfTheYearBeforeAreItsAssets() {
        // sichuan-daying-jinyuan-town-2023-budget-excerpt (held-out batch 48)
        String text = "(三)国有资产占有使用情况\n截至2022年底,大英县金元镇人民政府所属各预算单位共有车辆1辆,其中,定向保障用车1辆。\n";
        assertThat(read(text, 2023, DisclosureKind.BUDGET)).containsEntry("assets.vehicles", "1");
        // two years before is not the budget year's start; a final account's year is its own
        String older = "(三)国有资产占有使用情况\n截至2021年底,本单位共有车辆3辆。\n";
        assertThat(read(older, 2023, DisclosureKind.BUDGET)).doesNotContainKey("assets.vehicles");
        assertThat(read(text, 2023, DisclosureKind.FINAL_ACCOUNTS)).doesNotContainKey("assets.vehicles");
    }

    @Test
    void theYearBeforesFiguresAreNotTheDocuments() {
        // found probing the reader: 上年 / 上年度 as a sentence's or a term's year is the year before the document's
        assertThat(read("上年“三公”经费预算15万元。2020年“三公”经费预算12万元。\n", 2020, DisclosureKind.BUDGET))
                .containsEntry("threePublic.total", "120000");
        assertThat(read("上年度支出总计300万元。本年度支出总计320万元。\n", 2020, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("expenditure.grandTotal", "3200000");
        // words about the year before that are not its figures leave the sentence the document's
        assertThat(read("扣除以前年度结余后,本年收入合计300万元。含上年未完项目资金,本年支出合计300万元。\n", 2020,
                DisclosureKind.FINAL_ACCOUNTS)).containsEntry("revenue.total", "3000000").containsEntry("expenditure.total", "3000000");
        assertThat(read("本年收入合计120万元,上年收入合计100万元。\n", 2020, DisclosureKind.FINAL_ACCOUNTS))
                .containsEntry("revenue.total", "1200000");
        // compared with, carried over from, or both years together: not the year before's figure
        assertThat(read("收入合计120万元,比上年增加20万元。上年结转20万元。\n", 2020, DisclosureKind.BUDGET))
                .containsEntry("revenue.total.change", "200000").containsEntry("revenue.carriedForward", "200000");
        // ningxia-yinchuan-archives-threepublic-2016-budget-excerpt
        assertThat(read("三、“三公”经费预算\n与上年预算相比,上年与本年均无因公出国(境)情况; 公务接待费预算无变化。\n", 2016,
                DisclosureKind.BUDGET)).containsEntry("threePublic.reception.change", "0");
    }

    @Test
    void aBudgetRevenueWhosePartsTheExcerptCutsIsReportedNotRead() {
        // chongqing-fuling-central-healthcentre-2024-budget-excerpt (held-out batch 49): the page ends inside the list
        String cut = "二、单位收支总体情况\n(一)收入预算:2024年年初预算数2737.12万元,其中:一般公共预算拨款580.78万元,"
                + "政府性基金预算拨款0万元,上级补助收入0万元,附属";
        ReadResult result = READER.read(cut, new ReadingHints(null, 2024, DisclosureKind.BUDGET, "t.txt"));
        assertThat(read(cut, 2024, DisclosureKind.BUDGET)).containsEntry("revenue.generalPublicBudget", "5807800")
                .doesNotContainKeys("revenue.total", "revenue.grandTotal");
        assertThat(result.findings()).anyMatch(f -> f.rule().equals("READ-FIGURE-AMBIGUOUS") && f.message().contains("截断"));
        // the same list closed, or cut after parts that already make the total: the year's revenue
        assertThat(read(cut.replace(",附属", "。"), 2024, DisclosureKind.BUDGET)).containsEntry("revenue.total", "27371200");
        String made = "(一)收入预算:2024年年初预算数580.78万元,其中:一般公共预算拨款580.78万元,政府性基金预算拨款0万元,附属";
        assertThat(read(made, 2024, DisclosureKind.BUDGET)).containsEntry("revenue.total", "5807800");
    }

    @Test
    void anItemsFundsAfterItsSpendingAndAFinalAccountsLastYearAreTheItems() {
        // beijing-audit-office-official-threepublic-2010-final-excerpt, beijing-mwr-threepublic-2010-final-excerpt (batch 50)
        String text = "三、“三公”经费\n2010年,审计署“三公”经费支出财政拨款决算数为2503.79万元。公务接待费去年决算数为951.86万元。\n";
        assertThat(read(text, 2010, DisclosureKind.FINAL_ACCOUNTS)).containsEntry("threePublic.total", "25037900")
                .containsEntry("threePublic.reception", "9518600");
        // a budget is written in its own year: its 去年 is the year before
        assertThat(read("三、“三公”经费\n公务接待费去年预算数为951.86万元。2011年公务接待费预算900万元。\n", 2011, DisclosureKind.BUDGET))
                .containsEntry("threePublic.reception", "9000000");
    }
}
