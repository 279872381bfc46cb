package org.openseason.crawler.fetch;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.openseason.crawler.guard.HostPort;

/**
 * Turns a connected socket into a TLS one for the URL's host: server name indication, and the certificate checked
 * against the host name (not the address connected to) as browsers do.
 */
public final class Tls {

  private final SSLContext context;

  public Tls(SSLContext context) {
    this.context = context;
  }

  SSLSocket wrap(Socket plain, HostPort target, long timeoutMillis) throws IOException {
    SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, target.host(), target.port(), true);
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    if (!isAddressLiteral(target.host())) {
      parameters.setServerNames(List.of(new SNIHostName(target.host())));
    }
    socket.setSSLParameters(parameters);
    socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeoutMillis)));
    socket.startHandshake();
    return socket;
  }

  private static boolean isAddressLiteral(String host) {
    return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
  }
}
