package com.maturityworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import com.maturityworkbench.assessment.report.AssessmentReport;
import com.maturityworkbench.generator.AssessmentReportDocx;
import com.maturityworkbench.dsl.workspace.UnusableInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mwb report MODEL ASSESSMENT --out FILE.html|FILE.docx}: the 评估报告 of 8.7.4 as a page ({@link AssessmentReport})
 * or a Word document ({@link AssessmentReportDocx}) of one scored
 * assessment, written atomically (nothing is left behind when scoring is refused). The assessment is read and scored
 * by the same pipeline as {@code mwb score} ({@link ScoreCommand#score}).
 */
@Command(name = "report")
final class ReportCommand implements MwbSubcommand {
	@Mixin
	HelpOption help;

	@Option(names = "--out", paramLabel = "FILE.html|FILE.docx", required = true, descriptionKey = "report.out")
	Path out;

	@Option(names = "--progressive", paramLabel = "on|off", descriptionKey = "score.progressive")
	Choice.OnOff progressive;

	@Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "model")
	String modelArg;

	@Parameters(index = "1", paramLabel = "ASSESSMENT", descriptionKey = "score.assessment")
	String assessmentArg;

	@Override
	public ExitCode run(CommandContext context) throws UnusableInputException {
		String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
		boolean word = name.endsWith(".docx");
		if (!word && !name.endsWith(".html")) {
			throw new UnusableInputException(CliMessages.M.text("report.out-html", out));
		}
		ScoreCommand score = new ScoreCommand();
		score.modelArg = modelArg;
		score.assessmentArg = assessmentArg;
		score.progressive = progressive;
		ScoreCommand.Scored scored = score.score(context);
		if (scored.refused() != null) {
			return scored.refused();
		}
		byte[] page = word ? AssessmentReportDocx.render(scored.view()) : AssessmentReport.render(scored.view()).getBytes(StandardCharsets.UTF_8);
		Path target = out.toAbsolutePath();
		try {
			Path temporary = Files.createTempFile(target.getParent(), ".mwb-report-", word ? ".docx" : ".html");
			Files.write(temporary, page);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UnusableInputException(CliMessages.M.text("report.cannot-write", out, e.getMessage()));
		}
		context.out().println(CliMessages.M.text("report.written", out, page.length / 1024.0));
		return ExitCode.OK;
	}
}
