package cn.districtbudget.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Key-figure cards: a label, a value and an optional note (e.g. the change on the prior year). */
public final class Cards {

    private Cards() {
    }

    /** A card; {@code key} becomes its id ({@code card-KEY}) for links and tests. */
    public static Div card(String key, String label, String value, Component note) {
        Div card = new Div();
        card.setId("card-" + key);
        card.addClassName("card");
        Span labelSpan = new Span(label);
        labelSpan.addClassName("card-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("card-value");
        card.add(labelSpan, valueSpan);
        if (note != null) {
            note.addClassName("card-note");
            card.add(note);
        }
        return card;
    }

    /** A change note, red when it rises (三公 may only go down), green when it falls. */
    public static Span change(String text, int signum, boolean riseIsBad) {
        Span span = new Span(text);
        if (signum > 0 && riseIsBad) {
            span.addClassName("rise");
        } else if (signum < 0 && riseIsBad) {
            span.addClassName("fall");
        }
        return span;
    }

    public static Div row(Component... cards) {
        Div row = new Div(cards);
        row.addClassName("card-row");
        return row;
    }
}
