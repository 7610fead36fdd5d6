package cn.districtbudget.core.tables.build;

import cn.districtbudget.core.tables.Measure;
import cn.districtbudget.core.tables.TableColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a “三公” table named by their place, as the template lays them out: 购置费 and 运行(维护)费 are the
 * vehicle parts, the 小计 just before them is 公务用车购置及运行费, and of the totals before 因公出国（境）费 the one next
 * to it is the “三公” total while an earlier 合计 (when 会议费/培训费 columns follow) is the grand total including them.
 */
final class ThreePublicColumns {

    private ThreePublicColumns() {
    }

    static List<TableColumn> refine(List<TableColumn> columns) {
        List<TableColumn> out = new ArrayList<>(columns);
        for (int i = 0; i < out.size(); i++) {
            TableColumn c = out.get(i);
            String l = c.label() == null ? "" : c.label();
            if (c.measure() == Measure.OTHER || c.measure() == Measure.AMOUNT || c.measure() == Measure.TOTAL) {
                if (l.contains("运行") && !l.contains("机关")) {
                    out.set(i, with(c, Measure.VEHICLE_OPERATION));
                } else if (l.contains("购置")) {
                    out.set(i, with(c, Measure.VEHICLE_PURCHASE));
                }
            }
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            Measure next = out.get(i + 1).measure();
            if (out.get(i).measure() == Measure.TOTAL && out.get(i).side() == out.get(i + 1).side()
                    && (next == Measure.VEHICLE_PURCHASE || next == Measure.VEHICLE_OPERATION)) {
                out.set(i, with(out.get(i), Measure.VEHICLE));
            }
        }
        boolean others = out.stream().anyMatch(c -> c.measure() == Measure.MEETING || c.measure() == Measure.TRAINING);
        // per stretch ending at 因公出国（境）费 (预算数 and 决算数 stretches in 决算 tables)
        int start = 0;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).measure() != Measure.ABROAD) {
                continue;
            }
            List<Integer> totals = new ArrayList<>();
            for (int k = start; k < i; k++) {
                if (out.get(k).measure() == Measure.TOTAL) {
                    totals.add(k);
                }
            }
            if (totals.size() >= 2 || totals.size() == 1 && !others) {
                int last = totals.get(totals.size() - 1);
                out.set(last, with(out.get(last), Measure.THREE_PUBLIC_TOTAL));
            }
            start = i + 1;
        }
        return out;
    }

    private static TableColumn with(TableColumn c, Measure m) {
        return new TableColumn(c.index(), c.label(), c.group(), m, c.side());
    }
}
