package com.maturityworkbench.dsl.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.google.inject.Injector;
import com.maturityworkbench.dsl.MaturityStandaloneSetup;
import com.maturityworkbench.dsl.analysis.SourceText;

/** The shipped encoding of the draft standard, read from dsl-examples/ of this repository. */
public final class ShippedDraft {
	public static final String FOLDER = "dsl-examples/ys-t-digital-maturity-draft";
	/** The second shipped revision: an illustrative 送审稿 made by this project from the draft (not the committee's). */
	public static final String ILLUSTRATIVE_FOLDER = "dsl-examples/ys-t-digital-maturity-songshen-illustrative";
	private static Injector injector;

	private ShippedDraft() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new MaturityStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static Path folder() {
		String root = System.getProperty("mwb.repo.root", "../..");
		return Path.of(root).resolve(FOLDER).toAbsolutePath().normalize();
	}

	/** The folder of the illustrative second revision ({@value #ILLUSTRATIVE_FOLDER}). */
	public static Path illustrativeFolder() {
		String root = System.getProperty("mwb.repo.root", "../..");
		return Path.of(root).resolve(ILLUSTRATIVE_FOLDER).toAbsolutePath().normalize();
	}

	public static List<Path> files() throws IOException {
		try (Stream<Path> s = Files.list(folder())) {
			return s.filter(p -> p.toString().endsWith(".maturity")).sorted().toList();
		}
	}

	public static List<SourceText> sources(UnaryOperator<String> edit) throws IOException {
		List<SourceText> result = new ArrayList<>();
		for (Path p : files()) {
			String text = edit.apply(Files.readString(p, StandardCharsets.UTF_8));
			result.add(new SourceText(p.getFileName().toString(), p.toString(), text));
		}
		return result;
	}
}
