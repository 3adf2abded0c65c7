package org.dragoman.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * OpenSearch nodes in this JVM, on loopback, with Dragoman's analysis plugin: one node, or a
 * cluster of several that elect a cluster manager among themselves. Each node keeps its data in
 * a folder of its own under the cluster's folder, so that a node stopped and started again finds
 * its shards. For tests and for a local archive; a production cluster runs OpenSearch's own
 * distribution with the plugin installed.
 */
public final class LocalCluster implements Closeable {
  private final List<Node> nodes = new ArrayList<>();
  private final List<Settings> settings = new ArrayList<>();
  private final List<Integer> httpPorts = new ArrayList<>();
  private static final List<Class<? extends Plugin>> PLUGINS =
      List.of(Netty4ModulePlugin.class, DragomanAnalysisPlugin.class);

  private LocalCluster() {}

  /** A node that takes its plugins from the class path, as OpenSearch's own tests do. */
  private static final class ClasspathNode extends Node {
    ClasspathNode(Settings settings, List<Class<? extends Plugin>> plugins) {
      super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
          () -> settings.get("node.name")), plugins.stream().map(p -> new PluginInfo(p.getName(),
              "on the class path", "", Version.CURRENT, Runtime.version().feature() + "",
              p.getName(), null, List.of(), false)).toList(), true);
    }
  }

  /**
   * Starts {@code size} nodes of a cluster named {@code name}, their data under {@code dir}, and
   * waits until every node has joined.
   */
  public static LocalCluster start(Path dir, String name, int size) throws IOException {
    return start(dir, name, size, 0);
  }

  /**
   * Like {@link #start(Path, String, int)}, the first node's HTTP on {@code httpPort} (0: any
   * free port; the other nodes take free ones).
   */
  public static LocalCluster start(Path dir, String name, int size, int httpPort)
      throws IOException {
    if (size < 1) {
      throw new IllegalArgumentException("a cluster needs at least one node, not " + size);
    }
    if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new IllegalArgumentException("a cluster's name is lower-case letters, digits, - and "
          + "_, not " + name);
    }
    LocalCluster c = new LocalCluster();
    List<Integer> transport = new ArrayList<>();
    List<ServerSocket> held = new ArrayList<>(); // open until every port is chosen: all differ
    try {
      for (int i = 0; i < size; i++) {
        c.httpPorts.add(i == 0 && httpPort > 0 ? httpPort : hold(held));
        transport.add(hold(held));
      }
    } finally {
      for (ServerSocket s : held) {
        s.close();
      }
    }
    List<String> seeds = transport.stream().map(p -> "127.0.0.1:" + p).toList();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      names.add(name + "-" + (i + 1));
    }
    try {
      for (int i = 0; i < size; i++) {
        Path home = Files.createDirectories(dir.resolve(names.get(i)));
        Settings.Builder s = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("node.name", names.get(i))
            .put("cluster.name", name)
            .put("network.host", "127.0.0.1")
            .put("http.port", c.httpPorts.get(i))
            .put("transport.port", transport.get(i))
            .put("cluster.routing.allocation.disk.threshold_enabled", false);
        if (size == 1) {
          s.put("discovery.type", "single-node");
        } else {
          s.putList("discovery.seed_hosts", seeds);
          s.putList("cluster.initial_cluster_manager_nodes", names);
          // a node alone cannot elect: it would wait 30 s for the others before going on
          s.put("discovery.initial_state_timeout", "0s");
        }
        c.settings.add(s.build());
        c.nodes.add(new ClasspathNode(c.settings.get(i), PLUGINS));
      }
      for (Node n : c.nodes) {
        n.start();
      }
      c.awaitNodes(Duration.ofSeconds(90));
    } catch (NodeValidationException | IOException | RuntimeException | Error e) {
      try {
        c.close();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof Error err) {
        throw err;
      }
      throw e instanceof IOException io ? io
          : new IOException("OpenSearch did not start: " + e.getMessage(), e);
    }
    return c;
  }

  /**
   * Waits until every node has joined the cluster and its state is recovered (yellow or green:
   * before that, requests are refused with "state not recovered"), asking the first node over
   * HTTP.
   */
  private void awaitNodes(Duration patience) throws IOException {
    HttpClient http = HttpClient.newHttpClient();
    long end = System.nanoTime() + patience.toNanos();
    String last = "";
    while (System.nanoTime() < end) {
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(running()).resolve(
            "_cluster/health?wait_for_nodes=" + nodes.size()
                + "&wait_for_status=yellow&timeout=5s")).build(),
            HttpResponse.BodyHandlers.ofString());
        last = r.body();
        if (r.statusCode() == 200 && last.contains("\"number_of_nodes\":" + nodes.size() + ",")
            && !last.contains("\"timed_out\":true")) {
          return;
        }
      } catch (IOException e) {
        last = e.toString(); // HTTP not up yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted waiting for the cluster", e);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted waiting for the cluster", e);
      }
    }
    throw new IOException("the " + nodes.size() + " nodes did not form a cluster within "
        + patience.toSeconds() + " s: " + last);
  }

  /**
   * Stops node {@code i} (0-based) as a shut-down would, keeping its data; the others go on.
   *
   * @throws IllegalStateException when it is stopped already
   */
  public void stop(int i) throws IOException {
    Node n = nodes.get(i);
    if (n == null) {
      throw new IllegalStateException("node " + i + " is stopped already");
    }
    nodes.set(i, null);
    n.close();
    try {
      n.awaitClose(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted stopping node " + i);
    }
  }

  /** Starts node {@code i} again on its data and ports, and waits until it has joined. */
  public void restart(int i) throws IOException {
    if (nodes.get(i) != null) {
      throw new IllegalStateException("node " + i + " is running");
    }
    Node n = new ClasspathNode(settings.get(i), PLUGINS);
    try {
      n.start();
    } catch (NodeValidationException e) {
      throw new IOException("node " + i + " did not start again: " + e.getMessage(), e);
    }
    nodes.set(i, n);
    awaitNodes(Duration.ofSeconds(90));
  }

  /** The index of the node elected cluster manager, asked of node {@code via}. */
  public int manager(int via) throws IOException {
    HttpClient http = HttpClient.newHttpClient();
    try {
      String name = http.send(HttpRequest.newBuilder(uri(via).resolve("_cat/cluster_manager?h=node"))
          .build(), HttpResponse.BodyHandlers.ofString()).body().strip();
      for (int i = 0; i < settings.size(); i++) {
        if (settings.get(i).get("node.name").equals(name)) {
          return i;
        }
      }
      throw new IOException("no node named '" + name + "' in the cluster");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted asking for the manager");
    }
  }

  /** The first node that runs. */
  private int running() {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) != null) {
        return i;
      }
    }
    throw new IllegalStateException("every node is stopped");
  }

  /** The HTTP address of node {@code i} (0-based). */
  public URI uri(int i) {
    return URI.create("http://127.0.0.1:" + httpPorts.get(i) + "/");
  }

  /** How many nodes it has. */
  public int size() {
    return nodes.size();
  }

  private static int hold(List<ServerSocket> held) throws IOException {
    ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
    held.add(s);
    return s.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Node n : nodes) {
      if (n == null) {
        continue; // stopped
      }
      try {
        n.close();
        n.awaitClose(30, TimeUnit.SECONDS); // its threads end before its folder is used again
      } catch (IOException e) {
        first = first == null ? e : first;
      } catch (RuntimeException e) {
        first = first == null ? new IOException(e.getMessage(), e) : first;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        first = first == null ? new IOException("interrupted closing a node", e) : first;
      }
    }
    nodes.clear();
    if (first != null) {
      throw first;
    }
  }
}
