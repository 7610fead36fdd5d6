package cn.districtbudget.data.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One stated figure of a disclosure with its evidence (V7); {@code valueScale} keeps the value's exact scale. */
@Entity
@Table(name = "stated_figure")
class StatedFigureEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stated_figure_seq")
    @SequenceGenerator(name = "stated_figure_seq", sequenceName = "stated_figure_seq", allocationSize = 50)
    Long id;
    @Column(name = "disclosure_id")
    Long disclosureId;
    int position;
    String concept;
    @Column(name = "is_change")
    boolean change;
    @Column(name = "figure_value", precision = 30, scale = 8)
    BigDecimal value;
    @Column(name = "value_scale")
    int valueScale;
    String unit;
    String explanation;
    @Column(name = "evidence_file")
    String evidenceFile;
    @Column(name = "evidence_line")
    Integer evidenceLine;
    @Column(name = "evidence_words")
    String evidenceWords;
    /** A table figure's table, page, row and column (V9); null for the running text. */
    @Column(name = "evidence_place")
    String evidencePlace;
}
