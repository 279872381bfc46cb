package org.openseason.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Attempts to run script through the text of a listing, generated from templates: script tags, event handlers on
 * many elements, breaking out of attributes and elements, javascript: and data: URLs, SVG and MathML, entity and
 * case tricks, broken markup, Markdown links and images, and spreadsheet formulas. Each runs {@code JS}, which a
 * test page traps ({@code window.__pwned}), or opens a dialog.
 */
final class XssPayloads {

  static final List<String> JS = List.of("window.__pwned=1", "alert(1)");

  private XssPayloads() {}

  static List<String> all() {
    Set<String> out = new LinkedHashSet<>();
    List<String> tags = List.of("<script>%s</script>", "<SCRIPT>%s</SCRIPT>", "<ScRiPt>%s</sCrIpT>",
        "<scr<script>ipt>%s</scr</script>ipt>", "<script src=\"data:text/javascript,%s\"></script>",
        "<svg><script>%s</script></svg>", "<iframe srcdoc=\"<script>%s</script>\"></iframe>",
        "<object data=\"javascript:%s\"></object>", "<embed src=\"javascript:%s\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=%s>", "<noscript><p title=\"</noscript><img src=x onerror=%s>\">",
        "<template><script>%s</script></template>", "<base href=\"javascript:%s//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:%s\">",
        "<form><button formaction=\"javascript:%s\">go</button></form>",
        "<svg><a xlink:href=\"javascript:%s\"><text y=20>x</text></a></svg>",
        "<svg><animate onbegin=%s attributeName=x dur=1s>", "<iframe src=\"javascript:%s\"></iframe>");
    List<String> handlers = List.of("onerror", "onload", "onmouseover", "onfocus", "onclick", "onanimationstart",
        "onpointerenter", "ontoggle", "onbegin", "onauxclick");
    List<String> elements = List.of("img src=x", "svg", "body", "details open", "input autofocus", "video src=x",
        "audio src=x", "iframe", "marquee", "select autofocus");
    List<String> breakouts = List.of("\"><img src=x onerror=%s>", "'><svg onload=%s>", "\" onmouseover=\"%s",
        "' autofocus onfocus='%s", "</textarea><script>%s</script>", "</title><script>%s</script>",
        "</option></select><img src=x onerror=%s>", "--><script>%s</script>", "]]><script>%s</script>",
        "</script><script>%s</script>", "</style><script>%s</script>", "</pre><img src=x onerror=%s>");
    List<String> urls = List.of("<a href=\"javascript:%s\">x</a>", "<a href=\"JaVaScRiPt:%s\">x</a>",
        "<a href=\"&#106;avascript:%s\">x</a>", "<a href=\"jav&#x09;ascript:%s\">x</a>",
        "<a href=\" javascript:%s\">x</a>", "<img src=\"javascript:%s\">",
        "<a href=\"data:text/html,<script>%s</script>\">x</a>");
    List<String> markdown = List.of("[x](javascript:%s)", "[x](JAVASCRIPT:%s)", "[x](javascript&#58;%s)",
        "![x](javascript:%s)", "![x](x\" onerror=\"%s)", "[x](data:text/html,<script>%s</script>)",
        "<javascript:%s>", "[x]: javascript:%s\n\n[x]", "[a](https://example.org/\" onclick=\"%s)",
        "**<img src=x onerror=%s>**", "`<script>%s</script>`", "> <svg onload=%s>",
        "- <a href=javascript:%s>x</a>", "[<img src=x onerror=%s>](https://example.org)",
        "[x](&#x6A;avascript:%s)", "[x](<javascript:%s>)", "```\n</code><script>%s</script>\n```",
        "[x](https://example.org \"title\\\" onmouseover=%s\")");
    List<String> tricks = List.of("&lt;script&gt;%s&lt;/script&gt;", "&#60;script&#62;%s&#60;/script&#62;",
        "<IMG SRC=x OnErRoR=%s>", "\\u003cscript\\u003e%s\\u003c/script\\u003e", "%%3Cscript%%3E%s%%3C/script%%3E",
        "<img src=x onerror=&#97;lert(1)>", "<img src=x onerror=\"&#x77;indow.__pwned=1\">",
        "<svg/onload=%s", "<img src=x onerror=%s", "<<script>script>%s<</script>/script>",
        "<img \"\"\"><script>%s</script>\">", "<svg><style><img src=x onerror=%s></style></svg>",
        "<div style=\"background:url(javascript:%s)\">x</div>", "<x onclick=%s>click</x>",
        "<a href=x onmouseover=%s>x</a", "<p <script>%s</script>>");
    for (String js : JS) {
      tags.forEach(t -> out.add(String.format(t, js)));
      breakouts.forEach(t -> out.add(String.format(t, js)));
      urls.forEach(t -> out.add(String.format(t, js)));
      markdown.forEach(t -> out.add(String.format(t, js)));
      tricks.forEach(t -> out.add(t.contains("%s") ? String.format(t, js) : String.format(t)));
    }
    for (String element : elements) {
      for (String handler : handlers) {
        out.add("<" + element + " " + handler + "=" + JS.get(0) + ">");
      }
    }
    out.addAll(List.of("=HYPERLINK(\"https://evil.example\",\"x\")", "=1+1", "+1+1", "-1+1", "@SUM(1)",
        "=cmd|' /C calc'!A0", "\t=1+1"));
    return new ArrayList<>(out);
  }
}
