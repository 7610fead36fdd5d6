package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import cn.districtbudget.core.reading.ConceptReader.Area;
import cn.districtbudget.core.reading.Lexicon.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables inside a text, line by line, for {@link ConceptReader}: rows flattened with {@code |} ({@link PipeTable}),
 * tables copied one cell per line ({@link CellLines}), tables whose cells are parted by spaces ({@link SpacedTable}) and
 * a 收支总表 inside one line; each read by its header's columns in the unit stated above it, a table whose cells cannot be
 * placed reported once and not read.
 */
final class TableLines {

    private final ReadingContext context;
    private final DisclosureKind kind;
    private final Integer year;
    private final Supplier<Area> area;
    private final FigureSink sink;

    TableLines(ReadingContext context, DisclosureKind kind, Integer year, Supplier<Area> area, FigureSink sink) {
        this.context = context;
        this.kind = kind;
        this.year = year;
        this.area = area;
        this.sink = sink;
    }

    /** A line that is no pipe row: the pipe table above it, if any, has ended. */
    void notPipeRow() {
        pipeColumns = null;
    }

    /** The text has ended: a table copied one cell per line that reached its last line is read. */
    void end() {
        if (cellState == CellState.ROWS) {
            flushCellRow();
            commitBareSummary();
        }
    }

    private PipeTable.Columns pipeColumns;
    private MoneyUnit pipeUnit;
    private boolean pipeThreePublic;
    private int pipeLastLine = -10;
    private int pipeHeaderLine = -10;
    /** The pipe table is a two-sided 收支总表 ({@link SummaryTable}), with 行次 columns or not. */
    private SummaryTable.Subject pipeSummary;
    private boolean pipeRowNumbered;

    /** One row of a table flattened with {@code |}: its unit, its header, or figures by the header's columns. */
    void pipeRow(String line, int number) {
        if (number > pipeLastLine + 3) {
            // a new table: its unit and “三公” title may stand on plain lines right above (单位：万元)
            pipeUnit = number - unitSeenLine <= 2 ? unitSeen : null;
            pipeThreePublic = number - threePublicSeenLine <= 4;
            pipeColumns = null;
            pipeSummary = null;
        }
        pipeLastLine = number;
        MoneyUnit unit = PipeTable.unit(line);
        if (unit != null) {
            pipeUnit = unit;
        }
        if (line.contains("三公")) {
            pipeThreePublic = true;
        }
        String[] cells = PipeTable.cells(line);
        if (SummaryTable.isHeader(cells)) {
            pipeSummary = SummaryTable.subject(summaryTitle(number), cells, context.source(), number);
            pipeRowNumbered = SummaryTable.hasRowNumbers(cells);
            pipeColumns = null;
            return;
        }
        if (pipeSummary != null) {
            if (pipeUnit != null) {
                summaryRow(cells, number, SourceText.strip(line));
            }
            return;
        }
        PipeTable.Columns header = PipeTable.header(cells, kind, year);
        if (header != null) {
            pipeColumns = header;
            pipeHeaderLine = number;
            if (pipeUnit == null) {
                pipeUnit = headerUnit(line); // 项目 | 2014年决算 (万元) |: the unit in the column's name
            }
            return;
        }
        if (pipeColumns == null || pipeUnit == null) {
            return;
        }
        if (number == pipeHeaderLine + 1 && PipeTable.isSubHeader(cells)) {
            if (!PipeTable.isChangeSubHeader(cells)) {
                // 项目 | 预算数 | 决算数 | |||| over 合计 | 一般公共预算 | 政府性基金 | 合计 |…: which column is which is unknown
                context.reportUnplaced(ReadingRule.FIGURE_AMBIGUOUS, Section.DOCUMENT, "“" + SourceText.strip(line)
                        + "”是表头的第二行：表头有合并单元格，不能确定数字属于哪一列，此表未读取", number);
                pipeColumns = null;
            }
            return; // 增、减金额 | 增、减幅度: the last column's parts, the columns before it keep their place
        }
        tableRow(cells, pipeColumns, pipeUnit, pipeThreePublic, line, number);
    }

    /** A unit in brackets in a header's column names (2014年决算 (万元)); null when none, or more than one, is named. */
    private static final Pattern HEADER_UNIT = Pattern.compile("[（(]\\s*(亿元|万元|元)\\s*[)）]");

