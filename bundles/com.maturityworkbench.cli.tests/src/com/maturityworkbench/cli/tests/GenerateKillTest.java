package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.maturityworkbench.generator.GeneratedTree;
import com.maturityworkbench.scoring.i18n.Language;

/**
 * {@code mwb generate} killed for real: a separate JVM ({@link MwbProcess}) regenerates an output folder that holds an
 * earlier revision's output and is killed with SIGKILL ({@link Process#destroyForcibly()}) at moments spread over the
 * run — after delays sampled across a clean run's duration, as soon as its temporary folder appears, as soon as the
 * switch's journal is written, as soon as the output's manifest names the new files (the run not yet cleaned up).
 * After each kill the folder holds, besides at most a leftover named {@code .mwb-generate-*}, exactly the previous
 * output or exactly the new one (same files, same SHA-256 as a clean generation of each), or — killed in the middle of
 * the switch, the journal written — a leftover that completes the switch to the new output when finished; the next
 * {@code mwb generate} removes every leftover and writes a complete output.
 */
class GenerateKillTest {
	@TempDir
	static Path dir;
	static Path oldModel;
	static Path newModel;
	static Map<String, String> oldOutput;
	static Map<String, String> newOutput;
	static long cleanRunMillis;

	@BeforeAll
	static void cleanGenerations() throws Exception {
		Language.set(Language.ZH);
		oldModel = HandModel.write(dir.resolve("old"));
		// the new revision: another clause text, so that most generated files differ
		newModel = HandModel.write(dir.resolve("new"), t -> t.replace("应建立甲的一级制度，明确职责。", "应建立甲的一级制度，明确职责与分工。"));
		Path reference = dir.resolve("reference-old");
		Cli.Run old = Cli.run("generate", oldModel.toString(), "--out", reference.toString());
		assertEquals(0, old.exit(), old.err());
		oldOutput = hashes(reference);
		Path fresh = dir.resolve("reference-new");
		long t0 = System.nanoTime();
		MwbProcess clean = MwbProcess.start(dir, "--lang", "zh", "generate", newModel.toString(), "--out", fresh.toString());
		assertEquals(0, clean.waitFor(180), clean.stderr());
		cleanRunMillis = (System.nanoTime() - t0) / 1_000_000;
		newOutput = hashes(fresh);
		assertNotEquals(oldOutput, newOutput);
		assertEquals(oldOutput.keySet(), newOutput.keySet(), "the same files, other contents");
	}

