package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import cn.districtbudget.core.money.Money;

/**
 * 财政拨款“三公”经费: total = outbound travel (因公出国（境）费) + vehicles (公务用车购置及运行维护费)
 * + reception (公务接待费); vehicles = purchase (购置费) + operation (运行维护费).
 * {@code change} holds the stated changes on the prior year; the remarks keep what the text says of
 * meeting (会议费) and training fees (培训费), often only "与上年持平".
 */
public record ThreePublic(
        @Nullable Money total,
        @Nullable Money outboundTravel,
        @Nullable Money vehicles,
        @Nullable Money vehiclePurchase,
        @Nullable Money vehicleOperation,
        @Nullable Money reception,
        Changes change,
        @Nullable String meetingFeeRemark,
        @Nullable String trainingFeeRemark) {

    public static final ThreePublic NOT_STATED =
            new ThreePublic(null, null, null, null, null, null, Changes.NOT_STATED, null, null);

    public ThreePublic {
        change = change == null ? Changes.NOT_STATED : change;
    }

    /** Stated changes on the prior year, each null when not stated. */
    public record Changes(
            @Nullable StatedChange total,
            @Nullable StatedChange outboundTravel,
            @Nullable StatedChange vehicles,
            @Nullable StatedChange vehiclePurchase,
            @Nullable StatedChange vehicleOperation,
            @Nullable StatedChange reception) {

        public static final Changes NOT_STATED = new Changes(null, null, null, null, null, null);
    }
}
