package org.griddesk.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@code bench/run.sh}. {@code --smoke} shrinks everything to a few seconds on tiny data, to prove the
 * harness still works; it measures nothing worth reading. Times are in seconds.
 */
record BenchOptions(long tickets, int duration, int warmup, int warmupStep, int phase, int users, int nodes,
		String jdbcUrl, String dbUser, String dbPassword, int pool, int rawSeconds, Path jar, Path output,
		String jvmOptions, boolean synchronousCommit, String appUrl, long appPid, boolean smoke) {

	private static final Set<String> NAMES = Set.of("tickets", "duration", "warmup", "warmup-step", "phase", "users",
			"nodes", "db", "db-user", "db-password", "pool", "raw-seconds", "jar", "out", "jvm-opts", "sync-commit", "app-url",
			"app-pid");

	static BenchOptions parse(String... args) {
		Map<String, String> given = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (!name.startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument " + name + "; see bench/run.sh --help");
			}
			name = name.substring(2);
			String value;
			if (name.contains("=")) {
				value = name.substring(name.indexOf('=') + 1);
				name = name.substring(0, name.indexOf('='));
			}
			else if (name.equals("smoke")) {
				value = "true";
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException("--" + name + " needs a value");
			}
			if (!name.equals("smoke") && !NAMES.contains(name)) {
				throw new IllegalArgumentException("Unknown option --" + name + "; see bench/run.sh --help");
			}
			given.put(name, value);
		}
		return of(given);
	}

	private static BenchOptions of(Map<String, String> given) {
		boolean smoke = Boolean.parseBoolean(given.getOrDefault("smoke", "false"));
		int nodes = number(given, "nodes", 1);
		if (nodes > 2) {
			throw new IllegalArgumentException("--nodes is 1 or 2");
		}
		String jar = given.get("jar");
		// warm-up: on 2 cores the one C2 compiler thread needs 6-7 minutes of mixed load to compile what the
		// app runs hot (run N of the README's seventh round plateaus from about 390 s)
		return new BenchOptions(Long.parseLong(given.getOrDefault("tickets", smoke ? "2000" : "1000000").replace("_", "")),
				number(given, "duration", smoke ? 5 : 180), number(given, "warmup", smoke ? 4 : 420),
				number(given, "warmup-step", smoke ? 4 : 30), number(given, "phase", smoke ? 3 : 60),
				number(given, "users", smoke ? 4 : 16), nodes, given.get("db"),
				given.getOrDefault("db-user", "postgres"), given.getOrDefault("db-password", "postgres"),
				number(given, "pool", 10), number(given, "raw-seconds", smoke ? 2 : 30),
				jar == null ? null : Path.of(jar), Path.of(given.getOrDefault("out", "target/bench")),
				given.getOrDefault("jvm-opts", GridDeskNodes.JVM_OPTIONS),
				"on".equals(given.getOrDefault("sync-commit", "off")), given.get("app-url"),
				Long.parseLong(given.getOrDefault("app-pid", "0")), smoke);
	}

	private static int number(Map<String, String> given, String name, int fallback) {
		String value = given.get(name);
		if (value == null) {
			return fallback;
		}
		int number = Integer.parseInt(value);
		if (number < 0 || (number == 0 && !name.equals("warmup"))) {
			throw new IllegalArgumentException("--" + name + " must be positive");
		}
		return number;
	}

}
