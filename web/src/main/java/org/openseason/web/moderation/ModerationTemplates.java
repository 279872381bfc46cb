package org.openseason.web.moderation;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.inject.Singleton;

/** The moderation pages' precompiled templates ({@code src/main/jte/moderation}); output escaped by default. */
@Singleton
final class ModerationTemplates {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  String render(String template, Object page) {
    StringOutput output = new StringOutput();
    engine.render("moderation/" + template, page, output);
    return output.toString();
  }
}
