package org.openseason.api.catalog;

import java.util.List;
import java.util.Map;
import org.openseason.domain.InterestVocabulary;
import org.openseason.domain.Program;

/**
 * The bundled catalog as read from its files.
 *
 * @param programs the programs, by file, in file-name order
 * @param vocabulary the interest vocabulary
 */
public record Catalog(Map<String, Program> programs, InterestVocabulary vocabulary) {

  public Catalog {
    programs = Map.copyOf(programs);
  }

  public List<Program> programList() {
    return programs.values().stream().sorted(java.util.Comparator.comparing(Program::slug)).toList();
  }
}
