package org.openseason.api.calendar;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /calendar/programs.ics?<search>}: the calendar of any search of {@code GET /api/v1/programs};
 * {@code GET /calendar/programs/{slug}.ics}: one program's. Conditional requests answer 304 before any work.
 */
@Controller("/calendar")
@ExecuteOn(TaskExecutors.BLOCKING)
class CalendarController {

  private final CalendarService calendars;
  private final Clock clock;

  CalendarController(CalendarService calendars, Clock clock) {
    this.calendars = calendars;
    this.clock = clock;
  }

  @Get(uri = "/programs.ics", produces = CalendarService.MEDIA_TYPE)
  HttpResponse<byte[]> search(HttpRequest<?> request) {
    Map<String, List<String>> params = request.getParameters().asMap();
    return calendars.search(request, params, clock.instant());
  }

  @Get(uri = "/programs/{file}", produces = CalendarService.MEDIA_TYPE)
  HttpResponse<byte[]> program(HttpRequest<?> request, String file) {
    return calendars.program(request, file, clock.instant());
  }
}
