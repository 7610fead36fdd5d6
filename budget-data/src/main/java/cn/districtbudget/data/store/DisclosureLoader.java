package cn.districtbudget.data.store;

import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.DutyActivity;
import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.disclosure.FundingForm;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.disclosure.OrganisationUnit;
import cn.districtbudget.core.disclosure.PerformanceTargets;
import cn.districtbudget.core.disclosure.PriorYearChange;
import cn.districtbudget.core.disclosure.Procurement;
import cn.districtbudget.core.disclosure.Region;
import cn.districtbudget.core.disclosure.Revenue;
import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.Evidence;
import cn.districtbudget.core.disclosure.StatedChange;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.disclosure.UnitNature;
import cn.districtbudget.core.disclosure.WorkActivity;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a stored disclosure back into the core record: one query per child table, no N+1. */
final class DisclosureLoader {

    private DisclosureLoader() {
    }

    static Disclosure load(EntityManager em, DisclosureEntity e) {
        long id = e.id;
        List<OrganisationUnit> units = list(em, OrganisationUnitEntity.class, id).stream()
                .map(u -> new OrganisationUnit(u.name, u.nature, u.rank, u.fundingForm)).toList();
        Department department = new Department(e.depName, e.depCode,
                new Region(e.depProvince, e.depCity, e.depDistrict),
                e.depNature == null ? null : UnitNature.valueOf(e.depNature), e.depRank,
                e.depFundingForm == null ? null : FundingForm.valueOf(e.depFundingForm), e.depDuties, units);
        Revenue revenue = new Revenue(money(e.revTotal), money(e.revGeneralPublic), money(e.revGovernmentFund),
                money(e.revSpecialAccount), money(e.revOther));
        Expenditure expenditure = new Expenditure(money(e.expTotal), money(e.expBasic), money(e.expPersonnel),
                money(e.expPublicUse), money(e.expProject), e.expProjectDescription);
        PriorYearChange priorYearChange = new PriorYearChange(e.pycPriorYear,
                change(e.pycTotalStated, e.pycTotal, e.pycTotalNote),
                change(e.pycBasicStated, e.pycBasic, e.pycBasicNote),
                change(e.pycProjectStated, e.pycProject, e.pycProjectNote));
        OperatingCosts operatingCosts = new OperatingCosts(money(e.opcTotal),
                list(em, OperatingCostItemEntity.class, id).stream()
                        .map(i -> new OperatingCosts.Item(i.name, money(i.amount))).toList());
        ThreePublic threePublic = new ThreePublic(money(e.tpTotal), money(e.tpOutbound), money(e.tpVehicles),
                money(e.tpVehiclePurchase), money(e.tpVehicleOperation), money(e.tpReception),
                new ThreePublic.Changes(
                        change(e.tpcTotalStated, e.tpcTotal, e.tpcTotalNote),
                        change(e.tpcOutboundStated, e.tpcOutbound, e.tpcOutboundNote),
                        change(e.tpcVehiclesStated, e.tpcVehicles, e.tpcVehiclesNote),
                        change(e.tpcVehiclePurchaseStated, e.tpcVehiclePurchase, e.tpcVehiclePurchaseNote),
                        change(e.tpcVehicleOperationStated, e.tpcVehicleOperation, e.tpcVehicleOperationNote),
                        change(e.tpcReceptionStated, e.tpcReception, e.tpcReceptionNote)),
                e.tpMeetingRemark, e.tpTrainingRemark);
        List<String> goals = list(em, PerformanceGoalEntity.class, id).stream().map(g -> g.text).toList();
        PerformanceTargets performance = new PerformanceTargets(goals, e.perfTableHeader, activities(em, id));
        Procurement procurement = new Procurement(list(em, ProcurementItemEntity.class, id).stream()
                .map(p -> new Procurement.Item(p.project, p.itemName, p.catalogueNumber, p.quantityUnit,
                        p.quantity, money(p.unitPrice), money(p.amount))).toList(), e.procurementNote);
        FixedAssets fixedAssets = new FixedAssets(e.assetsAsOf, e.assetsTotalCount, money(e.assetsTotalValue),
                list(em, FixedAssetCategoryEntity.class, id).stream()
                        .map(c -> new FixedAssets.Category(c.name, c.count, c.area, money(c.value))).toList());
        return new Disclosure(department, e.year, DisclosureKind.valueOf(e.kind),
                e.moneyUnit == null ? null : MoneyUnit.valueOf(e.moneyUnit), revenue, expenditure, priorYearChange,
                operatingCosts, threePublic, performance, procurement, fixedAssets, figures(em, id));
    }

