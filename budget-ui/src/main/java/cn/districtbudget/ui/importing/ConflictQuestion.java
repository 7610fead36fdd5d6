package cn.districtbudget.ui.importing;

import cn.districtbudget.data.importing.ConflictChoice;
import cn.districtbudget.data.importing.ImportConflict;
import cn.districtbudget.data.importing.ImportOutcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;

/**
 * The question a {@code CONFLICT} row asks (issue 10 item 7): the document's 编码 is one stored department's and its
 * name another's. It names both and offers the department of the code, of the name, or to skip the file.
 * {@code answer} gets the choice ({@link ConflictChoice#REFUSE} for skip).
 */
final class ConflictQuestion extends Div {

    ConflictQuestion(int index, ImportOutcome outcome, Consumer<ConflictChoice> answer) {
        ImportConflict c = outcome.conflictWith();
        addClassName("import-question");
        setId("conflict-" + index);
        add(new Paragraph("“" + outcome.fileName() + "”：编码 " + c.code() + " 属于已存部门“" + c.byCodeName()
                + "”，名称却是已存部门“" + c.byNameName() + "”的。请选择归入哪个部门："));
        Button byCode = new Button("按编码归入“" + c.byCodeName() + "”", e -> answer.accept(ConflictChoice.DEPARTMENT_OF_CODE));
        byCode.setId("conflict-" + index + "-code");
        Button byName = new Button("按名称归入“" + c.byNameName() + "”", e -> answer.accept(ConflictChoice.DEPARTMENT_OF_NAME));
        byName.setId("conflict-" + index + "-name");
        Button skip = new Button("跳过此文件", e -> answer.accept(ConflictChoice.REFUSE));
        skip.setId("conflict-" + index + "-skip");
        byCode.addThemeVariants(ButtonVariant.LUMO_SMALL);
        byName.addThemeVariants(ButtonVariant.LUMO_SMALL);
        skip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(new Div(byCode, byName, skip));
    }
}
