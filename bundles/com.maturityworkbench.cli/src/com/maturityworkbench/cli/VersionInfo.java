package com.maturityworkbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code mwb --version}: the tool's version and build, read from the manifest of the command line's own bundle
 * ({@code Bundle-Version} {@code 0.1.0.202612011001}: version 0.1.0, built 2026-12-01 10:01 UTC, the build
 * qualifier Tycho writes), and the Java runtime it runs on.
 */
final class VersionInfo {
	static final String SYMBOLIC_NAME = "com.maturityworkbench.cli";
	/** Tycho's default build qualifier: yyyyMMddHHmm, UTC. */
	private static final Pattern VERSION = Pattern.compile("(\\d+\\.\\d+\\.\\d+)(?:\\.(.+))?");
	private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})");

	private VersionInfo() {
	}

	static List<String> lines() {
		String bundleVersion = bundleVersion();
		String java = System.getProperty("java.version") + " (" + System.getProperty("java.vendor", "?") + ")";
		if (bundleVersion == null) {
			return List.of(CliMessages.M.text("version.unknown", SYMBOLIC_NAME), CliMessages.M.text("version.java", java));
		}
		Matcher m = VERSION.matcher(bundleVersion);
		String version = m.matches() ? m.group(1) : bundleVersion;
		String qualifier = m.matches() ? m.group(2) : null;
		List<String> lines = new ArrayList<>();
		lines.add(CliMessages.M.text("version.tool", version));
		Matcher t = qualifier == null ? null : TIMESTAMP.matcher(qualifier);
		if (t != null && t.matches()) {
			lines.add(CliMessages.M.text("version.build-time", bundleVersion,
					String.format("%s-%s-%s %s:%s", t.group(1), t.group(2), t.group(3), t.group(4), t.group(5))));
		} else {
			lines.add(CliMessages.M.text("version.build", bundleVersion));
		}
		lines.add(CliMessages.M.text("version.java", java));
		return lines;
	}

	/** Bundle-Version of this bundle's manifest: the bundle's own in OSGi, found among all on a flat class path. */
	private static String bundleVersion() {
		try {
			Enumeration<URL> manifests = VersionInfo.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
			while (manifests.hasMoreElements()) {
				try (InputStream in = manifests.nextElement().openStream()) {
					Attributes main = new Manifest(in).getMainAttributes();
					String name = main.getValue("Bundle-SymbolicName");
					if (name != null && name.split(";")[0].trim().equals(SYMBOLIC_NAME)) {
						return main.getValue("Bundle-Version");
					}
				}
			}
		} catch (IOException e) {
			return null;
		}
		return null;
	}
}