    /** The stated figures with their evidence, in text order. */
    static List<StatedFigure> figures(EntityManager em, long disclosureId) {
        return list(em, StatedFigureEntity.class, disclosureId).stream().map(DisclosureLoader::figure).toList();
    }

    static StatedFigure figure(StatedFigureEntity f) {
        Concept concept = Concept.ofKey(f.concept);
        if (concept == null) {
            throw new IllegalStateException("stored figure " + f.id + " has an unknown concept " + f.concept);
        }
        Evidence evidence = f.evidenceLine == null ? null
                : new Evidence(f.evidenceFile, f.evidenceLine, f.evidenceWords);
        return new StatedFigure(concept, f.change, f.value.setScale(f.valueScale, java.math.RoundingMode.UNNECESSARY),
                f.unit, f.explanation, evidence);
    }

    static List<Finding> findings(EntityManager em, long disclosureId) {
        return list(em, FindingEntity.class, disclosureId).stream()
                .map(f -> new Finding(f.rule, Severity.valueOf(f.severity), Section.valueOf(f.section), f.message,
                        f.line))
                .toList();
    }

    private static List<DutyActivity> activities(EntityManager em, long disclosureId) {
        List<DutyActivityEntity> duties = list(em, DutyActivityEntity.class, disclosureId);
        if (duties.isEmpty()) {
            return List.of();
        }
        List<WorkActivityEntity> works = em.createQuery(
                        "select w from WorkActivityEntity w where w.dutyActivityId in "
                                + "(select d.id from DutyActivityEntity d where d.disclosureId = :id) "
                                + "order by w.position", WorkActivityEntity.class)
                .setParameter("id", disclosureId).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        List<IndicatorEntity> indicators = list(em, IndicatorEntity.class, disclosureId);
        Map<Long, List<Indicator>> indicatorsByWork = new LinkedHashMap<>();
        for (IndicatorEntity i : indicators) {
            indicatorsByWork.computeIfAbsent(i.workActivityId, k -> new ArrayList<>())
                    .add(new Indicator(i.name, i.excellent, i.good, i.fair, i.poor));
        }
        Map<Long, List<WorkActivity>> worksByDuty = new LinkedHashMap<>();
        for (WorkActivityEntity w : works) {
            worksByDuty.computeIfAbsent(w.dutyActivityId, k -> new ArrayList<>())
                    .add(new WorkActivity(w.name, money(w.budget), w.content, w.goal,
                            indicatorsByWork.getOrDefault(w.id, List.of())));
        }
        return duties.stream()
                .map(d -> new DutyActivity(d.name, money(d.budget), d.content, d.goal,
                        worksByDuty.getOrDefault(d.id, List.of())))
                .toList();
    }

    private static <T> List<T> list(EntityManager em, Class<T> type, long disclosureId) {
        return em.createQuery("select c from " + type.getSimpleName()
                        + " c where c.disclosureId = :id order by c.position", type)
                .setParameter("id", disclosureId).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    static Money money(BigDecimal yuan) {
        return yuan == null ? null : Money.ofYuan(yuan);
    }

    private static StatedChange change(boolean stated, BigDecimal amount, String note) {
        return stated ? new StatedChange(money(amount), note) : null;
    }
}
