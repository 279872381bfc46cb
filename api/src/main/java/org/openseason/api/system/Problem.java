package org.openseason.api.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An error answer in the shape of RFC 9457 problem details, served as {@code application/problem+json}.
 *
 * @param type a URI naming the kind of problem; "about:blank" means the status says it all
 * @param title the status in words
 * @param status the HTTP status
 * @param detail what was wrong with this request
 * @param instance the path of the request
 * @param invalidParams the parameters at fault, for a 400
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    @JsonProperty("invalid-params") List<InvalidParam> invalidParams) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One parameter at fault.
   *
   * @param name the parameter
   * @param reason what is wrong with it
   */
  @Serdeable
  public record InvalidParam(String name, String reason) {}
}