	/** Every file under {@code root} (relative path, '/'-separated) and its SHA-256, leftovers of killed runs aside. */
	static Map<String, String> hashes(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
				String relative = root.relativize(p).toString().replace('\\', '/');
				if (!relative.startsWith(GeneratedTree.TEMP_PREFIX)) {
					files.put(relative, sha256(Files.readAllBytes(p)));
				}
			}
		}
		return files;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The entries of {@code root} other than the output's: the leftovers of killed runs. */
	static List<String> leftovers(Path root) throws IOException {
		try (Stream<Path> all = Files.list(root)) {
			return all.map(p -> p.getFileName().toString()).filter(n -> !newOutput.keySet().stream().anyMatch(f -> f.equals(n) || f.startsWith(n + "/")))
					.sorted().toList();
		}
	}

	/** Whether a leftover of a run holds the switch's journal (its new files were complete). */
	static boolean journalWritten(Path root) throws IOException {
		try (Stream<Path> all = Files.list(root)) {
			return all.anyMatch(p -> p.getFileName().toString().startsWith(GeneratedTree.TEMP_PREFIX)
					&& Files.isRegularFile(p.resolve(GeneratedTree.JOURNAL), LinkOption.NOFOLLOW_LINKS));
		}
	}

	/** When to kill: a description and a condition on the output folder, checked every millisecond. */
	record Moment(String name, long afterMillis, Predicate<Path> when) {
	}

	static Predicate<Path> temporaryFolderAppeared() {
		return out -> {
			try (Stream<Path> all = Files.list(out)) {
				return all.anyMatch(p -> p.getFileName().toString().startsWith(GeneratedTree.TEMP_PREFIX));
			} catch (IOException gone) {
				return false;
			}
		};
	}

	static Predicate<Path> journalAppeared() {
		return out -> {
			try {
				return journalWritten(out);
			} catch (IOException gone) {
				return false;
			}
		};
	}

	/** The manifest of the output names the new revision's files: the switch is done, the run not yet ended. */
	static Predicate<Path> switched() {
		return out -> {
			try {
				Path manifest = out.resolve(GeneratedTree.MANIFEST);
				return Files.isRegularFile(manifest) && sha256(Files.readAllBytes(manifest)).equals(newOutput.get(GeneratedTree.MANIFEST));
			} catch (IOException moving) {
				return false;
			}
		};
	}

	@Test
	void aKilledGenerationLeavesThePreviousOutputOrTheNewOneAndTheNextRunCleansUp() throws Exception {
		Random random = new Random(20261201L);
		List<Moment> moments = new ArrayList<>();
		for (int i = 0; i < 3; i++) { // delays spread over a clean run, each within its third
			long delay = cleanRunMillis * i / 3 + (long) (random.nextDouble() * cleanRunMillis / 3);
			moments.add(new Moment("after " + delay + " ms", delay, out -> true));
		}
		moments.add(new Moment("when the temporary folder appears", 0, temporaryFolderAppeared()));
		moments.add(new Moment("when the journal appears", 0, journalAppeared()));
		moments.add(new Moment("when the manifest names the new files", 0, switched()));
		Path out = dir.resolve("out");
		Map<String, Integer> outcomes = new TreeMap<>();
		int killsAfterTheJournal = 0;
		for (Moment moment : moments) {
			copyTree(dir.resolve("reference-old"), out); // the previous output, as a clean generation wrote it
			assertEquals(oldOutput, hashes(out));

			MwbProcess run = MwbProcess.start(dir, "--lang", "zh", "generate", newModel.toString(), "--out", out.toString());
			long deadline = System.currentTimeMillis() + 180_000;
			Thread.sleep(moment.afterMillis());
			while (run.isAlive() && !moment.when().test(out) && System.currentTimeMillis() < deadline) {
				Thread.sleep(1);
			}
			boolean killed = run.kill();
			if (killed && journalWritten(out)) {
				killsAfterTheJournal++;
			}
			outcomes.merge(state(out, moment, killed), 1, Integer::sum);

			Cli.Run next = Cli.run("generate", newModel.toString(), "--out", out.toString());
			assertEquals(0, next.exit(), moment.name() + ": " + next.err());
			assertEquals(newOutput, hashes(out), moment.name() + ": the next run writes the complete output");
			assertEquals(List.of(), leftovers(out), moment.name() + ": the next run removes the leftovers");
			try (Stream<Path> all = Files.walk(out)) {
				all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		System.out.printf("mwb generate killed %d times (a clean run takes %d ms): %s%n", moments.size(), cleanRunMillis, outcomes);
		// killed before the switch: the previous output, also once its temporary folder was there (removed by the next run)
		assertTrue(outcomes.containsKey("previous output + leftover"), outcomes.toString());
		// killed once the journal is written: the new output, whole or by the switch the journal completes (which of the
		// two depends on where the kill lands in the few milliseconds of the switch)
		// (or a kill between the journal and the switch: the previous output, which the next run completed to the new one above)
		assertTrue(killsAfterTheJournal > 0
				|| outcomes.keySet().stream().anyMatch(o -> o.startsWith("new output") || o.startsWith("switch cut short, completed")),
				"the late moments see the new output: " + outcomes);
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : all.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
	}

	/**
	 * What a kill left: the previous output or the new one, complete (plus leftovers), or a switch cut short whose
	 * leftover completes it.
	 */
	static String state(Path out, Moment moment, boolean killed) throws IOException {
		Map<String, String> found = hashes(out);
		List<String> leftovers = leftovers(out);
		assertTrue(leftovers.stream().allMatch(n -> n.startsWith(GeneratedTree.TEMP_PREFIX)), moment.name() + ": only leftovers named "
				+ GeneratedTree.TEMP_PREFIX + "*: " + leftovers);
		String kind;
		if (found.equals(oldOutput)) {
			kind = "previous output";
		} else if (found.equals(newOutput)) {
			kind = "new output";
		} else {
			assertTrue(journalWritten(out), moment.name() + ": neither output, and no journal to complete the switch: " + found.keySet());
			GeneratedTree.finishInterruptedRuns(out);
			assertEquals(newOutput, hashes(out), moment.name() + ": the switch completed from the journal");
			kind = "switch cut short, completed";
		}
		return kind + (killed ? "" : " (run had ended)") + (leftovers.isEmpty() ? "" : " + leftover");
	}
}
