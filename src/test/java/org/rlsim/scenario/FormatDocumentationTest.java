package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.OralProduct;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;

/** docs/scenario-format.md lists every name a scenario file may use; this keeps it from falling behind. */
class FormatDocumentationTest {

    @Test
    void documentsEveryName() throws Exception {
        String doc = Files.readString(Path.of("docs", "scenario-format.md"));
        List<String> names = new ArrayList<>();
        Patient.all().forEach(p -> names.add("`" + p.id() + "`"));
        for (OralProduct p : OralProduct.values()) {
            names.add("| " + p.displayName() + " |");
        }
        for (IvProduct p : IvProduct.values()) {
            names.add("| " + p.displayName() + " | `" + p.key() + "` | " + String.join(", ", p.brands()) + " |");
        }
        for (IntakeCondition c : IntakeCondition.values()) {
            names.add("`" + c.key() + "`");
        }
        for (Observable o : Observable.values()) {
            names.add("| `" + o.shortName() + "` | `" + o.column() + "` |");
        }
        for (String name : names) {
            assertTrue(doc.contains(name), "docs/scenario-format.md does not mention " + name);
        }
    }
}
