package com.maturityworkbench.ui.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import com.maturityworkbench.dsl.workspace.RevisionRefusedException;
import com.maturityworkbench.revision.report.ImpactHtmlReport;
import com.maturityworkbench.revision.simulate.ImpactReport;
import com.maturityworkbench.revision.simulate.ImpactSimulation;
import com.maturityworkbench.revision.simulate.Population;
import com.maturityworkbench.revision.simulate.SyntheticPopulation;
import com.maturityworkbench.ui.UiTexts;

/**
 * The impact simulation of OLD → NEW on N synthetic enterprises, as {@code mwb simulate OLD NEW --synthetic N
 * --format html} runs it (seed 1, attribution and sensitivity), written to a temporary HTML file. When the job is done
 * {@link #report()} is that file, or {@link #failure()} says why there is none (in the current language).
 */
public final class ImpactReportJob extends Job {
	public static final long SEED = 1;

	private final Path oldFolder;
	private final Map<Path, String> unsaved;
	private final Path newFolder;
	private final int enterprises;
	private volatile Path report;
	private volatile String failure;

	public ImpactReportJob(Path oldFolder, Map<Path, String> unsaved, Path newFolder, int enterprises) {
		super(UiTexts.text("impact.job", oldFolder.getFileName(), newFolder.getFileName(), enterprises));
		this.oldFolder = oldFolder;
		this.unsaved = Map.copyOf(unsaved);
		this.newFolder = newFolder;
		this.enterprises = enterprises;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), 4);
		try {
			monitor.subTask(UiTexts.text("compare.step.load"));
			RevisionPair pair = RevisionPair.load(oldFolder, unsaved, newFolder);
			ImpactSimulation simulation = new ImpactSimulation(pair.old().scoringModel(), pair.nu().scoringModel(), pair.old().revision(),
					pair.nu().revision());
			if (simulation.sectors().isEmpty()) {
				failure = UiTexts.text("impact.no-sector", oldFolder, newFolder);
				return Status.OK_STATUS;
			}
			monitor.worked(1);
			monitor.subTask(UiTexts.text("impact.step.population", enterprises));
			Population people = simulation.synthetic(new SyntheticPopulation(SEED, simulation.sectors()), enterprises);
			monitor.worked(1);
			monitor.subTask(UiTexts.text("impact.step.score"));
			ImpactReport result = simulation.run(people, true, true);
			monitor.worked(1);
			monitor.subTask(UiTexts.text("impact.step.write"));
			Path file = Files.createTempFile("mwb-impact-", ".html");
			try {
				Files.writeString(file, ImpactHtmlReport.of(result), StandardCharsets.UTF_8);
			} catch (IOException e) {
				Files.deleteIfExists(file);
				throw e;
			}
			report = file;
		} catch (RevisionPair.Unusable e) {
			failure = e.getMessage();
		} catch (RevisionRefusedException e) {
			failure = e.getMessage();
		} catch (IOException e) {
			failure = UiTexts.text("impact.write-failed", e.getMessage());
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}

	/** The written HTML report; null before the job is done or when it failed. */
	public Path report() {
		return report;
	}

	/** Why no report was written; null when one was. */
	public String failure() {
		return failure;
	}
}
