package org.openseason.web.moderation;

import java.util.List;
import java.util.Optional;
import org.openseason.api.moderation.Moderation;

/**
 * The queue: pending submissions oldest first, then what the crawler flagged.
 *
 * @param items the pending submissions
 * @param flags link rot, possibly inactive programs, candidates for new listings
 * @param decided the submission just decided, to confirm it
 */
public record QueuePage(List<Moderation.QueueItem> items, Moderation.Flags flags, Optional<String> decided) {

  /** The submission form, filled with a candidate's name and homepage: a draft a moderator completes. */
  public static String draftLink(String name, String homepage) {
    return "/submit?name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
        + (homepage == null ? "" : "&homepage=" + java.net.URLEncoder.encode(homepage, java.nio.charset.StandardCharsets.UTF_8));
  }
}
