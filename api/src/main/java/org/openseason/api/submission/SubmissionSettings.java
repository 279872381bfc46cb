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
    @Bindable(defaultValue = "262144") int maxBytes) {}
