package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.money.Money;

/** A region's 三公 figures for one year by category, summed over the departments that state them. */
public record ThreePublicYear(
        int year,
        Money outboundTravel,
        Money vehicles,
        Money reception,
        Money total,
        int departmentCount) {
}
