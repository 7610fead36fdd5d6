package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.money.Money;
import java.util.ArrayList;
import java.util.List;

/** A region's revenue (收入) for one year by source, summed over current budget disclosures; null = not stated. */
public record RevenueBySource(
        long regionId,
        int year,
        Money total,
        Money generalPublicBudget,
        Money governmentFund,
        Money specialAccount,
        Money other) {

    /** One labelled slice of a donut. */
    public record Slice(String key, String label, Money amount) {
    }

    /** The stated sources as labelled slices (一般公共预算收入, 基金预算收入, 财政专户核拨收入, 其他来源收入), nulls left out. */
    public List<Slice> slices() {
        List<Slice> slices = new ArrayList<>();
        add(slices, "generalPublicBudget", "一般公共预算收入", generalPublicBudget);
        add(slices, "governmentFund", "基金预算收入", governmentFund);
        add(slices, "specialAccount", "财政专户核拨收入", specialAccount);
        add(slices, "other", "其他来源收入", other);
        return List.copyOf(slices);
    }

    private static void add(List<Slice> slices, String key, String label, Money amount) {
        if (amount != null) {
            slices.add(new Slice(key, label, amount));
        }
    }
}
