package com.maturityworkbench.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.maturityworkbench.scoring.json.JsonReader;
import com.maturityworkbench.scoring.json.JsonWriter;

/**
 * The generated files of one revision, held in memory, and the one place where generated files are written.
 *
 * <p>{@link #writeTo(Path)} is atomic towards the output folder DIR: everything is first written into a fresh
 * temporary folder inside DIR ({@code DIR/.mwb-generate-XXXX}); then each top-level entry (a file such as
 * {@code model.json} or a folder such as {@code templates/}) is moved into place, an existing entry of the same name
 * being moved aside first; the temporary folder (with the entries moved aside) is removed at the end. On any failure
 * the entries already moved are taken back, the old ones restored and the temporary folder removed, so DIR is as it
 * was (a DIR the run created is removed again). Nothing is written outside DIR: paths are relative, without
 * {@code ..}, and checked to resolve inside DIR.
 *
 * <p>An existing top-level entry is replaced only when the previous run's list {@value #MANIFEST} names it: a
 * {@code docs/} folder that mwb did not write is never overwritten (the run is refused before anything is written).
 */
public final class GeneratedTree {
	/** The list of what the last run wrote, kept in DIR. */
	public static final String MANIFEST = ".mwb-generate.json";
	private static final String TEMP_PREFIX = ".mwb-generate-";

	/** Called before each top-level entry is moved into place (tests use it to simulate a failure mid-way). */
	@FunctionalInterface
	public interface MoveObserver {
		void beforeMove(String entry) throws IOException;
	}

	private final GenerationModel.Stamp stamp;
	private final Map<String, byte[]> files = new LinkedHashMap<>();

	public GeneratedTree(GenerationModel.Stamp stamp) {
		this.stamp = stamp;
	}

	/** Adds a file at {@code path} ('/'-separated, relative). */
	public void add(String path, byte[] content) {
		checkRelative(path);
		if (files.containsKey(path)) {
			throw new IllegalArgumentException("generated twice: " + path);
		}
		for (String existing : files.keySet()) {
			if (existing.startsWith(path + "/") || path.startsWith(existing + "/")) {
				throw new IllegalArgumentException(path + " clashes with " + existing);
			}
		}
		files.put(path, content.clone());
	}

	public void addText(String path, String text) {
		add(path, text.getBytes(StandardCharsets.UTF_8));
	}

	/** The files in the order they were added. */
	public Map<String, byte[]> files() {
		return Collections.unmodifiableMap(files);
	}

	public byte[] file(String path) {
		byte[] b = files.get(path);
		return b == null ? null : b.clone();
	}

	public String text(String path) {
		byte[] b = files.get(path);
		return b == null ? null : new String(b, StandardCharsets.UTF_8);
	}

	/** The top-level names (files and folders), in order of first appearance, without the manifest. */
	public List<String> topLevelEntries() {
		Set<String> entries = new LinkedHashSet<>();
		for (String p : files.keySet()) {
			int slash = p.indexOf('/');
			entries.add(slash < 0 ? p : p.substring(0, slash));
		}
		return List.copyOf(entries);
	}

