package cn.districtbudget.data.dashboard;

import java.util.List;
import java.util.Optional;

/**
 * Departments x years of performance grades for a heatmap. Every department with a disclosure in a year has a
 * cell for that year (未评 until results are entered); {@code departments} and {@code years} give the axes.
 */
public record GradeMatrix(List<DepartmentRef> departments, List<Integer> years, List<GradeCell> cells) {

    public GradeMatrix {
        departments = List.copyOf(departments);
        years = List.copyOf(years);
        cells = List.copyOf(cells);
    }

    /** An axis entry. */
    public record DepartmentRef(long id, String name) {
    }

    public Optional<GradeCell> cell(long departmentId, int year) {
        return cells.stream().filter(c -> c.departmentId() == departmentId && c.year() == year).findFirst();
    }
}
