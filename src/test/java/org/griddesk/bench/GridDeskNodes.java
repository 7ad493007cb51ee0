package org.griddesk.bench;

import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * GridDesk as it runs in production: the packaged jar in Spring Boot's extracted layout (the nested fat jar serves
 * pages markedly slower), one JVM per node on its own port, every node on the same database. Heap use comes from each
 * node's GC log, resident memory from /proc.
 */
final class GridDeskNodes implements AutoCloseable {

	/** A collection in the unified GC log: heap in use before -> after (committed), in MiB. */
	private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	private static final Pattern VM_RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

	private final List<Node> nodes;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private GridDeskNodes(List<Node> nodes) {
		this.nodes = nodes;
	}

	/** The packaged jar next to the build: target/griddesk-*.jar (not the -plain or sources jars). */
	static Path packagedJar(Path target) throws IOException {
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(file -> file.getFileName().toString().matches("griddesk-[^-]+(-SNAPSHOT)?\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No packaged GridDesk jar in " + target + "; build it with ./mvnw -DskipTests package"));
		}
	}

	/** Extracts the jar (java -Djarmode=tools … extract) and returns the launcher jar of the extracted layout. */
	static Path extract(Path jar, Path directory) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process extract = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(),
				"extract", "--force", "--destination", directory.toAbsolutePath().toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolveSibling("extract.log").toFile())
			.start();
		if (extract.waitFor() != 0) {
			throw new IllegalStateException("Could not extract " + jar + ", see " + directory.resolveSibling("extract.log"));
		}
		return directory.resolve(jar.getFileName());
	}

	/**
	 * The memory settings the Dockerfile runs GridDesk with: a heap of 384 MiB (the live set stays near 150 MiB under
	 * the benchmark's load), the serial collector (G1's own bookkeeping took about 50 MiB beside a heap this small, and
	 * its concurrent threads compete with the requests on two cores) and two malloc arenas instead of one per thread.
	 */
	static final String JVM_OPTIONS = "-Xms256m -Xmx384m -XX:+UseSerialGC";

	static final String MALLOC_ARENA_MAX = "2";

	static GridDeskNodes start(Path launcher, int count, int firstPort, String jdbcUrl, String user, String password,
			int pool, String jvmOptions, Path logs) throws IOException, InterruptedException {
		List<Node> started = new ArrayList<>();
		GridDeskNodes nodes = new GridDeskNodes(started);
		try {
			for (int i = 0; i < count; i++) {
				int port = firstPort + i;
				List<String> command = new ArrayList<>();
				command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
				command.addAll(List.of(jvmOptions.trim().split("\\s+")));
				Path gcLog = logs.resolve("gc-" + port + ".log");
				command.add("-Xlog:gc:file=" + gcLog.toAbsolutePath());
				command.addAll(List.of("-jar", launcher.toAbsolutePath().toString()));
				ProcessBuilder builder = new ProcessBuilder(command).directory(launcher.getParent().toFile())
					.redirectErrorStream(true)
					.redirectOutput(logs.resolve("node-" + port + ".log").toFile());
				Map<String, String> environment = builder.environment();
				environment.put("SPRING_DATASOURCE_URL", jdbcUrl);
				environment.put("SPRING_DATASOURCE_USERNAME", user);
				environment.put("SPRING_DATASOURCE_PASSWORD", password);
				environment.put("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", String.valueOf(pool));
				environment.put("SERVER_PORT", String.valueOf(port));
				environment.put("GRIDDESK_DEMO_DATA", "false");
				environment.put("MALLOC_ARENA_MAX", MALLOC_ARENA_MAX);
				Process process = builder.start();
				started.add(new Node("http://127.0.0.1:" + port, process, process.pid(), gcLog));
			}
			for (Node node : started) {
				nodes.awaitHealthy(node, Duration.ofMinutes(5), logs);
			}
			return nodes;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			nodes.close();
			throw ex;
		}
	}

	/**
	 * A GridDesk someone else started (the smoke test's, or one behind a load balancer); {@code pid} is its process
	 * for reading resident memory, or 0 when it runs elsewhere.
	 */
	static GridDeskNodes attached(String baseUrl, long pid) {
		return new GridDeskNodes(List.of(new Node(baseUrl, null, pid, null)));
	}

	private void awaitHealthy(Node node, Duration timeout, Path logs) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!node.process().isAlive()) {
				throw new IllegalStateException("GridDesk at " + node.baseUrl() + " stopped while starting, see "
						+ logs.resolve("node-" + node.baseUrl().replaceAll(".*:", "") + ".log"));
			}
			try {
				HttpResponse<String> health = get(node.baseUrl() + Endpoints.HEALTH);
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("GridDesk at " + node.baseUrl() + " did not become healthy in " + timeout);
	}

	List<String> baseUrls() {
		return this.nodes.stream().map(Node::baseUrl).toList();
	}

	/** Resident set size of each node's JVM in MiB, from /proc/{pid}/status (0 where /proc is not there). */
	List<Double> residentMegabytes() {
		return this.nodes.stream().map(node -> {
			try {
				if (node.pid() == 0) {
					return 0.0;
				}
				Matcher rss = VM_RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(node.pid()), "status")));
				return rss.find() ? Long.parseLong(rss.group(1)) / 1024.0 : 0.0;
			}
			catch (IOException ex) {
				return 0.0;
			}
		}).toList();
	}

	/**
	 * The most heap each node had in use (just before a collection) and the most it kept (just after one), in MiB,
	 * from the node's GC log: free to read, unlike polling the JVM. Zero for an attached GridDesk.
	 */
	List<HeapUse> heap() {
		return this.nodes.stream().map(node -> {
			HeapUse use = new HeapUse(0, 0);
			if (node.gcLog() == null || !Files.exists(node.gcLog())) {
				return use;
			}
			try {
				Matcher collection = COLLECTION.matcher(Files.readString(node.gcLog()));
				while (collection.find()) {
					use = new HeapUse(Math.max(use.beforeCollection(), Double.parseDouble(collection.group(1))),
							Math.max(use.afterCollection(), Double.parseDouble(collection.group(2))));
				}
				return use;
			}
			catch (IOException ex) {
				return use;
			}
		}).toList();
	}

	int size() {
		return this.nodes.size();
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Stops the nodes this run started; an attached GridDesk is left running. */
	@Override
	public void close() {
		List<Node> owned = this.nodes.stream().filter(node -> node.process() != null).toList();
		for (Node node : owned) {
			node.process().destroy();
		}
		for (Node node : owned) {
			try {
				if (!node.process().waitFor(30, TimeUnit.SECONDS)) {
					node.process().destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				node.process().destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
	}

	private record Node(String baseUrl, Process process, long pid, Path gcLog) {
	}

	/** Heap in MiB: the peak in use before a collection, and the largest live set left after one. */
	record HeapUse(double beforeCollection, double afterCollection) {
	}

}
