package cn.districtbudget.ui.importing;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.data.importing.IdentityPart;
import cn.districtbudget.data.importing.ImportOptions;
import cn.districtbudget.data.importing.ImportOutcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question a {@code NEEDS_IDENTITY} row asks (issue 11 item 2): the text states figures but not its department
 * or year. Fields for department, year and kind, pre-filled with what was read or, failing that, with what the file
 * name says; {@code answer} gets them as hints, or null when the user skips the file.
 */
final class IdentityQuestion extends Div {

    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(19[9]\\d|20\\d\\d)(?!\\d)");

    private final TextField department = new TextField("部门");
    private final IntegerField year = new IntegerField("年度");
    private final Select<DisclosureKind> kind = new Select<>();
    private final Paragraph error = new Paragraph();

    IdentityQuestion(int index, ImportOutcome outcome, Consumer<ImportOptions> answer) {
        addClassName("import-question");
        setId("identity-" + index);
        String missing = outcome.missing().stream().sorted().map(IdentityPart::label)
                .reduce((a, b) -> a + "和" + b).orElse("");
        add(new Paragraph("“" + outcome.fileName() + "”未写明" + missing + "，请补全后导入："));
        department.setId("identity-" + index + "-department");
        department.setValue(outcome.departmentName() != null ? outcome.departmentName()
                : departmentInName(outcome.fileName()));
        year.setId("identity-" + index + "-year");
        Integer read = outcome.year() != null ? outcome.year() : yearInName(outcome.fileName());
        if (read != null) {
            year.setValue(read);
        }
        year.setMin(1990);
        year.setMax(2100);
        kind.setId("identity-" + index + "-kind");
        kind.setLabel("类型");
        kind.setItems(DisclosureKind.values());
        kind.setItemLabelGenerator(DisclosureKind::label);
        kind.setValue(outcome.kind() != null ? outcome.kind() : kindInName(outcome.fileName()));
        error.setId("identity-" + index + "-error");
        error.addClassName("import-result-failed");
        Button submit = new Button("导入", e -> submit(answer));
        submit.setId("identity-" + index + "-import");
        submit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button skip = new Button("跳过此文件", e -> answer.accept(null));
        skip.setId("identity-" + index + "-skip");
        skip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(new Div(department, year, kind), new Div(submit, skip), error);
    }

    private void submit(Consumer<ImportOptions> answer) {
        String name = department.getValue() == null ? "" : department.getValue().strip();
        Integer y = year.getValue();
        if (name.isEmpty() || y == null || y < 1990 || y > 2100) {
            error.setText("请填写部门名称和 1990–2100 之间的年度");
            return;
        }
        answer.accept(ImportOptions.hints(name, y, kind.getValue()));
    }

    /** A four-digit year in the file name, e.g. {@code 统计局2023年预算.txt}, or null. */
    static Integer yearInName(String fileName) {
        if (fileName == null) {
            return null;
        }
        Matcher m = YEAR_IN_NAME.matcher(fileName);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** What is left of the file name without extension, year and kind words, when it looks like a name. */
    static String departmentInName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "")
                .replaceAll("(?<!\\d)\\d{4}(?!\\d)\\s*年?度?", "")
                .replaceAll("部门预算|部门决算|预算|决算|信息|公开|情况|说明|[\\s_\\-（）()]", "");
        return name.length() >= 2 && !name.matches(".*[A-Za-z0-9].*") ? name : "";
    }

    private static DisclosureKind kindInName(String fileName) {
        return fileName != null && fileName.contains("决算") ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET;
    }
}
