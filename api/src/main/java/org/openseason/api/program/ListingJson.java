package org.openseason.api.program;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.openseason.domain.Program;
import org.openseason.domain.SourceKind;
import org.openseason.listing.ListingCodec;

/** Programs as stored JSON: the listing format of {@code docs/catalog.md}, so stored data is validated alike. */
@Singleton
public final class ListingJson {

  private final JsonMapper mapper;

  ListingJson(JsonMapper mapper) {
    this.mapper = mapper;
  }

  public String write(Program program) {
    try {
      return mapper.writeValueAsString(ListingCodec.encode(program));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Program read(String json, SourceKind source) {
    try {
      Map<String, Object> listing = mapper.readValue(json, Argument.mapOf(String.class, Object.class));
      return ListingCodec.decode(listing, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fingerprint of a program's content, to tell whether a catalog file changed since it was applied. */
  public String fingerprint(Program program) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(program).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
