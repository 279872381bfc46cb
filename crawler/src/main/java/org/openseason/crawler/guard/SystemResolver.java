package org.openseason.crawler.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The operating system's resolver with a deadline: {@link InetAddress#getAllByName} cannot be interrupted, so the
 * lookup runs on a helper thread and is abandoned when it takes too long.
 */
public final class SystemResolver implements Resolver, AutoCloseable {

  private final Duration timeout;
  private final ExecutorService lookups =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "openseason-dns");
            thread.setDaemon(true);
            return thread;
          });

  public SystemResolver(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public List<InetAddress> resolve(String host) throws UnknownHostException {
    Future<InetAddress[]> lookup = lookups.submit(() -> InetAddress.getAllByName(host));
    try {
      return List.of(lookup.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (ExecutionException e) {
      throw e.getCause() instanceof UnknownHostException u ? u : new UnknownHostException(host + ": " + e.getCause());
    } catch (TimeoutException e) {
      lookup.cancel(true);
      throw new UnknownHostException(host + ": no answer within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnknownHostException(host + ": interrupted");
    }
  }

  @Override
  public void close() {
    lookups.shutdownNow();
  }
}
