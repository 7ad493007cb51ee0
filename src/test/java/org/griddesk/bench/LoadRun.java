package org.griddesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one Gatling simulation in a JVM of its own (Gatling wants {@code java.lang} opened to it, and a fresh JVM per
 * run keeps runs apart), then reads the per-request figures from its HTML report's statistics table and the responses
 * of each second from its chart, the places Gatling 3.14 writes them.
 */
final class LoadRun {

	private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");

	private static final Pattern CELL = Pattern.compile("<td class=\"value [^\"]*col-(\\d+)\">([^<]*)</td>");

	private static final String RESPONSES_CHART = "Number of responses per second";

	private static final Pattern POINT = Pattern.compile("\\[(\\d+), (\\d+)]");

	private LoadRun() {
	}

	/** Runs the plan; its statistics of each request name ("All Requests" included) and its responses per second. */
	static LoadResult run(LoadPlan plan, Path directory, String label) throws IOException, InterruptedException {
		Path planFile = plan.write(directory.resolve(label + "-plan.json"));
		Path results = directory.resolve("gatling");
		Files.createDirectories(results);
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms256m", "-Xmx768m",
				"--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dlogback.configurationFile=logback-bench.xml",
				"-D" + LoadPlan.PROPERTY + "=" + planFile.toAbsolutePath(),
				"-cp", System.getProperty("java.class.path"), "io.gatling.app.Gatling", "-s",
				GridDeskSimulation.class.getName(), "-rf", results.toAbsolutePath().toString(), "-rd", label));
		Path log = directory.resolve(label + "-gatling.log");
		List<Path> before = reports(results);
		Process gatling = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int exit = gatling.waitFor();
		if (exit != 0) {
			throw new IllegalStateException("Gatling failed (exit " + exit + "), see " + log);
		}
		Path report = reports(results).stream()
			.filter(candidate -> !before.contains(candidate))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Gatling wrote no report, see " + log));
		String html = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
		return new LoadResult(parse(html), seconds(html));
	}

	static List<RequestStats> parse(String html) {
		List<RequestStats> stats = new ArrayList<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			Matcher name = NAME.matcher(row.group(2));
			if (!name.find()) {
				continue;
			}
			Map<Integer, String> cells = new HashMap<>();
			Matcher cell = CELL.matcher(row.group(2));
			while (cell.find()) {
				cells.put(Integer.valueOf(cell.group(1)), cell.group(2).trim());
			}
			if (cells.size() < 13) {
				continue;
			}
			long total = number(cells.get(2));
			long ok = number(cells.get(3));
			double perSecond = decimal(cells.get(6));
			stats.add(new RequestStats(name.group(1).replace("&amp;", "&"), total, ok, number(cells.get(4)),
					total == 0 ? 0 : perSecond * ok / total, decimal(cells.get(8)), decimal(cells.get(10)),
					decimal(cells.get(11)), decimal(cells.get(12)), decimal(cells.get(13))));
		}
		if (stats.isEmpty()) {
			throw new IllegalStateException("No statistics table in the Gatling report");
		}
		return stats;
	}

	/** The responses chart's OK and KO series, joined by second from the first response on. */
	static List<Second> seconds(String html) {
		int chart = html.indexOf(RESPONSES_CHART);
		if (chart < 0) {
			throw new IllegalStateException("No responses chart in the Gatling report");
		}
		Map<Long, long[]> counts = new TreeMap<>();
		series(html, chart, "OK").forEach((time, count) -> counts.computeIfAbsent(time, t -> new long[2])[0] = count);
		series(html, chart, "KO").forEach((time, count) -> counts.computeIfAbsent(time, t -> new long[2])[1] = count);
		if (counts.isEmpty()) {
			return List.of();
		}
		long first = counts.keySet().iterator().next();
		return counts.entrySet()
			.stream()
			.map(entry -> new Second((entry.getKey() - first) / 1000, entry.getValue()[0], entry.getValue()[1]))
			.toList();
	}

	private static Map<Long, Long> series(String html, int chart, String name) {
		Map<Long, Long> points = new HashMap<>();
		int start = html.indexOf("name: '" + name + "'", chart);
		if (start < 0) {
			return points;
		}
		int data = html.indexOf("data: [", start);
		int end = html.indexOf('\n', data);
		Matcher point = POINT.matcher(html.substring(data, end < 0 ? html.length() : end));
		while (point.find()) {
			points.put(Long.valueOf(point.group(1)), Long.valueOf(point.group(2)));
		}
		return points;
	}

	private static long number(String text) {
		return text.isEmpty() || text.equals("-") ? 0 : Long.parseLong(text.replace(",", ""));
	}

	private static double decimal(String text) {
		return text.isEmpty() || text.equals("-") ? 0 : Double.parseDouble(text.replace(",", ""));
	}

	private static List<Path> reports(Path results) throws IOException {
		try (Stream<Path> children = Files.list(results)) {
			return children.filter(Files::isDirectory).sorted(Comparator.naturalOrder()).toList();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** What one run measured: per request name, and second by second. */
	record LoadResult(List<RequestStats> requests, List<Second> seconds) {
	}

	/** The responses Gatling received in one second of a run, counted from its first response. */
	record Second(long offset, long ok, long errors) {
	}

	/** One request name's figures over a run; times in milliseconds, throughput in successful requests a second. */
	record RequestStats(String name, long total, long ok, long errors, double okPerSecond, double p50, double p95,
			double p99, double max, double mean) {

		static final String ALL = "All Requests";

		static RequestStats none(String name) {
			return new RequestStats(name, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		}

	}

}