    private static MoneyUnit headerUnit(String line) {
        Matcher m = HEADER_UNIT.matcher(line);
        String found = null;
        while (m.find()) {
            if (found != null && !found.equals(m.group(1))) {
                return null;
            }
            found = m.group(1);
        }
        return MoneyUnit.fromLabel(found);
    }

    /** A row of a flattened table read by its header's columns, in the table's unit. */
    /**
     * A row of a two-sided 收支总表 ({@link SummaryTable}; 一、财政拨款收入 | 1 | 625.58 | 一、一般公共服务支出 | 28 | |): each
     * label naming a concept, its row number (行次) when the table has them, and the amount right after. A mirror drops
     * blank cells (二、上级补助收入 | 2 | 二、外交支出 …), so a label not followed by a number states none; an amount that
     * ends the line with no cell after it may be cut (an excerpt's last line) and is not read.
     */
    private void summaryRow(String[] cells, int number, String words) {
        summaryRow(cells, pipeSummary, pipeRowNumbered, pipeUnit, true, number, words);
    }

    /**
     * A row of a two-sided 收支总表 cut into cells, read by {@link SummaryTable#concept}; {@code amountEndingLineMayBeCut}:
     * an amount that is the row's last cell is not read (a pipe row's last cell has a {@code |} after it when whole).
     */
    private void summaryRow(String[] cells, SummaryTable.Subject subject, boolean rowNumbered, MoneyUnit unit,
                            boolean amountEndingLineMayBeCut, int number, String words) {
        Lexicon.Kinds allowed = kind == DisclosureKind.FINAL_ACCOUNTS ? Lexicon.Kinds.FINAL_ONLY : Lexicon.Kinds.BUDGET_ONLY;
        int labels = 0;
        for (String cell : cells) {
            labels += !cell.isEmpty() && !PipeTable.isNumber(cell) ? 1 : 0;
        }
        boolean first = true;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].isEmpty() || PipeTable.isNumber(cells[i])) {
                continue;
            }
            SummaryTable.Side side = labels < 2 ? SummaryTable.Side.UNKNOWN
                    : first ? SummaryTable.Side.REVENUE : SummaryTable.Side.EXPENDITURE;
            first = false;
            int at = i + 1;
            if (rowNumbered) {
                if (at >= cells.length || !ROW_NUMBER.matcher(cells[at]).matches()) {
                    continue;
                }
                at++;
            }
            Concept concept = SummaryTable.concept(cells[i], subject, side, allowed);
            boolean mayBeCut = amountEndingLineMayBeCut && at + 1 >= cells.length;
            BigDecimal value = mayBeCut ? null : PipeTable.number(cells, at);
            if (concept != null && value != null) {
                addMoney(concept, false, value, unit, number, words);
            }
        }
    }

    private static final Pattern ROW_NUMBER = Pattern.compile("[1-9]\\d{0,2}");

    /** The line ends the text with no space after it: an excerpt may have cut its last number. */
    private boolean mayBeCut(int number) {
        String raw = context.source().line(number);
        return number == context.source().size() && !Character.isWhitespace(raw.charAt(raw.length() - 1));
    }

    /**
     * A 收支总表 inside one line ({@link SummaryTable#INLINE_HEADER}): its rows after the header, up to the next
     * table, read label by label (row number, then amount) in the unit the line states before the header; no side is
     * known, so a bare 总计 is not read.
     */
    void inlineSummaryTable(String line, int number) {
        Matcher header = SummaryTable.INLINE_HEADER.matcher(line);
        if (!header.find()) {
            return;
        }

        MoneyUnit unit = PipeTable.unit(line.substring(0, header.start()));
        if (unit == null) {
            return;
        }
        Matcher end = SummaryTable.INLINE_END.matcher(line);
        String rows = line.substring(header.end(), end.find(header.end()) ? end.start() : line.length());
        String[] cells = SpacedTable.summaryRow(rows);
        if (cells == null) {
            return;
        }
        SummaryTable.Subject subject = SummaryTable.subject(summaryTitle(number), SummaryTable.INLINE_COLUMNS, rows);
        Lexicon.Kinds allowed = kind == DisclosureKind.FINAL_ACCOUNTS ? Lexicon.Kinds.FINAL_ONLY : Lexicon.Kinds.BUDGET_ONLY;
        // the last cell of a line that ends the text may be cut
        boolean cut = mayBeCut(number) && rows.length() == line.length() - header.end();
        for (int i = 0; i + 2 < cells.length; i++) {
            if (PipeTable.isNumber(cells[i]) || !ROW_NUMBER.matcher(cells[i + 1]).matches()
                    || !PipeTable.isNumber(cells[i + 2]) || cut && i + 3 == cells.length) {
                continue;
            }
            Concept concept = SummaryTable.concept(cells[i], subject, SummaryTable.Side.UNKNOWN, allowed);
            BigDecimal value = PipeTable.number(cells, i + 2);
            if (concept != null && value != null) {
                addMoney(concept, false, value, unit, number, cells[i] + " " + cells[i + 1] + " " + cells[i + 2]);
            }
        }
    }

    /** The concept of the table row read last (of any table): a bare 购置费 row follows its vehicles. */
    private Concept previousRowConcept;

    private void tableRow(String[] cells, PipeTable.Columns columns, MoneyUnit unit, boolean threePublicTable,
                          String line, int number) {
        if (area.get() == Area.PERFORMANCE) {
            return;
        }
        boolean threePublic = threePublicTable || area.get() == Area.THREE_PUBLIC;
        Concept concept = PipeTable.concept(cells[0], threePublic);
        Concept rowAbove = previousRowConcept;
        previousRowConcept = concept;
        if (concept != null && PipeTable.namesVehiclePart(cells[0])
                && (!threePublic || rowAbove == null || !Lexicon.isVehicleSpending(rowAbove))) {
            previousRowConcept = null;
            return; // 购置费 | 0 | is the vehicles' part only in a “三公” table, right below the vehicles or a part of them
        }
        if (concept == null && threePublic) {
            countRow(cells, columns, line, number);
            return;
        }
        if (concept == null || concept.measure() != Concept.Measure.MONEY) {
            return;
        }
        String words = SourceText.strip(line);
        BigDecimal value = PipeTable.number(cells, columns.value());
        if (value != null) {
            Concept target = columns.budgetedColumn() ? Lexicon.budgeted(concept) : concept;
            if (target != null) {
                addMoney(target, false, value, unit, number, words);
            }
        }
        BigDecimal budgeted = PipeTable.number(cells, columns.budgeted());
        Concept budgetedConcept = Lexicon.budgeted(concept);
        if (budgeted != null && budgetedConcept != null) {
            addMoney(budgetedConcept, false, budgeted, unit, number, words);
        }
        BigDecimal change = PipeTable.number(cells, columns.change());
        if (change != null && !columns.budgetedColumn()) {
            addMoney(concept, true, change, unit, number, words);
        }
    }

    /** 5、公务接待批次(批) | 186: a whole number in the document's own column (not a final account's 预算数 column). */
    private void countRow(String[] cells, PipeTable.Columns columns, String line, int number) {
        PipeTable.CountRow row = PipeTable.countRow(cells[0]);
        BigDecimal value = PipeTable.number(cells, columns.value());
        if (row == null || value == null || columns.budgetedColumn() || value.signum() < 0
                || value.stripTrailingZeros().scale() > 0) {
            return;
        }
        sink.add(row.concept(), false, value, row.unit(), null, number, SourceText.strip(line), Role.CONCEPT);
    }

    private enum CellState { NONE, HEADER, ROWS }

    private CellState cellState = CellState.NONE;
    private final List<String> cellTitles = new ArrayList<>();
    private PipeTable.Columns cellColumns;
    private int cellWidth;
    private MoneyUnit cellUnit;
    private boolean cellThreePublic;
    private String cellLabel;
    private int cellLabelLine;
    private final List<String> cellValues = new ArrayList<>();
    private final List<Integer> cellValueLines = new ArrayList<>();
    private boolean cellReported;
    /** The cell table is a two-sided 收支总表 ({@link SummaryTable}): whose; null when it is another table. */
    private SummaryTable.Subject cellSummary;
    /** The header's lines are cells with their {@code |}. */
    private boolean cellPipes;
    private int cellHeaderStart;
    private int cellHeaderEnd;
    /**
     * The header is 收入 / 支出 / 项目 / 项目 one cell per line without {@code |} and no column names: a two-sided
     * 收支总表 with one amount column per side, whose figures wait in {@link #bareSummaryFigures} until the table ends
     * and are read only if no label had more than one cell below it (then the table has more columns than it says).
     */
    private boolean cellBareSummary;
    /** The cell table's header has 行次: each label's first cell is its row number, the amount the cell after it. */
    private boolean cellRowNumbered;
    private boolean bareSummaryWider;
    private final List<Runnable> bareSummaryFigures = new ArrayList<>();

    /**
     * A line of a table copied one cell per line ({@link CellLines}): 项目 (right below a 单位：万元 line) and the column
     * names below it open the table, then label lines and their cells; a line that is no cell closes it. True when
     * the line was the table's (not prose to read).
     */
    boolean cellTableLine(String line, int number) {
        if (cellState == CellState.NONE && !CellLines.mayBeHeader(line)) {
            return false;
        }
        String cell = CellLines.cell(line);
        if (cellState == CellState.HEADER) {
            if (cell != null && CellLines.isTitle(cell)) {
                cellTitles.add(cell);
                cellHeaderEnd = number;
                return true;
            }
            if (cell != null && CellLines.isHeader(cell) && cellTitles.isEmpty() && !cellPipes && !cellBareSummary) {
                cellBareSummary = true;
                cellHeaderEnd = number;
                return true;
            }
            if (cell != null && CellLines.isHeader(cell) && !cellTitles.isEmpty() && cellPipes && PipeTable.isRow(line)
                    && !cellTitles.contains("项目")) {
                cellTitles.add("项目"); // 项目 | 预算数 | 项目 | 预算数 one cell per line: a two-sided 收支总表
                cellHeaderEnd = number;
                return true;
            }
            String[] header = new String[cellTitles.size() + 1];
            header[0] = "项目";
            for (int i = 0; i < cellTitles.size(); i++) {
                header[i + 1] = cellTitles.get(i);
            }
            if (cellBareSummary && !cellTitles.isEmpty()) {
                cellBareSummary = false; // 项目 / 项目 / 预算数 / …: which title is whose is not known
                cellState = CellState.NONE;
                return false;
            }
            if (cellBareSummary) {
                header = new String[] {"项目", "项目"};
            }
            PipeTable.Columns columns = cellTitles.isEmpty() ? null : PipeTable.header(header, kind, year);
            if (columns == null && !cellBareSummary || cellUnit == null) {
                cellState = CellState.NONE;
                return false;
            }
            cellColumns = columns;
            cellWidth = header.length;
            cellSummary = SummaryTable.isHeader(header)
                    ? SummaryTable.subject(cellSummaryTitle(cellHeaderStart), header, context.source(), cellHeaderEnd) : null;
            cellRowNumbered = SummaryTable.hasRowNumbers(header);
            bareSummaryWider = false;
            bareSummaryFigures.clear();
            cellState = CellState.ROWS;
            cellLabel = null;
            cellValues.clear();
            cellValueLines.clear();
            cellReported = false;
        }
        if (cellState == CellState.ROWS) {
            if (cell != null && CellLines.isValue(cell) && cellLabel == null && cellSummary != null) {
                return true; // the 序号 of a 收支总表's first row
            }
            if (cell == null || CellLines.isValue(cell) && cellLabel == null) {
                flushCellRow();
                commitBareSummary();
                cellState = CellState.NONE;
                return false;
            }
            if (CellLines.isValue(cell)) {
                cellValues.add(cell);
                cellValueLines.add(number);
                return true;
            }
            flushCellRow();
            cellLabel = cell;
            cellLabelLine = number;
            cellValues.clear();
            cellValueLines.clear();
            return true;
        }
        if (cell != null && CellLines.isHeader(cell)) {
            cellState = CellState.HEADER;
            cellTitles.clear();
            cellBareSummary = false;
            cellPipes = PipeTable.isRow(line);
            cellHeaderStart = number;
            cellHeaderEnd = number;
            cellUnit = number - unitSeenLine <= 6 ? unitSeen : null; // 单位 above a 序号 / 收入 / 支出 header row
            cellThreePublic = number - threePublicSeenLine <= 4;
            return true;
        }
        return false;
    }

    /** The row gathered so far: read when it has a cell for every column, reported (once a table) when it has fewer. */
    private void flushCellRow() {
        if (cellLabel == null || cellValues.isEmpty()) {
            return;
        }
        String words = cellLabel + " | " + String.join(" | ", cellValues);
        if (cellSummary != null) {
            summaryCell();
        } else if (cellValues.size() == cellWidth - 1) {
            String[] cells = new String[cellWidth];
            cells[0] = cellLabel;
            for (int i = 0; i < cellValues.size(); i++) {
                cells[i + 1] = cellValues.get(i);
            }
            tableRow(cells, cellColumns, cellUnit, cellThreePublic, words, cellLabelLine);
        } else if (!cellReported) {
            cellReported = true;
            context.reportUnplaced(ReadingRule.FIGURE_AMBIGUOUS, Section.DOCUMENT, "“" + cellLabel + "”下有"
                    + cellValues.size() + "个单元格，表头有" + (cellWidth - 1) + "列：逐格分行的表格中空白单元格没有留下痕迹，"
                    + "不能确定数字属于哪一列，此表的这类行未读取", cellLabelLine);
        }
        cellLabel = null;
        cellValues.clear();
        cellValueLines.clear();
    }

    /**
     * A label of a two-sided 收支总表 copied one cell per line, each cell with its {@code |} (a blank cell keeps its
     * line): the cell right below the label is its amount; the cells after it are the side's other columns or the next
     * row's 序号. The text's last line may be cut unless a space or {@code |} closes it.
     */
    private void summaryCell() {
        Lexicon.Kinds allowed = kind == DisclosureKind.FINAL_ACCOUNTS ? Lexicon.Kinds.FINAL_ONLY : Lexicon.Kinds.BUDGET_ONLY;
        Concept concept = SummaryTable.concept(cellLabel, cellSummary, SummaryTable.Side.UNKNOWN, allowed);
        int at = 0;
        if (cellRowNumbered) {
            // 一、一般公共预算财政拨款收入 | / 1 | / 4,194.89 |: the row number, then the amount
            if (cellValues.size() < 2 || !ROW_NUMBER.matcher(cellValues.get(0)).matches()) {
                return;
            }
            at = 1;
        }
        String amount = cellValues.get(at);
        int line = cellValueLines.get(at);
        String raw = context.source().line(line);
        boolean mayBeCut = line == context.source().size() && !raw.endsWith("|") && !Character.isWhitespace(raw.charAt(raw.length() - 1));
        if (cellBareSummary) {
            bareSummaryWider |= cellValues.size() > 1;
            if (concept != null && PipeTable.isNumber(amount) && !mayBeCut) {
                MoneyUnit unit = cellUnit;
                String words = cellLabel + " " + amount;
                bareSummaryFigures.add(() -> addMoney(concept, false, Figures.parseNumber(amount), unit, line, words));
            }
        } else if (concept != null && PipeTable.isNumber(amount) && !mayBeCut) {
            addMoney(concept, false, Figures.parseNumber(amount), cellUnit, line, cellLabel + " | " + amount);
        }
    }

    /** The figures of a {@link #cellBareSummary} table, once it has ended: read unless a row showed more columns. */
    private void commitBareSummary() {
        if (cellBareSummary && !bareSummaryWider) {
            bareSummaryFigures.forEach(Runnable::run);
        } else if (cellBareSummary && !bareSummaryFigures.isEmpty()) {
            context.reportUnplaced(ReadingRule.FIGURE_AMBIGUOUS, Section.DOCUMENT, "逐格分行的收支总表没有列名，且有的项目下有"
                    + "不止一个数字：不能确定每个数字属于哪一列，此表未读取", cellHeaderStart);
        }
        bareSummaryFigures.clear();
        cellBareSummary = false;
    }

    private PipeTable.Columns spacedColumns;
    /** The spaced table is a two-sided 收支总表 ({@link SummaryTable}): whose; null when it is another table. */
    private SummaryTable.Subject spacedSummary;
    private boolean spacedSummaryRowNumbered;
    private int spacedWidth;
    private MoneyUnit spacedUnit;
    private boolean spacedThreePublic;
    private int spacedLastLine = -10;
    /** A row of the table whose numbers could not be placed was reported (once per table). */
    private boolean spacedReported;
    /** The spaced table's cells are parted by single spaces, a blank cell printed as one ({@link SpacedTable#rowByBlanks}). */
    private boolean spacedBlanks;
    private MoneyUnit unitSeen;
    private int unitSeenLine = -10;
    private int threePublicSeenLine = -10;

    /** The last 单位：万元 and “三公” lines seen (any line): a table below them takes its unit and title from them. */
    void noteUnitAndThreePublic(String line, int number) {
        MoneyUnit unit = PipeTable.unit(line);
        if (unit != null) {
            unitSeen = unit;
            unitSeenLine = number;
        }
        if (line.contains("三公")) {
            threePublicSeenLine = number;
        }
        Boolean fiscal = SummaryTable.titleFiscal(line);
        if (fiscal != null) {
            summaryTitleFiscal = fiscal;
            summaryTitleLine = number;
        }
    }

    private Boolean summaryTitleFiscal;
    private int summaryTitleLine = -10;

    /** The title of a 收支总表 right above a table's header: whether it names the 财政拨款 one; null when none does. */
    private Boolean summaryTitle(int headerLine) {
        return headerLine - summaryTitleLine <= 6 ? summaryTitleFiscal : null;
    }

    /**
     * {@link #summaryTitle(int)} for a table copied one cell per line, where a web page may put a blank line between
     * cells: six lines of text between the title and the header, the blank ones not counted.
     */
    private Boolean cellSummaryTitle(int headerLine) {
        if (summaryTitleLine < 1 || headerLine - summaryTitleLine > 30) {
            return null;
        }
        int between = 0;
        for (int n = summaryTitleLine + 1; n <= headerLine; n++) {
            between += SourceText.strip(context.source().line(n)).isEmpty() ? 0 : 1;
        }
        return between <= 6 ? summaryTitleFiscal : null;
    }

    /**
     * A line of a table whose cells are separated by spaces ({@link SpacedTable}): its header (right below a
     * 单位：万元 line) opens the table, its rows are read by the header's columns, a label-only row is passed; a line
     * that is neither closes the table. True when the line was the table's (not prose to read).
     */
    boolean spacedTableLine(String line, int number) {
        String[] header = SpacedTable.header(line);
        if (header != null && unitSeen != null && number - unitSeenLine <= 3 && SummaryTable.isHeader(header)) {
            spacedSummary = SummaryTable.subject(summaryTitle(number), header, context.source(), number);
            spacedSummaryRowNumbered = SummaryTable.hasRowNumbers(header);
            spacedUnit = unitSeen;
            spacedLastLine = number;
            spacedColumns = null;
            return true;
        }
        if (spacedSummary != null) {
            String[] cells = number <= spacedLastLine + 2 ? SpacedTable.summaryRow(line) : null;
            if (cells == null) {
                spacedSummary = null;
                return false;
            }
            spacedLastLine = number;
            summaryRow(cells, spacedSummary, spacedSummaryRowNumbered, spacedUnit, mayBeCut(number), number,
                    SourceText.strip(line));
            return true;
        }
        if (header != null && unitSeen != null && number - unitSeenLine <= 2) {
            PipeTable.Columns columns = PipeTable.header(header, kind, year);
            if (columns != null) {
                spacedColumns = columns;
                spacedWidth = header.length;
                spacedBlanks = SpacedTable.singleSpaced(line);
                spacedUnit = unitSeen;
                spacedThreePublic = number - threePublicSeenLine <= 4;
                spacedLastLine = number;
                spacedReported = false;
                return true;
            }
        }
        if (spacedColumns == null) {
            return false;
        }
        String[] cells = number <= spacedLastLine + 2 ? SpacedTable.row(line) : null;
        if (cells == null) {
            spacedColumns = null;
            return false;
        }
        spacedLastLine = number;
        String[] byBlanks = cells.length > 1 && spacedBlanks
                ? SpacedTable.rowByBlanks(context.source().line(number), spacedWidth) : null;
        if (cells.length == spacedWidth && spacedBlanks && !SpacedTable.singleSpaced(line)) {
            spacedBlanks = false; // a full row aligned by several spaces: the spaces say nothing of blank cells
        }
        if (cells.length == spacedWidth) {
            tableRow(cells, spacedColumns, spacedUnit, spacedThreePublic, line, number);
        } else if (byBlanks != null) {
            tableRow(byBlanks, spacedColumns, spacedUnit, spacedThreePublic, line, number);
        } else if (cells.length > 1 && !spacedReported) {
            spacedReported = true;
            context.reportUnplaced(ReadingRule.FIGURE_AMBIGUOUS, Section.DOCUMENT, "“" + SourceText.strip(line) + "”有"
                    + (cells.length - 1) + "个数字，表头有" + (spacedWidth - 1) + "列：空格分隔的表格中空白单元格无法定位，"
                    + "不能确定数字属于哪一列，此表的这类行未读取", number);
        }
        return true;
    }

    private void addMoney(Concept concept, boolean change, BigDecimal number, MoneyUnit unit, int line, String words) {
        try {
            Money money = Money.of(number, unit);
            context.sawUnit(unit);
            sink.add(concept, change, money.yuan(), unit.label(), null, line, words, Role.CONCEPT);
        } catch (ArithmeticException e) {
            // finer than a fen: not a figure
        }
    }
}
