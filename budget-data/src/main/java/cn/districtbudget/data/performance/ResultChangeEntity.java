package cn.districtbudget.data.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One change of an actual result: who, when, old and new value (never updated or deleted). */
@Entity
@Table(name = "indicator_result_change")
class ResultChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_result_change_seq")
    @SequenceGenerator(name = "indicator_result_change_seq", sequenceName = "indicator_result_change_seq",
            allocationSize = 50)
    Long id;
    @Column(name = "result_id") Long resultId;
    @Column(name = "old_value") BigDecimal oldValue;
    @Column(name = "new_value") BigDecimal newValue;
    @Column(name = "old_grade") String oldGrade;
    @Column(name = "new_grade") String newGrade;
    String source;
    @Column(name = "changed_by") String changedBy;
    @Column(name = "changed_at") Instant changedAt;
}
