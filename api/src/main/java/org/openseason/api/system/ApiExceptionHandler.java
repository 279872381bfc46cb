package org.openseason.api.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers an {@link ApiException} with its status and problem details. */
@Singleton
final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<?>> {

  private final ErrorResponses responses;

  ApiExceptionHandler(ErrorResponses responses) {
    this.responses = responses;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, ApiException e) {
    return responses.of(request, HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(e.status())),
        e.getMessage(), e.invalidParams());
  }
}
