package cn.districtbudget.ui.department;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Pre;
import java.util.Optional;
import java.util.function.Supplier;

/** 原文: collapsed; the text is read from the store only when the panel is first opened. */
class OriginalTextPanel extends Details {

    OriginalTextPanel(Supplier<Optional<String>> text) {
        super("原文（点击展开）");
        setId("original-text");
        addOpenedChangeListener(e -> {
            if (e.isOpened() && getContent().findAny().isEmpty()) {
                Pre pre = new Pre(text.get().orElse("（原文未保存）"));
                pre.addClassName("original-text");
                add(pre);
            }
        });
    }
}
