package com.maturityworkbench.generator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the classes of a library are at generation time — its jar, or a class folder — found from the code source of
 * one of its classes. Works in OSGi (a bundle's location; in a development or test launch the project folder, whose
 * classes are in {@code target/classes} or {@code bin}) and on a flat class path (the CLI's {@code plugins/*}).
 */
final class CodeLocation {
	private CodeLocation() {
	}

	/** The jar or class folder holding {@code probe}. */
	static Path of(Class<?> probe) throws GenerationException {
		String resource = probe.getName().replace('.', '/') + ".class";
		List<Path> candidates = new ArrayList<>();
		CodeSource source = probe.getProtectionDomain().getCodeSource();
		if (source != null && source.getLocation() != null) {
			candidates.add(toPath(source.getLocation()));
		}
		URL url = probe.getClassLoader() == null ? null : probe.getClassLoader().getResource(resource);
		if (url != null && url.getProtocol().equals("jar")) {
			String s = url.toString();
			candidates.add(toPath(url(s.substring("jar:".length(), s.indexOf("!/")))));
		} else if (url != null && url.getProtocol().equals("file")) {
			Path root = toPath(url);
			for (int i = 0; i < resource.split("/").length && root != null; i++) {
				root = root.getParent();
			}
			candidates.add(root);
		}
		for (Path c : candidates) {
			if (c == null) {
				continue;
			}
			if (Files.isRegularFile(c)) {
				return c;
			}
			for (Path dir : List.of(c, c.resolve("target/classes"), c.resolve("bin"))) {
				if (Files.isRegularFile(dir.resolve(resource))) {
					return dir;
				}
			}
		}
		throw new GenerationException(Texts.M.text("jar.no-classes", probe.getName(), candidates));
	}

	/** Every file of a jar or class folder by '/'-separated path, sorted. */
	static Map<String, byte[]> entries(Path location) throws GenerationException {
		Map<String, byte[]> entries = new TreeMap<>();
		try {
			if (Files.isRegularFile(location)) {
				try (ZipFile zip = new ZipFile(location.toFile())) {
					Enumeration<? extends ZipEntry> all = zip.entries();
					while (all.hasMoreElements()) {
						ZipEntry e = all.nextElement();
						if (!e.isDirectory()) {
							try (InputStream in = zip.getInputStream(e)) {
								entries.put(e.getName(), in.readAllBytes());
							}
						}
					}
				}
			} else {
				try (Stream<Path> walk = Files.walk(location)) {
					for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
						entries.put(location.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
					}
				}
			}
		} catch (IOException e) {
			throw new GenerationException(Texts.M.text("jar.cannot-read", location, e.getMessage()), e);
		}
		return entries;
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
}
