package com.maturityworkbench.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import com.maturityworkbench.scoring.engine.ScoringEngine;

/**
 * Compiles generated sources in memory with the system Java compiler ({@code javax.tools}) against the scoring
 * runtime, and packs the runtime's classes and the compiled classes into one runnable jar. Nothing is written to
 * disk here: the jar is returned as bytes.
 */
public final class ScoringJar {
	/** The runtime's classes: everything under this path of its jar or class folder. */
	static final String RUNTIME_PREFIX = "com/maturityworkbench/scoring/";
	/** Fixed entry time, so that the same revision gives the same jar. */
	private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

	private ScoringJar() {
	}

	/**
	 * Compiles {@code sources} (path relative to the source root → text) against the runtime.
	 *
	 * @return class file bytes by path (com/…/Main.class)
	 * @throws GenerationException when this Java runtime has no compiler or the sources do not compile
	 */
	public static Map<String, byte[]> compile(Map<String, String> sources) throws GenerationException {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new GenerationException("this Java runtime (" + System.getProperty("java.home") + ") has no Java compiler, so the scoring jar cannot be "
					+ "built: run mwb with a JDK (e.g. Debian's openjdk-17-jdk-headless), not a JRE");
		}
		Path runtime = runtimeLocation();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		Map<String, byte[]> classes = new TreeMap<>();
		try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
			standard.setLocation(StandardLocation.CLASS_PATH, List.of(runtime.toFile()));
			JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
				@Override
				public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
					String path = className.replace('.', '/') + kind.extension;
					return new SimpleJavaFileObject(URI.create("mem:///" + path), kind) {
						@Override
						public OutputStream openOutputStream() {
							return new ByteArrayOutputStream() {
								@Override
								public void close() {
									classes.put(path, toByteArray());
								}
							};
						}
					};
				}
			};
			List<JavaFileObject> units = new ArrayList<>();
			for (Map.Entry<String, String> s : sources.entrySet()) {
				units.add(new SimpleJavaFileObject(URI.create("mem:///" + s.getKey()), JavaFileObject.Kind.SOURCE) {
					@Override
					public CharSequence getCharContent(boolean ignoreEncodingErrors) {
						return s.getValue();
					}
				});
			}
			StringWriter output = new StringWriter();
			boolean ok = compiler.getTask(output, files, diagnostics, List.of("--release", "17", "-encoding", "UTF-8", "-g", "-nowarn"), null, units).call();
			if (!ok) {
				StringBuilder message = new StringBuilder("the generated scoring code does not compile (a bug of the generator):");
				for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
					if (d.getKind() == Diagnostic.Kind.ERROR) {
						message.append("\n  ").append(d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
								.append(d.getMessage(Locale.ROOT));
					}
				}
				throw new GenerationException(message.toString());
			}
		} catch (IOException e) {
			throw new GenerationException("cannot compile the generated scoring code: " + e.getMessage(), e);
		}
		return classes;
	}

	/**
	 * A runnable jar: the runtime's classes, {@code classes} and a manifest with {@code Main-Class} and the stamp.
	 * Entries are sorted and carry a fixed time.
	 */
	public static byte[] jar(Map<String, byte[]> classes, String mainClass, GenerationModel.Stamp stamp, String title) throws GenerationException {
		Map<String, byte[]> entries = new TreeMap<>(runtimeClasses());
		entries.putAll(classes);
		Manifest manifest = new Manifest();
		Attributes a = manifest.getMainAttributes();
		a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		a.put(Attributes.Name.MAIN_CLASS, mainClass);
		a.put(new Attributes.Name("Created-By"), "Maturity Workbench (mwb generate)");
		a.put(Attributes.Name.IMPLEMENTATION_TITLE, title + " scoring (" + stamp.revisionId() + ")");
		a.put(new Attributes.Name("Standard-Code"), stamp.standardCode());
		a.put(new Attributes.Name("Revision"), stamp.revisionId());
		a.put(new Attributes.Name("Revision-Status"), stamp.status());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes)) {
			JarEntry me = new JarEntry("META-INF/MANIFEST.MF");
			me.setTimeLocal(ENTRY_TIME);
			jar.putNextEntry(me);
			manifest.write(jar);
			jar.closeEntry();
			List<String> dirs = new ArrayList<>();
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				String name = e.getKey();
				for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
					String dir = name.substring(0, slash + 1);
					if (!dirs.contains(dir)) {
						dirs.add(dir);
						JarEntry d = new JarEntry(dir);
						d.setTimeLocal(ENTRY_TIME);
						jar.putNextEntry(d);
						jar.closeEntry();
					}
				}
				JarEntry entry = new JarEntry(name);
				entry.setTimeLocal(ENTRY_TIME);
				jar.putNextEntry(entry);
				jar.write(e.getValue());
				jar.closeEntry();
			}
		} catch (IOException e) {
			throw new GenerationException("cannot build the scoring jar: " + e.getMessage(), e);
		}
		return bytes.toByteArray();
	}

	/**
	 * Where the scoring runtime's classes are: its jar, or a class folder (in a development or test launch the bundle's
	 * location may be the project folder, whose classes are in {@code target/classes} or {@code bin}).
	 */
	public static Path runtimeLocation() throws GenerationException {
		String probe = ScoringEngine.class.getName().replace('.', '/') + ".class";
		List<Path> candidates = new ArrayList<>();
		CodeSource source = ScoringEngine.class.getProtectionDomain().getCodeSource();
		if (source != null && source.getLocation() != null) {
			candidates.add(toPath(source.getLocation()));
		}
		URL resource = ScoringEngine.class.getClassLoader() == null ? null : ScoringEngine.class.getClassLoader().getResource(probe);
		if (resource != null && resource.getProtocol().equals("jar")) {
			String s = resource.toString();
			candidates.add(toPath(url(s.substring("jar:".length(), s.indexOf("!/")))));
		} else if (resource != null && resource.getProtocol().equals("file")) {
			Path file = toPath(resource);
			if (file != null) {
				Path root = file;
				for (int i = 0; i < probe.split("/").length && root != null; i++) {
					root = root.getParent();
				}
				candidates.add(root);
			}
		}
		for (Path c : candidates) {
			if (c == null) {
				continue;
			}
			if (Files.isRegularFile(c)) {
				return c;
			}
			for (Path dir : List.of(c, c.resolve("target/classes"), c.resolve("bin"))) {
				if (Files.isRegularFile(dir.resolve(probe))) {
					return dir;
				}
			}
		}
		throw new GenerationException("cannot find the classes of the scoring runtime (looked at " + candidates + ")");
	}

	private static URL url(String s) {
		try {
			return URI.create(s).toURL();
		} catch (IllegalArgumentException | java.net.MalformedURLException e) {
			return null;
		}
	}

	private static Path toPath(URL url) {
		if (url == null || !"file".equals(url.getProtocol())) {
			return null;
		}
		try {
			return Path.of(url.toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(url.getPath());
		}
	}

	/** The runtime's class files and its message bundles ({@code messages*.properties}) by path (com/maturityworkbench/scoring/…). */
	static Map<String, byte[]> runtimeClasses() throws GenerationException {
		Path location = runtimeLocation();
		Map<String, byte[]> classes = new TreeMap<>();
		try {
			if (Files.isRegularFile(location)) {
				try (ZipFile zip = new ZipFile(location.toFile())) {
					Enumeration<? extends ZipEntry> entries = zip.entries();
					while (entries.hasMoreElements()) {
						ZipEntry e = entries.nextElement();
						if (!e.isDirectory() && e.getName().startsWith(RUNTIME_PREFIX) && isRuntimeEntry(e.getName())) {
							try (InputStream in = zip.getInputStream(e)) {
								classes.put(e.getName(), in.readAllBytes());
							}
						}
					}
				}
			} else {
				Path base = location.resolve(RUNTIME_PREFIX);
				try (Stream<Path> walk = Files.walk(base)) {
					for (Path p : walk.filter(p -> Files.isRegularFile(p) && isRuntimeEntry(p.toString())).sorted().toList()) {
						classes.put(location.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
					}
				}
			}
		} catch (IOException e) {
			throw new GenerationException("cannot read the scoring runtime at " + location + ": " + e.getMessage(), e);
		}
		if (classes.isEmpty()) {
			throw new GenerationException("no scoring runtime classes found at " + location);
		}
		return classes;
	}

	private static boolean isRuntimeEntry(String name) {
		return name.endsWith(".class") || name.endsWith(".properties");
	}
}
