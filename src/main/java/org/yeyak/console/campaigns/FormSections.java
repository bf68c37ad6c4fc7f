package org.yeyak.console.campaigns;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** Small builders shared by the campaign form's sections: a titled card, a label/field grid, a validator. */
final class FormSections {
    private FormSections() {
    }

    static VBox section(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "form-section-title");
        VBox box = new VBox(10, heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add("form-section");
        box.setPadding(new Insets(14));
        return box;
    }

    /** A two-column grid of label + field rows. */
    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    static void row(GridPane g, String label, Node field) {
        int r = g.getRowCount();
        Label l = new Label(label);
        l.setLabelFor(field);
        g.add(l, 0, r);
        g.add(field, 1, r);
    }

    /** Shows the ViewModel's problem for {@code field} on {@code control} (ControlsFX decoration and tooltip). */
    static void validate(ValidationSupport support, Control control, CampaignFormViewModel vm,
                         CampaignFormViewModel.Field field) {
        Validator<Object> v = (c, value) -> {
            String problem = vm.problem(field).orElse(null);
            return ValidationResult.fromErrorIf(c, problem == null ? "" : problem, problem != null);
        };
        support.registerValidator(control, false, v);
    }
}
