package org.dragoman.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dragoman.io.AtomicFiles;

/**
 * Where the commands write: standard output that keeps its write errors (a full disk under
 * {@code > F}, a closed pipe), and files written whole or not at all, through a temporary file
 * and a rename ({@link AtomicFiles}), so that a full disk or a kill leaves the earlier file as
 * it was.
 */
final class Outputs {
  private Outputs() {}

  /** What a command writes to a file. */
  interface Body {
    void writeTo(PrintWriter w) throws IOException;
  }

  private static final Keeping STDOUT = new Keeping(new FileOutputStream(FileDescriptor.out));

  /** Standard output; flushed at each line only on a terminal. */
  static PrintWriter stdout() {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(STDOUT,
        StandardCharsets.UTF_8), 1 << 16), Terminal.interactive());
  }

  /** The first write error of standard output, or null. */
  static IOException stdoutError() {
    return STDOUT.first;
  }

  /**
   * Replaces {@code file} with what {@code body} writes, UTF-8, atomically.
   *
   * @throws IOException naming the file and the reason (the disk full…), the old file untouched
   */
  static void write(Path file, Body body) throws IOException {
    AtomicFiles.write(file, out -> {
      Keeping keep = new Keeping(out);
      PrintWriter w = new PrintWriter(new OutputStreamWriter(keep, StandardCharsets.UTF_8));
      body.writeTo(w);
      w.flush();
      if (keep.first != null) {
        throw keep.first;
      }
      if (w.checkError()) {
        throw new IOException("the write failed");
      }
    });
  }

  /** A stream that keeps its first write error, which a {@link PrintWriter} would swallow. */
  private static final class Keeping extends FilterOutputStream {
    volatile IOException first;

    Keeping(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void close() throws IOException {
      flush(); // the stream under it belongs to its owner
    }

    private void keep(IOException e) {
      if (first == null) {
        first = e;
      }
    }
  }
}
