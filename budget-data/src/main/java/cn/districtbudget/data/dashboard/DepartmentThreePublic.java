package cn.districtbudget.data.dashboard;

import cn.districtbudget.core.money.Money;

/**
 * One department's 三公 for one year by category, with the change on the prior year as the text states it
 * ({@code statedChange}, null when not stated).
 */
public record DepartmentThreePublic(
        long departmentId,
        String departmentName,
        int year,
        long disclosureId,
        Money outboundTravel,
        Money vehicles,
        Money vehiclePurchase,
        Money vehicleOperation,
        Money reception,
        Money total,
        Money statedChange) {
}
