package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import cn.districtbudget.core.money.MoneyUnit;
import java.util.List;
import java.util.Objects;

/**
 * One published disclosure: a department's budget (or final accounts) for a fiscal year, every section as read.
 * Sections are never null: a section the text lacks has all its figures null ({@code NOT_STATED}).
 * {@code unit} is the money unit the document was published in (万元 in the sample).
 * {@code year} is {@link #YEAR_NOT_STATED} (0) when neither the text nor the caller gave it; the department's
 * name is null when not known. {@code figures} are all figures read by concept, each with its evidence; the
 * records (revenue, expenditure, …) hold the same values for the concepts they have fields for.
 */
public record Disclosure(
        Department department,
        int year,
        DisclosureKind kind,
        @Nullable MoneyUnit unit,
        Revenue revenue,
        Expenditure expenditure,
        PriorYearChange priorYearChange,
        OperatingCosts operatingCosts,
        ThreePublic threePublic,
        PerformanceTargets performance,
        Procurement procurement,
        FixedAssets fixedAssets,
        List<StatedFigure> figures) {

    /** The year of a disclosure whose fiscal year is not known. */
    public static final int YEAR_NOT_STATED = 0;

    /** A disclosure without figure evidence (built by hand or loaded from storage). */
    public Disclosure(Department department, int year, DisclosureKind kind, MoneyUnit unit, Revenue revenue,
                      Expenditure expenditure, PriorYearChange priorYearChange, OperatingCosts operatingCosts,
                      ThreePublic threePublic, PerformanceTargets performance, Procurement procurement,
                      FixedAssets fixedAssets) {
        this(department, year, kind, unit, revenue, expenditure, priorYearChange, operatingCosts, threePublic,
                performance, procurement, fixedAssets, List.of());
    }

    public Disclosure {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(kind, "kind");
        revenue = revenue == null ? Revenue.NOT_STATED : revenue;
        expenditure = expenditure == null ? Expenditure.NOT_STATED : expenditure;
        priorYearChange = priorYearChange == null ? PriorYearChange.NOT_STATED : priorYearChange;
        operatingCosts = operatingCosts == null ? OperatingCosts.NOT_STATED : operatingCosts;
        threePublic = threePublic == null ? ThreePublic.NOT_STATED : threePublic;
        performance = performance == null ? PerformanceTargets.NOT_STATED : performance;
        procurement = procurement == null ? Procurement.NOT_STATED : procurement;
        fixedAssets = fixedAssets == null ? FixedAssets.NOT_STATED : fixedAssets;
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** The stated figure of a concept (not its change); null when not stated. */
    public @Nullable StatedFigure figure(Concept concept) {
        return find(concept, false);
    }

    /** The stated change on the prior year of a concept; null when not stated. */
    public @Nullable StatedFigure change(Concept concept) {
        return find(concept, true);
    }

    /** The amount of a money concept; null when not stated. */
    public cn.districtbudget.core.money.@Nullable Money amount(Concept concept) {
        StatedFigure figure = figure(concept);
        return figure == null ? null : figure.money();
    }

    private @Nullable StatedFigure find(Concept concept, boolean change) {
        for (StatedFigure figure : figures) {
            if (figure.concept() == concept && figure.change() == change) {
                return figure;
            }
        }
        return null;
    }

    /** True when the fiscal year is known. */
    public boolean hasYear() {
        return year != YEAR_NOT_STATED;
    }

    /** This disclosure with other figures (e.g. none, to compare what the records hold). */
    public Disclosure withFigures(List<StatedFigure> newFigures) {
        return new Disclosure(department, year, kind, unit, revenue, expenditure, priorYearChange, operatingCosts,
                threePublic, performance, procurement, fixedAssets, newFigures);
    }
}