	/** A relative, '/'-separated path of plain segments: no absolute path, no "." or "..", no drive or backslash. */
	static void checkRelative(String path) {
		if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
			throw new IllegalArgumentException("not a relative file path: \"" + path + "\"");
		}
		for (String segment : path.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.startsWith(TEMP_PREFIX) || segment.equals(MANIFEST)) {
				throw new IllegalArgumentException("path \"" + path + "\" has the segment \"" + segment + "\"");
			}
			for (int i = 0; i < segment.length(); i++) {
				char c = segment.charAt(i);
				if (c < 0x20 || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|') {
					throw new IllegalArgumentException("path \"" + path + "\" has a character not allowed in file names");
				}
			}
		}
	}

	public List<Path> writeTo(Path dir) throws IOException, GenerationException {
		return writeTo(dir, entry -> {
		});
	}

	/**
	 * Writes every file under {@code dir} atomically (see the class comment).
	 *
	 * @return the files written, in order
	 * @throws GenerationException when DIR is not a folder or holds an entry of the same name that mwb did not write
	 * @throws IOException when writing fails; DIR is then as it was
	 */
	public List<Path> writeTo(Path dir, MoveObserver observer) throws IOException, GenerationException {
		Path root = dir.toAbsolutePath().normalize();
		if (Files.exists(root) && !Files.isDirectory(root)) {
			throw new GenerationException(Texts.M.text("tree.not-a-folder", dir));
		}
		Path created = null;
		if (!Files.exists(root)) {
			created = root;
			while (created.getParent() != null && !Files.exists(created.getParent())) {
				created = created.getParent();
			}
			Files.createDirectories(root);
		}
		boolean done = false;
		try {
			List<String> entries = new ArrayList<>(topLevelEntries());
			checkConflicts(dir, root, entries);
			entries.add(MANIFEST);
			List<Path> written = writeAndMove(root, entries, observer);
			done = true;
			return written;
		} finally {
			if (!done && created != null) {
				deleteTree(created);
			}
		}
	}

	private void checkConflicts(Path dir, Path root, List<String> entries) throws GenerationException, IOException {
		Set<String> previous = new LinkedHashSet<>();
		Path manifest = root.resolve(MANIFEST);
		if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
			try {
				if (JsonReader.parse(manifest) instanceof Map<?, ?> m && m.get("entries") instanceof List<?> list) {
					list.forEach(e -> previous.add(String.valueOf(e)));
				}
			} catch (RuntimeException unreadable) {
				throw new GenerationException(Texts.M.text("tree.manifest-unreadable", dir.resolve(MANIFEST)));
			}
		} else if (Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
			throw new GenerationException(Texts.M.text("tree.manifest-not-a-file", dir.resolve(MANIFEST)));
		}
		List<String> foreign = new ArrayList<>();
		for (String e : entries) {
			if (Files.exists(root.resolve(e), LinkOption.NOFOLLOW_LINKS) && !previous.contains(e)) {
				foreign.add(e);
			}
		}
		if (!foreign.isEmpty()) {
			throw new GenerationException(Texts.M.text(foreign.size() == 1 ? "tree.foreign.one" : "tree.foreign", dir, String.join(", ", foreign)));
		}
	}

	private List<Path> writeAndMove(Path root, List<String> entries, MoveObserver observer) throws IOException {
		Path temp = Files.createTempDirectory(root, TEMP_PREFIX);
		try {
			Path fresh = Files.createDirectory(temp.resolve("new"));
			Path old = Files.createDirectory(temp.resolve("old"));
			List<Path> written = new ArrayList<>();
			for (Map.Entry<String, byte[]> f : files.entrySet()) {
				Path target = inside(fresh, f.getKey());
				Files.createDirectories(target.getParent());
				Files.write(target, f.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				written.add(root.resolve(f.getKey()));
			}
			Files.write(fresh.resolve(MANIFEST), manifest(entries).getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
			List<String> moved = new ArrayList<>();
			List<String> movedAside = new ArrayList<>();
			try {
				for (String entry : entries) {
					observer.beforeMove(entry);
					Path target = inside(root, entry);
					if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
						move(target, old.resolve(entry));
						movedAside.add(entry);
					}
					move(fresh.resolve(entry), target);
					moved.add(entry);
				}
			} catch (IOException | RuntimeException e) {
				rollBack(root, old, moved, movedAside, e);
				throw e;
			}
			return written;
		} finally {
			deleteTree(temp);
		}
	}

	private static void rollBack(Path root, Path old, List<String> moved, List<String> movedAside, Exception failure) {
		for (int i = moved.size() - 1; i >= 0; i--) {
			try {
				deleteTree(root.resolve(moved.get(i)));
			} catch (IOException e) {
				failure.addSuppressed(e);
			}
		}
		for (String entry : movedAside) {
			try {
				move(old.resolve(entry), root.resolve(entry));
			} catch (IOException e) {
				failure.addSuppressed(e);
			}
		}
	}

	private String manifest(List<String> entries) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("generator", "mwb generate");
		m.put("standard", stamp.standardCode());
		m.put("revision", stamp.revisionId());
		m.put("status", stamp.status());
		m.put("entries", entries);
		m.put("files", List.copyOf(files.keySet()));
		return JsonWriter.writePretty(m);
	}

	/** {@code base/relative}, refusing anything that does not stay inside {@code base}. */
	private static Path inside(Path base, String relative) {
		Path p = base;
		for (String segment : relative.split("/")) {
			p = p.resolve(segment);
		}
		p = p.normalize();
		if (!p.startsWith(base) || p.equals(base)) {
			throw new IllegalArgumentException("path \"" + relative + "\" leaves the output folder");
		}
		return p;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	/** Deletes a file or folder tree without following symbolic links; a missing path is fine. */
	static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.walkFileTree(path, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.deleteIfExists(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
				if (exc != null && !(exc instanceof NoSuchFileException)) {
					throw exc;
				}
				Files.deleteIfExists(d);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
