package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.money.Money;

/**
 * A department whose 三公 rose against the prior year, against the 只减不增 policy. {@code change} is positive;
 * it is the stated change when the text states one, else computed from the prior year's stored figure
 * ({@code basis} says which). {@code priorTotal} is null when only the stated change is known.
 */
public record ThreePublicRise(
        long departmentId,
        String departmentName,
        int year,
        long disclosureId,
        Money total,
        Money priorTotal,
        Money change,
        ChangeBasis basis) {
}
