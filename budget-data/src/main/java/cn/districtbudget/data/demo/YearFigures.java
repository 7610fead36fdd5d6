package cn.districtbudget.data.demo;

import java.util.SplittableRandom;

/** One department-year, in hundredths of 万元; every identity the checker verifies holds. */
record YearFigures(long total, long personnel, long publicUse, long project, long fund, long other,
                   long threePublic, long outbound, long purchase, long operation, long reception,
                   long[] operatingItems, int vehicleCount, long vehicleValue, int otherCount, long otherValue) {

    static final String[] OPERATING_ITEMS = {"办公及印刷费", "邮电费", "差旅费", "维修费", "公务用车运行维护费", "公务交通补贴"};

    static YearFigures of(SplittableRandom random, long total, double personnelShare, double publicShare,
                          boolean hasFund, boolean hasOther, long threePublic, boolean travelsAbroad) {
        long personnel = Math.round(total * personnelShare);
        long publicUse = Math.max(60, Math.round(total * publicShare));
        long project = total - personnel - publicUse;
        long fund = hasFund ? Math.round(total * 0.1) : 0;
        long other = hasOther ? Math.round(total * 0.02) : 0;
        long outbound = travelsAbroad ? Math.round(threePublic * 0.2) : 0;
        long purchase = random.nextInt(100) < 4 ? Math.round(threePublic * 0.3) : 0;
        long rest = threePublic - outbound - purchase;
        long reception = Math.round(rest * (0.15 + random.nextDouble() * 0.2));
        long operation = rest - reception;
        long[] items = new long[OPERATING_ITEMS.length];
        long left = publicUse;
        for (int i = 0; i < items.length - 1; i++) {
            items[i] = Math.round(left * (0.1 + random.nextDouble() * 0.25));
            left -= items[i];
        }
        items[items.length - 1] = left;
        int vehicles = random.nextInt(4);
        int others = 5 + random.nextInt(60);
        return new YearFigures(total, personnel, publicUse, project, fund, other, threePublic, outbound, purchase,
                operation, reception, items, vehicles, vehicles * (150 + random.nextLong(1_500)), others,
                others * (20 + random.nextLong(200)));
    }

    long basic() {
        return personnel + publicUse;
    }

    long generalPublicBudget() {
        return total - fund - other;
    }

    long vehicles() {
        return purchase + operation;
    }
}
