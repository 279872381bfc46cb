package org.openseason.api.submission;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Limits on organizers' submissions ({@code openseason.submissions} in {@code application.yml}).
 *
 * @param perHour submissions one client may send in an hour
 * @param maxBytes the largest request body a submission may have (form or JSON), answered 413 above it
 */
@ConfigurationProperties("openseason.submissions")
public record SubmissionSettings(
    @Bindable(defaultValue = "5") int perHour,
    @Bindable(defaultValue = "262144") int maxBytes) {

  /** The message of a 413, for the form and the JSON API alike. */
  public String tooLarge() {
    return "A submission may be at most " + maxBytes / 1024 + " KB: shorten the descriptions or send fewer ideas.";
  }

  /** The message of a 429. */
  public static String tooMany(long retryAfterSeconds) {
    return "Too many submissions from your address: try again in " + Math.max(1, (retryAfterSeconds + 59) / 60)
        + " minutes.";
  }
}
