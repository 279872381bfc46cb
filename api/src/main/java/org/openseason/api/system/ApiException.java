package org.openseason.api.system;

import java.util.List;

/**
 * A request the API refuses, with the status and the problem details to answer with (RFC 9457).
 *
 * @see Problem
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final transient List<Problem.InvalidParam> invalidParams;

  public ApiException(int status, String title, String detail, List<Problem.InvalidParam> invalidParams) {
    super(detail);
    this.status = status;
    this.title = title;
    this.invalidParams = List.copyOf(invalidParams);
  }

  /** 400: one or more query parameters are wrong. */
  public static ApiException badParameters(List<Problem.InvalidParam> invalid) {
    String detail =
        invalid.size() == 1
            ? invalid.get(0).name() + ": " + invalid.get(0).reason()
            : invalid.size() + " parameters are invalid";
    return new ApiException(400, "Invalid parameters", detail, invalid);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(404, "Not found", detail, List.of());
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<Problem.InvalidParam> invalidParams() {
    return invalidParams;
  }
}
