package org.openseason.crawler.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * The socket's input, where every read may block at most until the exchange's deadline. A socket read timeout
 * alone does not bound a body that trickles in one byte at a time; re-arming it with the time left does.
 */
final class DeadlineInputStream extends InputStream {

  private final Socket socket;
  private final InputStream in;
  private final Deadline deadline;

  DeadlineInputStream(Socket socket, Deadline deadline) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.deadline = deadline;
  }

  private void arm() throws IOException {
    long left = deadline.remainingMillis();
    if (left == 0) {
      throw new SocketTimeoutException("total timeout");
    }
    socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
  }

  @Override
  public int read() throws IOException {
    arm();
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    arm();
    return in.read(b, off, len);
  }

  @Override
  public int available() throws IOException {
    return in.available();
  }
}
