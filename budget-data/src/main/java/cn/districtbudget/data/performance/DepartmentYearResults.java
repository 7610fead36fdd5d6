package cn.districtbudget.data.performance;

import cn.districtbudget.core.grading.DepartmentGrade;
import java.util.List;

/**
 * The results of a department for a year: every indicator of its current budget disclosure (published order) with
 * value and grade, and the department-year grade ({@link DepartmentGrade}: score over graded indicators, ungraded
 * and missing counted beside it).
 */
public record DepartmentYearResults(
        long departmentId,
        String departmentName,
        String departmentCode,
        long regionId,
        int year,
        long disclosureId,
        List<IndicatorResult> indicators,
        DepartmentGrade grade) {

    public DepartmentYearResults {
        indicators = List.copyOf(indicators);
    }
}
