package org.openseason.api.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/** Answers the errors the framework raises itself (no such route, wrong method, unreadable request) alike. */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemResponseProcessor implements ErrorResponseProcessor<Object> {

  private final ErrorResponses responses;

  ProblemResponseProcessor(ErrorResponses responses) {
    this.responses = responses;
  }

  @Override
  @SuppressWarnings("unchecked")
  public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
    if (context.getRequest().getMethod() == HttpMethod.HEAD) {
      return (MutableHttpResponse<Object>) response;
    }
    String detail =
        context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
    if (detail.isBlank()) {
      detail = ErrorResponses.title(response.code());
    }
    return (MutableHttpResponse<Object>) responses.of(context.getRequest(), response, detail, List.of());
  }
}
