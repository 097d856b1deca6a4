package com.maturityworkbench.cli.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.maturityworkbench.cli.Main;

/**
 * {@code mwb} as a separate operating-system process, as the {@code mwb} script starts it ({@code java -cp
 * <bundles> com.maturityworkbench.cli.Main ARGS}, the bundles on a flat class path), for what only a real process
 * shows: a kill with SIGKILL. The class path is the bundles of the test's own OSGi runtime (each bundle's jar or
 * folder); stdout and stderr go to files beside the run.
 */
final class MwbProcess {
	private final Process process;
	private final Path stdout;
	private final Path stderr;

	private MwbProcess(Process process, Path stdout, Path stderr) {
		this.process = process;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	/** Starts {@code mwb ARGS} in a new JVM; its output files are kept in {@code dir}. */
	static MwbProcess start(Path dir, String... args) throws IOException {
		Path out = Files.createTempFile(dir, "mwb-", ".out");
		Path err = Files.createTempFile(dir, "mwb-", ".err");
		Process p = new ProcessBuilder(command(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		return new MwbProcess(p, out, err);
	}

	/** Starts {@code mwb ARGS} in a new JVM with its stdin and stdout as pipes to the caller (stderr to a file in {@code dir}). */
	static Process startPiped(Path dir, String... args) throws IOException {
		Path err = Files.createTempFile(dir, "mwb-", ".err");
		return new ProcessBuilder(command(args)).redirectError(err.toFile()).start();
	}

	private static List<String> command(String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m",
				"-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", classPath(),
				Main.class.getName()));
		command.addAll(List.of(args));
		return command;
	}

	/** The jar or folder of every bundle of the running framework, the framework's own included. */
	static String classPath() {
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle b : FrameworkUtil.getBundle(MwbProcess.class).getBundleContext().getBundles()) {
			Path location = location(b);
			if (location != null) {
				entries.add(location.toString());
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * A bundle's jar or folder ({@code reference:file:…}, {@code initial@reference:file:…}, absolute or relative to
	 * the install area); null when it is no file.
	 */
	private static Path location(Bundle bundle) {
		String l = bundle.getLocation();
		int at = l.indexOf("file:");
		if (at < 0) {
			return null;
		}
		Path p = Path.of(l.substring(at + "file:".length()));
		if (!p.isAbsolute()) { // relative to the framework's install area
			p = installArea().resolve(p).normalize();
		}
		if (Files.isDirectory(p) && Files.isDirectory(p.resolve("target/classes"))) {
			return p.resolve("target/classes"); // a reactor project's folder: its classes
		}
		return Files.exists(p) ? p : null;
	}

	private static Path installArea() {
		String area = System.getProperty("osgi.install.area", "");
		return area.startsWith("file:") ? Path.of(area.substring("file:".length())) : Path.of(area).toAbsolutePath();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** SIGKILL (kill -9), then waits for the process to be gone; false when it had already ended. */
	boolean kill() throws InterruptedException {
		boolean alive = process.isAlive();
		process.destroyForcibly();
		process.waitFor(60, TimeUnit.SECONDS);
		return alive;
	}

	/** Waits for the exit code (-1 after {@code seconds}, the process killed). */
	int waitFor(long seconds) throws InterruptedException {
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			kill();
			return -1;
		}
		return process.exitValue();
	}

	String stdout() throws IOException {
		return Files.readString(stdout, StandardCharsets.UTF_8);
	}

	String stderr() throws IOException {
		return Files.readString(stderr, StandardCharsets.UTF_8);
	}
}
