package org.openseason.web.embed;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.inject.Singleton;
import java.util.Map;

/** The embeds' precompiled JTE templates ({@code src/main/jte/embed}); HTML output is escaped by default. */
@Singleton
final class EmbedTemplates {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  String render(String template, Map<String, Object> params) {
    StringOutput output = new StringOutput();
    engine.render(template, params, output);
    return output.toString();
  }
}
