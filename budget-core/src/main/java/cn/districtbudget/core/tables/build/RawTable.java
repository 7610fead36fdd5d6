package cn.districtbudget.core.tables.build;

import cn.districtbudget.core.tables.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as a reader saw it, before recognition: title, the line stating its unit (单位：…), notes under it
 * (注：…), its columns of figures and its rows. Mutable while a reader fills it.
 */
public final class RawTable {

    /** A column of figures: header as printed (wrapped parts joined), merged group header above (or null), side. */
    public record Column(String label, String group, int side) {
    }

    /** A row: side, code (digits only, or null), name, one raw text per column (null = blank), evidence per cell. */
    public record Row(int side, String code, String name, String[] values, Evidence evidence, Evidence[] cells) {
    }

    public String title;
    public Evidence titleEvidence;
    public String unitText;
    public final List<String> notes = new ArrayList<>();
    public final List<Column> columns = new ArrayList<>();
    public final List<Row> rows = new ArrayList<>();
    /** What the reader could not place (two figures in one cell …), each becomes a finding. */
    public final List<String> problems = new ArrayList<>();
    /** Header words seen (all header lines), used to confirm the kind. */
    public final StringBuilder headerText = new StringBuilder();
}
