package org.dragoman.opensearch;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/opensearch-node}: a local OpenSearch cluster with Dragoman's analysis, for trying
 * the archive on OpenSearch on one machine. Runs until stopped (Ctrl-C), its data kept in
 * {@code --data} for the next start.
 *
 * <pre>
 * bin/opensearch-node [--data DIR] [--nodes N] [--port 9200] [--name dragoman]
 * </pre>
 */
public final class LocalNode {
  private LocalNode() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of("opensearch-data");
    int nodes = 1;
    int port = 9200;
    String name = "dragoman";
    PrintStream out = System.out;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--data" -> data = Path.of(need(a, v));
        case "--nodes" -> nodes = number(a, need(a, v));
        case "--port" -> port = number(a, need(a, v));
        case "--name" -> name = need(a, v);
        case "-h", "--help" -> {
          out.println("Usage: bin/opensearch-node [--data DIR] [--nodes N] [--port 9200] "
              + "[--name dragoman]");
          out.println("A local OpenSearch " + org.opensearch.Version.CURRENT + " cluster with "
              + "Dragoman's analysis (dragoman_LANG, dragoman_neutral), on 127.0.0.1 until "
              + "Ctrl-C.");
          return;
        }
        default -> fail("unknown option " + a + " (see --help)");
      }
      i++;
    }
    if (port < 0 || port > 65535) {
      fail("--port takes 0 to 65535, not " + port);
    }
    Files.createDirectories(data);
    LocalCluster cluster;
    try {
      cluster = LocalCluster.start(data, name, nodes, port);
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
      return;
    } catch (java.io.IOException e) {
      fail(e.getMessage());
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.close();
      } catch (java.io.IOException e) {
        System.err.println("opensearch-node: " + e.getMessage());
      } finally {
        stopped.countDown();
      }
    }, "opensearch-node-stop"));
    out.println("OpenSearch cluster " + name + ": " + nodes + " node" + (nodes == 1 ? "" : "s")
        + " at " + cluster.uri(0) + " with Dragoman's analysis, data in " + data
        + "; Ctrl-C stops");
    out.flush();
    stopped.await();
  }

  private static String need(String option, String value) {
    if (value == null) {
      fail(option + " needs a value");
    }
    return value;
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      fail(option + " takes a number, not " + value);
      return 0;
    }
  }

  private static void fail(String message) {
    System.err.println("opensearch-node: " + message);
    System.exit(2);
  }
}
