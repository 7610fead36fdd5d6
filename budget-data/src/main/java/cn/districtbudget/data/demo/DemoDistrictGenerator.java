package cn.districtbudget.data.demo;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic district (示例数据) as disclosure texts in the layout of the real sample
 * (same headings, sentences and tab-separated tables), so the real reader reads them.
 * Deterministic: the same spec gives the same texts. Figures are consistent year over year (each stated change
 * is this year's figure minus last year's); 三公 mostly falls, some departments raise it; a few documents carry a
 * deliberate cross-footing error ({@link Document#deliberateError()}). Every eighth department (the sixth, the
 * fourteenth …) publishes as most real departments do, after the Ministry of Finance templates: its last year's
 * budget in the national budget template ({@link NationalTemplateText#budget()}) and, after all budgets, the final
 * accounts of the year before in the national final-accounts template.
 */
public final class DemoDistrictGenerator {

    /** Marks everything generated here. */
    public static final String DEMO_LABEL = "示例数据";

    /** One generated text with the figures it was written from, for tests. */
    public record Document(String fileName, String text, String departmentName, int year, Money totalExpenditure,
                           Money threePublic, String deliberateError, DisclosureKind kind,
                           boolean nationalTemplate) {

        public boolean hasDeliberateError() {
            return deliberateError != null;
        }
    }

    /** Which district to write. Names must end in 省, 市 and 区 so the reader finds the region. */
    public record DistrictSpec(String province, String city, String district, int departments, int fromYear,
                               int toYear, long seed) {

        /** The demo district: 示例区 of 示例市, 示例省, 40 departments, 2015-2024. */
        public static DistrictSpec demo() {
            return new DistrictSpec("示例省", "示例市", "示例区", 40, 2015, 2024, 20_151_224L);
        }

        public int documentCount() {
            return departments * (toYear - fromYear + 1) + (toYear > fromYear ? nationalTemplateDepartments() : 0);
        }

        /** How many departments publish after the national templates (indices 5, 13, 21 …). */
        int nationalTemplateDepartments() {
            return departments > 5 ? (departments - 6) / 8 + 1 : 0;
        }
    }

    private static final String[] STEMS = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    private static final String[] BRANCHES = {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"};

    /** Province-scale data: {@code districts} districts of 示例省 in 10 cities, each like the demo district. */
    public static List<DistrictSpec> province(int districts, int departmentsPerDistrict, int fromYear, int toYear,
                                              long seed) {
        List<DistrictSpec> specs = new ArrayList<>(districts);
        for (int i = 0; i < districts; i++) {
            String name = "示例" + STEMS[i % 10] + BRANCHES[(i / 10) % 12] + (i >= 120 ? "新" : "") + "区";
            String city = "示例" + STEMS[i % 10] + "市";
            specs.add(new DistrictSpec("示例省", city, name, departmentsPerDistrict, fromYear, toYear, seed + i));
        }
        return specs;
    }

    /** Every document of the district, year by year (so each prior year is imported first). */
    public List<Document> documents(DistrictSpec spec) {
        List<DepartmentSeries> series = new ArrayList<>(spec.departments());
        for (int k = 0; k < spec.departments(); k++) {
            series.add(new DepartmentSeries(spec, k));
        }
        List<Document> documents = new ArrayList<>(spec.documentCount());
        for (int year = spec.fromYear(); year <= spec.toYear(); year++) {
            for (DepartmentSeries department : series) {
                documents.add(department.document(year));
            }
        }
        if (spec.toYear() > spec.fromYear()) {
            for (DepartmentSeries department : series) {
                if (department.nationalTemplate()) {
                    documents.add(department.finalAccounts(spec.toYear() - 1));
                }
            }
        }
        return documents;
    }

    /** Amounts are in hundredths of 万元 (100 元), the precision the sample publishes. */
    static String wan(long hundredths) {
        BigDecimal value = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }

    static Money money(long hundredths) {
        return Money.ofWan(BigDecimal.valueOf(hundredths, 2));
    }

    /** One department's figures over the years (plus the year before the first, for the stated changes). */
    private static final class DepartmentSeries {

        private final DistrictSpec spec;
        private final DepartmentProfile profile;
        private final String name;
        private final String code;
        private final YearFigures[] years;
        private final SplittableRandom random;

        DepartmentSeries(DistrictSpec spec, int index) {
            this.spec = spec;
            this.random = new SplittableRandom(spec.seed() * 1_000_003L + index);
            this.profile = DepartmentProfile.of(index);
            this.name = spec.district() + profile.name() + (index >= DepartmentProfile.count()
                    ? Integer.toString(index / DepartmentProfile.count() + 1) : "");
            this.code = Integer.toString(101 + index);
            int count = spec.toYear() - spec.fromYear() + 2;
            this.years = new YearFigures[count];
            long total = 8_000 + random.nextLong(250_000);        // 80 .. 2,580 万元
            long threePublic = 50 + random.nextLong(1_500);       // 0.5 .. 15.5 万元
            boolean risesSometimes = random.nextInt(100) < 25;
            boolean travelsAbroad = random.nextInt(100) < 12;
            double personnelShare = 0.45 + random.nextDouble() * 0.3;
            double publicShare = 0.05 + random.nextDouble() * 0.08;
            boolean hasFund = random.nextInt(100) < 15;
            boolean hasOther = random.nextInt(100) < 20;
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    total = Math.max(2_000, Math.round(total * (0.95 + random.nextDouble() * 0.16)));
                    boolean rise = risesSometimes && random.nextInt(100) < 40;
                    double factor = rise ? 1.02 + random.nextDouble() * 0.15 : 0.88 + random.nextDouble() * 0.1;
                    threePublic = Math.max(10, Math.round(threePublic * factor));
                }
                years[i] = YearFigures.of(random, total, personnelShare, publicShare, hasFund, hasOther,
                        threePublic, travelsAbroad);
            }
        }

        Document document(int year) {
            int i = year - spec.fromYear() + 1;
            YearFigures now = years[i];
            YearFigures before = years[i - 1];
            String error = deliberateError(year);
            String fileName = spec.district() + "-" + code + "-" + profile.name() + "-" + year + "-部门预算.txt";
            if (nationalTemplate() && year == spec.toYear() && error == null) {
                String text = new NationalTemplateText(spec, profile, name, year, now, before).budget();
                return new Document(fileName, text, name, year, money(now.total()), money(now.threePublic()), null,
                        DisclosureKind.BUDGET, true);
            }
            String text = new DisclosureText(spec, profile, name, code, year, now, before, error).write();
            return new Document(fileName, text, name, year, money(now.total()), money(now.threePublic()), error,
                    DisclosureKind.BUDGET, false);
        }

        /** The final accounts of a closed year, in the national final-accounts template. */
        Document finalAccounts(int year) {
            int i = year - spec.fromYear() + 1;
            var figures = NationalTemplateText.FinalFigures.of(years[i], years[i - 1]);
            String text = new NationalTemplateText(spec, profile, name, year, years[i], years[i - 1]).finalAccounts();
            String fileName = spec.district() + "-" + code + "-" + profile.name() + "-" + year + "-部门决算.txt";
            return new Document(fileName, text, name, year, money(figures.expenditure()),
                    money(figures.threePublic()), null, DisclosureKind.FINAL_ACCOUNTS, true);
        }

        boolean nationalTemplate() {
            return Integer.parseInt(code) - 101 >= 5 && (Integer.parseInt(code) - 101) % 8 == 5;
        }

        /** A few fixed (department, year) pairs carry an error, so the data-quality pages have something to show. */
        private String deliberateError(int year) {
            int index = Integer.parseInt(code) - 101;
            int offset = year - spec.fromYear();
            if (index == 3 && offset == 7) {
                return "EXP-BASIC-SUM";
            }
            if (index == 11 && offset == 8) {
                return "TPE-TOTAL-SUM";
            }
            if (index == 17 && offset == 9) {
                return "REV-EQUALS-EXP";
            }
            if (index == 26 && offset == 5) {
                return "EXP-TOTAL-SUM";
            }
            return null;
        }
    }
}
