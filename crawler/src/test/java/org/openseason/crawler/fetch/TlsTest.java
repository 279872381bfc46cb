package org.openseason.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS on loopback with a certificate made for the test (by the JDK's keytool) for 127.0.0.1 only: the fetcher
 * connects to the checked address and verifies the certificate against the URL's host name.
 */
@Timeout(60)
class TlsTest {

  @TempDir
  static Path folder;

  private static HttpsServer server;
  private static SSLContext trusting;

  @BeforeAll
  static void start() throws Exception {
    Path keystore = folder.resolve("server.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "fixture", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
        "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
        "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
    try (InputStream out = keytool.getInputStream()) {
      out.readAllBytes();
    }
    assertThat(keytool.waitFor()).isZero();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, "changeit".toCharArray());
    SSLContext serverContext = SSLContext.getInstance("TLS");
    serverContext.init(keys.getKeyManagers(), null, null);
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    trusting = SSLContext.getInstance("TLS");
    trusting.init(null, trust.getTrustManagers(), null);

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 10);
    server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
    server.createContext("/", exchange -> {
      byte[] body = "<html><body>secure</body></html>".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void fetchesOverTlsWhenTheCertificateMatchesTheHost() throws Exception {
    FetchResult result = fetcher(trusting).fetchOnce(request("127.0.0.1"), List.of(InetAddress.getLoopbackAddress()));
    assertThat(result).isInstanceOfSatisfying(Fetched.class,
        f -> assertThat(new String(f.body(), StandardCharsets.UTF_8)).contains("secure"));
  }

  @Test
  void refusesACertificateMadeForAnotherHost() throws Exception {
    FetchResult result = fetcher(trusting).fetchOnce(request("localhost"), List.of(InetAddress.getLoopbackAddress()));
    assertThat(result).isInstanceOfSatisfying(Failed.class,
        f -> assertThat(f.reason()).isEqualTo(FailureReason.TLS));
  }

  @Test
  void refusesACertificateNobodyVouchesFor() throws Exception {
    FetchResult result = fetcher(SSLContext.getDefault()).fetchOnce(request("127.0.0.1"),
        List.of(InetAddress.getLoopbackAddress()));
    assertThat(result).isInstanceOfSatisfying(Failed.class,
        f -> assertThat(f.reason()).isEqualTo(FailureReason.TLS));
  }

  private static HttpFetcher fetcher(SSLContext context) {
    return new HttpFetcher("OpenSeasonBot/test", Duration.ofSeconds(2), Duration.ofSeconds(5), new Tls(context),
        Clock.systemUTC());
  }

  private static FetchRequest request(String host) {
    return FetchRequest.of(URI.create("https://" + host + ":" + server.getAddress().getPort() + "/"), 1024 * 1024);
  }
}
