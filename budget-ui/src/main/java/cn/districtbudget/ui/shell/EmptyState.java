package cn.districtbudget.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What a page shows when there is nothing to show yet, with the way out ("尚未导入任何公开说明 — 去导入"). */
public class EmptyState extends Div {

    public static final String NOTHING_IMPORTED = "尚未导入任何公开说明";

    public EmptyState(String message) {
        addClassName("empty-state");
        add(new Span(message));
    }

    /** The empty state of every dashboard before the first import. */
    public static EmptyState nothingImported() {
        EmptyState state = new EmptyState(NOTHING_IMPORTED + " — ");
        Anchor link = new Anchor(Routes.IMPORT, "去导入");
        link.setId("go-import");
        state.add(link);
        return state;
    }
}
