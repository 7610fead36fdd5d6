package cn.districtbudget.data.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** 绩效自评: the actual value of one indicator (name + work activity) for a department and year; versioned. */
@Entity
@Table(name = "indicator_result")
class ActualResultEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_result_seq")
    @SequenceGenerator(name = "indicator_result_seq", sequenceName = "indicator_result_seq", allocationSize = 50)
    Long id;
    @Column(name = "department_id") Long departmentId;
    @Column(name = "fiscal_year") int year;
    @Column(name = "indicator_name") String indicatorName;
    String activity;
    @Column(name = "actual_value") BigDecimal actualValue;
    String unit;
    /** Grade name (EXCELLENT…POOR); null when the value is missing or no grade holds it. */
    String grade;
    @Column(name = "graded_disclosure_id") Long gradedDisclosureId;
    String source;
    @Column(name = "entered_by") String enteredBy;
    @Column(name = "entered_at") Instant enteredAt;
    @Version
    long version;
}
