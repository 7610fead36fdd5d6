package cn.districtbudget.data.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One standard table of a disclosure (V8); {@code content} is the table as JSON ({@link TableDocuments}). */
@Entity
@Table(name = "disclosure_table")
class DisclosureTableEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_table_seq")
    @SequenceGenerator(name = "disclosure_table_seq", sequenceName = "disclosure_table_seq", allocationSize = 50)
    Long id;
    @Column(name = "disclosure_id")
    Long disclosureId;
    int position;
    String kind;
    String title;
    String unit;
    @Column(name = "source_file")
    String sourceFile;
    String place;
    @Column(name = "figure_count")
    int figureCount;
    String content;
}
