package com.maturityworkbench.cli;

import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments of the commands that list what they find in revision files: {@code PATH... [--format text|json]}. */
final class ListingArguments {
	@Option(names = "--format", paramLabel = "text|json", descriptionKey = "listing.format")
	Choice.ListingFormat format = Choice.ListingFormat.TEXT;

	@Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "paths")
	List<String> paths;

	boolean json() {
		return format == Choice.ListingFormat.JSON;
	}
}
