package cn.districtbudget.data.architecture.violation.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity outside the persistence packages. */
@Entity
public class StrayEntity {
    @Id
    Long id;
}
