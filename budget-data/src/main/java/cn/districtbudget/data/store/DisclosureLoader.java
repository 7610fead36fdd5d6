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

    /** Every child row of one disclosure, each list in stored order. */
    record Children(List<OrganisationUnitEntity> units, List<OperatingCostItemEntity> operatingCosts,
                    List<PerformanceGoalEntity> goals, List<DutyActivityEntity> duties,
                    List<WorkActivityEntity> works, List<IndicatorEntity> indicators,
                    List<ProcurementItemEntity> procurement, List<FixedAssetCategoryEntity> assets,
                    List<StatedFigureEntity> figures) {
    }

    static Disclosure load(EntityManager em, DisclosureEntity e) {
        long id = e.id;
        List<DutyActivityEntity> duties = list(em, DutyActivityEntity.class, id);
        List<WorkActivityEntity> works = duties.isEmpty() ? List.of() : em.createQuery(
                        "select w from WorkActivityEntity w where w.dutyActivityId in "
                                + "(select d.id from DutyActivityEntity d where d.disclosureId = :id) "
                                + "order by w.position", WorkActivityEntity.class)
                .setParameter("id", id).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        List<IndicatorEntity> indicators = duties.isEmpty() ? List.of() : list(em, IndicatorEntity.class, id);
        return assemble(e, new Children(list(em, OrganisationUnitEntity.class, id),
                list(em, OperatingCostItemEntity.class, id), list(em, PerformanceGoalEntity.class, id), duties, works,
                indicators, list(em, ProcurementItemEntity.class, id), list(em, FixedAssetCategoryEntity.class, id),
                list(em, StatedFigureEntity.class, id)));
    }

    /** The core record of a stored disclosure row and its child rows (however they were read). */
    static Disclosure assemble(DisclosureEntity e, Children c) {
        List<OrganisationUnit> units = c.units().stream()
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
        OperatingCosts operatingCosts = new OperatingCosts(money(e.opcTotal), c.operatingCosts().stream()
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
        List<String> goals = c.goals().stream().map(g -> g.text).toList();
        PerformanceTargets performance = new PerformanceTargets(goals, e.perfTableHeader,
                activities(c.duties(), c.works(), c.indicators()));
        Procurement procurement = new Procurement(c.procurement().stream()
                .map(p -> new Procurement.Item(p.project, p.itemName, p.catalogueNumber, p.quantityUnit,
                        p.quantity, money(p.unitPrice), money(p.amount))).toList(), e.procurementNote);
        FixedAssets fixedAssets = new FixedAssets(e.assetsAsOf, e.assetsTotalCount, money(e.assetsTotalValue),
                c.assets().stream()
                        .map(a -> new FixedAssets.Category(a.name, a.count, a.area, money(a.value))).toList());
        return new Disclosure(department, e.year, DisclosureKind.valueOf(e.kind),
                e.moneyUnit == null ? null : MoneyUnit.valueOf(e.moneyUnit), revenue, expenditure, priorYearChange,
                operatingCosts, threePublic, performance, procurement, fixedAssets,
                c.figures().stream().map(DisclosureLoader::figure).toList());
    }

    static StatedFigure figure(StatedFigureEntity f) {
        Concept concept = Concept.ofKey(f.concept);
        if (concept == null) {
            throw new IllegalStateException("stored figure " + f.id + " has an unknown concept " + f.concept);
        }
        Evidence evidence = f.evidenceLine == null ? null
                : new Evidence(f.evidenceFile, f.evidenceLine, f.evidenceWords, f.evidencePlace);
        return new StatedFigure(concept, f.change, f.value.setScale(f.valueScale, java.math.RoundingMode.UNNECESSARY),
                f.unit, f.explanation, evidence);
    }

    static List<Finding> findings(EntityManager em, long disclosureId) {
        return list(em, FindingEntity.class, disclosureId).stream()
                .map(f -> new Finding(f.rule, Severity.valueOf(f.severity), Section.valueOf(f.section), f.message,
                        f.line))
                .toList();
    }

    private static List<DutyActivity> activities(List<DutyActivityEntity> duties, List<WorkActivityEntity> works,
                                                 List<IndicatorEntity> indicators) {
        if (duties.isEmpty()) {
            return List.of();
        }
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
