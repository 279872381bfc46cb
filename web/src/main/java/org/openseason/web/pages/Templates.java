package org.openseason.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.inject.Singleton;

/** The precompiled JTE templates of {@code src/main/jte}; HTML output is escaped by default. */
@Singleton
public final class Templates {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  public String render(String template, Object model) {
    StringOutput output = new StringOutput();
    engine.render(template, model, output);
    return output.toString();
  }

  /** A template with several parameters, by name. */
  public String render(String template, java.util.Map<String, Object> params) {
    StringOutput output = new StringOutput();
    engine.render(template, params, output);
    return output.toString();
  }
}
