package cn.districtbudget.data.store;

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

/** 绩效自评: the actual value of one indicator for a department and year; edited by staff, so versioned. */
@Entity
@Table(name = "indicator_result")
class IndicatorResultEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_result_seq")
    @SequenceGenerator(name = "indicator_result_seq", sequenceName = "indicator_result_seq", allocationSize = 50)
    Long id;
    @Column(name = "department_id") Long departmentId;
    @Column(name = "fiscal_year") int year;
    @Column(name = "indicator_name") String indicatorName;
    @Column(name = "actual_value") BigDecimal actualValue;
    String unit;
    String grade;
    @Column(name = "entered_by") String enteredBy;
    @Column(name = "entered_at") Instant enteredAt;
    @Version
    long version;
}
