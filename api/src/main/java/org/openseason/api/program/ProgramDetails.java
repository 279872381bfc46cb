package org.openseason.api.program;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openseason.domain.Program;
import org.openseason.domain.ProgramStatus;
import org.openseason.listing.ListingCodec;

/**
 * The whole listing as the API serves it: the listing format of {@code docs/catalog.md} (the same document an
 * organizer writes), plus its computed status, where it came from and when it last changed.
 */
@Singleton
public final class ProgramDetails {

  public Map<String, Object> of(StoredProgram stored, Instant now) {
    Program program = stored.program();
    Map<String, Object> details = new LinkedHashMap<>(ListingCodec.encode(program));
    // Rounds as a person plans with them: the announced ones and the next ones forecast, each forecast marked.
    details.put("cycles", ListingCodec.encodeRounds(program.rounds(now)));
    ProgramStatus status = program.statusAt(now);
    Map<String, Object> statusMap = new LinkedHashMap<>();
    statusMap.put("key", status.kind().key());
    statusMap.put("label", status.kind().label());
    statusMap.put("text", status.describe(now));
    status.cycle().ifPresent(c -> statusMap.put("cycle", c));
    statusMap.put("expected", status.expected());
    status.nextDeadline(now).ifPresent(d -> statusMap.put("next_deadline", d.toString()));
    details.put("status", statusMap);
    details.put("updated_at", stored.updatedAt().toString());
    details.put("url", "/programs/" + program.slug());
    return details;
  }
}
