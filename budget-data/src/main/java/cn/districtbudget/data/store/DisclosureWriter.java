package cn.districtbudget.data.store;

import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DutyActivity;
import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.disclosure.OrganisationUnit;
import cn.districtbudget.core.disclosure.Procurement;
import cn.districtbudget.core.disclosure.StatedChange;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.disclosure.WorkActivity;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.Money;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;

/** Maps a disclosure's sections onto a new {@link DisclosureEntity} and persists its child rows. */
final class DisclosureWriter {

    private static final int MAX_SCALE = 8;
    private static final int MAX_INTEGER_DIGITS = 22;

    private DisclosureWriter() {
    }

    static void fill(DisclosureEntity e, Disclosure d, List<Finding> findings) {
        Department dep = d.department();
        e.year = d.year();
        e.kind = d.kind().name();
        e.moneyUnit = d.unit() == null ? null : d.unit().name();
        e.findingCount = findings.size();
        e.errorCount = (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        e.depName = dep.name();
        e.depCode = dep.code();
        e.depProvince = dep.region().province();
        e.depCity = dep.region().city();
        e.depDistrict = dep.region().district();
        e.depNature = dep.nature() == null ? null : dep.nature().name();
        e.depRank = dep.rank();
        e.depFundingForm = dep.fundingForm() == null ? null : dep.fundingForm().name();
        e.depDuties = dep.duties();

        var rev = d.revenue();
        e.revTotal = yuan(rev.total());
        e.revGeneralPublic = yuan(rev.generalPublicBudget());
        e.revGovernmentFund = yuan(rev.governmentFund());
        e.revSpecialAccount = yuan(rev.specialAccount());
        e.revOther = yuan(rev.other());

        var exp = d.expenditure();
        e.expTotal = yuan(exp.total());
        e.expBasic = yuan(exp.basic());
        e.expPersonnel = yuan(exp.personnel());
        e.expPublicUse = yuan(exp.publicUse());
        e.expProject = yuan(exp.project());
        e.expProjectDescription = exp.projectDescription();

        var pyc = d.priorYearChange();
        e.pycPriorYear = pyc.priorYear();
        e.pycTotalStated = pyc.total() != null;
        e.pycTotal = amount(pyc.total());
        e.pycTotalNote = note(pyc.total());
        e.pycBasicStated = pyc.basic() != null;
        e.pycBasic = amount(pyc.basic());
        e.pycBasicNote = note(pyc.basic());
        e.pycProjectStated = pyc.project() != null;
        e.pycProject = amount(pyc.project());
        e.pycProjectNote = note(pyc.project());

        e.opcTotal = yuan(d.operatingCosts().total());

        ThreePublic tp = d.threePublic();
        e.tpTotal = yuan(tp.total());
        e.tpOutbound = yuan(tp.outboundTravel());
        e.tpVehicles = yuan(tp.vehicles());
        e.tpVehiclePurchase = yuan(tp.vehiclePurchase());
        e.tpVehicleOperation = yuan(tp.vehicleOperation());
        e.tpReception = yuan(tp.reception());
        ThreePublic.Changes c = tp.change();
        e.tpcTotalStated = c.total() != null;
        e.tpcTotal = amount(c.total());
        e.tpcTotalNote = note(c.total());
        e.tpcOutboundStated = c.outboundTravel() != null;
        e.tpcOutbound = amount(c.outboundTravel());
        e.tpcOutboundNote = note(c.outboundTravel());
        e.tpcVehiclesStated = c.vehicles() != null;
        e.tpcVehicles = amount(c.vehicles());
        e.tpcVehiclesNote = note(c.vehicles());
        e.tpcVehiclePurchaseStated = c.vehiclePurchase() != null;
        e.tpcVehiclePurchase = amount(c.vehiclePurchase());
        e.tpcVehiclePurchaseNote = note(c.vehiclePurchase());
        e.tpcVehicleOperationStated = c.vehicleOperation() != null;
        e.tpcVehicleOperation = amount(c.vehicleOperation());
        e.tpcVehicleOperationNote = note(c.vehicleOperation());
        e.tpcReceptionStated = c.reception() != null;
        e.tpcReception = amount(c.reception());
        e.tpcReceptionNote = note(c.reception());
        e.tpMeetingRemark = tp.meetingFeeRemark();
        e.tpTrainingRemark = tp.trainingFeeRemark();

        e.perfTableHeader = d.performance().tableHeader();
        e.procurementNote = d.procurement().note();
        FixedAssets fa = d.fixedAssets();
        e.assetsAsOf = fa.asOf();
        e.assetsTotalCount = fa.totalCount();
        e.assetsTotalValue = yuan(fa.totalValue());
    }

    /** Persists every list of the disclosure under {@code disclosureId}. */
    static void persistChildren(EntityManager em, long disclosureId, Disclosure d, List<Finding> findings) {
        int pos = 0;
        for (OrganisationUnit u : d.department().organisation()) {
            OrganisationUnitEntity e = new OrganisationUnitEntity();
            e.disclosureId = disclosureId;
            e.position = pos++;
            e.name = u.name();
            e.nature = u.nature();
            e.rank = u.rank();
            e.fundingForm = u.fundingForm();
            em.persist(e);
        }
        pos = 0;
        for (OperatingCosts.Item item : d.operatingCosts().items()) {
            OperatingCostItemEntity e = new OperatingCostItemEntity();
            e.disclosureId = disclosureId;
            e.position = pos++;
            e.name = item.name();
            e.amount = yuan(item.amount());
            em.persist(e);
        }
        pos = 0;
        for (String goal : d.performance().goals()) {
            PerformanceGoalEntity e = new PerformanceGoalEntity();
            e.disclosureId = disclosureId;
            e.position = pos++;
            e.text = goal;
            em.persist(e);
        }
        int dutyPos = 0;
        int indicatorPos = 0;
        for (DutyActivity duty : d.performance().activities()) {
            DutyActivityEntity de = new DutyActivityEntity();
            de.disclosureId = disclosureId;
            de.position = dutyPos++;
            de.name = duty.name();
            de.budget = yuan(duty.budget());
            de.content = duty.content();
            de.goal = duty.goal();
            em.persist(de);
            int workPos = 0;
            for (WorkActivity work : duty.work()) {
                WorkActivityEntity we = new WorkActivityEntity();
                we.dutyActivityId = de.id;
                we.position = workPos++;
                we.name = work.name();
                we.budget = yuan(work.budget());
                we.content = work.content();
                we.goal = work.goal();
                em.persist(we);
                for (Indicator indicator : work.indicators()) {
                    IndicatorEntity ie = new IndicatorEntity();
                    ie.workActivityId = we.id;
                    ie.disclosureId = disclosureId;
                    ie.position = indicatorPos++;
                    ie.name = indicator.name();
                    ie.excellent = indicator.excellent();
                    ie.good = indicator.good();
                    ie.fair = indicator.fair();
                    ie.poor = indicator.poor();
                    em.persist(ie);
                }
            }
        }
        pos = 0;
        for (Procurement.Item item : d.procurement().items()) {
            ProcurementItemEntity e = new ProcurementItemEntity();
            e.disclosureId = disclosureId;
            e.position = pos++;
            e.project = item.project();
            e.itemName = item.itemName();
            e.catalogueNumber = item.catalogueNumber();
            e.quantityUnit = item.quantityUnit();
            e.quantity = item.quantity();
            e.unitPrice = yuan(item.unitPrice());
            e.amount = yuan(item.amount());
            em.persist(e);
        }
        pos = 0;
        for (FixedAssets.Category category : d.fixedAssets().categories()) {
            FixedAssetCategoryEntity e = new FixedAssetCategoryEntity();
            e.disclosureId = disclosureId;
            e.position = pos++;
            e.name = category.name();
            e.count = category.count();
            e.area = category.area();
            e.value = yuan(category.value());
            em.persist(e);
        }
        pos = 0;
        for (StatedFigure figure : d.figures()) {
            em.persist(figure(disclosureId, pos++, figure));
        }
        pos = 0;
        for (Finding finding : findings) {
            FindingEntity e = new FindingEntity();
            e.disclosureId = disclosureId;
            e.position = pos++;
            e.rule = finding.rule();
            e.severity = finding.severity().name();
            e.section = finding.section().name();
            e.message = finding.message();
            e.line = finding.line();
            em.persist(e);
        }
    }

    /** The row of one stated figure; its value must fit numeric(30,8) exactly (else the import fails whole). */
    static StatedFigureEntity figure(long disclosureId, int position, StatedFigure figure) {
        BigDecimal value = figure.value();
        if (value.scale() > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("数字 " + value.toPlainString() + "（" + figure.concept().label()
                    + "）超出可保存的精度");
        }
        StatedFigureEntity e = new StatedFigureEntity();
        e.disclosureId = disclosureId;
        e.position = position;
        e.concept = figure.concept().key();
        e.change = figure.change();
        e.value = value;
        e.valueScale = value.scale();
        e.unit = figure.unit();
        e.explanation = figure.explanation();
        if (figure.evidence() != null) {
            e.evidenceFile = figure.evidence().file();
            e.evidenceLine = figure.evidence().line();
            e.evidenceWords = figure.evidence().words();
            e.evidencePlace = figure.evidence().place();
        }
        return e;
    }

    static BigDecimal yuan(Money money) {
        return money == null ? null : money.yuan();
    }

    private static BigDecimal amount(StatedChange change) {
        return change == null ? null : yuan(change.amount());
    }

    private static String note(StatedChange change) {
        return change == null ? null : change.explanation();
    }
}
