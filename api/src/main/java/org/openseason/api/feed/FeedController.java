package org.openseason.api.feed;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;

/** {@code GET /feeds/programs.atom?<search>} and {@code GET /feeds/programs.rss?<search>}: news of any search. */
@Controller("/feeds")
@ExecuteOn(TaskExecutors.BLOCKING)
class FeedController {

  private final FeedService feeds;
  private final Clock clock;

  FeedController(FeedService feeds, Clock clock) {
    this.feeds = feeds;
    this.clock = clock;
  }

  @Get(uri = "/programs.atom", produces = "application/atom+xml;charset=utf-8")
  HttpResponse<byte[]> atom(HttpRequest<?> request) {
    return feeds.answer(request, FeedWriter.Format.ATOM, clock.instant());
  }

  @Get(uri = "/programs.rss", produces = "application/rss+xml;charset=utf-8")
  HttpResponse<byte[]> rss(HttpRequest<?> request) {
    return feeds.answer(request, FeedWriter.Format.RSS, clock.instant());
  }
}
