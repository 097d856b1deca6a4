package com.maturityworkbench.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
 * runtime, the only library the generated code uses. Nothing is written to disk: class files are returned as bytes.
 */
public final class GeneratedJavaCompiler {
	private GeneratedJavaCompiler() {
	}

	/** The scoring runtime's jar or class folder: the class path of the generated code. */
	public static Path runtimeLocation() throws GenerationException {
		return CodeLocation.of(ScoringEngine.class);
	}

	/**
	 * Compiles {@code sources} (path relative to the source root → text) against the runtime.
	 *
	 * @return class file bytes by path (com/…/ScoringModel.class)
	 * @throws GenerationException when this Java runtime has no compiler or the sources do not compile
	 */
	public static Map<String, byte[]> compile(Map<String, String> sources) throws GenerationException {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new GenerationException(Texts.M.text("compile.no-compiler", System.getProperty("java.home")));
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
				List<String> errors = new ArrayList<>();
				for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
					if (d.getKind() == Diagnostic.Kind.ERROR) {
						errors.add("\n  " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT));
					}
				}
				throw new GenerationException(Texts.M.text("compile.failed", String.join("", errors)));
			}
		} catch (IOException e) {
			throw new GenerationException(Texts.M.text("compile.io", e.getMessage()), e);
		}
		return classes;
	}
}
