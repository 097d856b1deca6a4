package com.maturityworkbench.ui.application;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IWorkbenchPage;

import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.revision.RevisionFolder;
import com.maturityworkbench.ui.revision.RevisionSession;

/**
 * {@code -benchmark}: measures the editor on the opened revision in the running workbench and prints the figures:
 * launch to the head file showing its findings; UI-thread time per keystroke in the largest file; UI-thread time to
 * show a check in an editor; findings visible after the last keystroke. Keys are sent as the widget receives them
 * ({@code SWT.KeyDown} with the character); nothing is saved; the workbench closes at the end.
 */
final class WorkbenchBenchmark {
	private static final int KEYSTROKES = 120;
	private static final int EDITS = 24;

	private final WorkbenchDriver driver;
	private final MaturityEditor head;
	private final long openedAtMillis = System.currentTimeMillis();

	/** Made right after the workbench opened the head file. */
	WorkbenchBenchmark(IWorkbenchPage page, MaturityEditor head) {
		this.driver = new WorkbenchDriver(page);
		this.head = head;
	}

	void run() {
		try {
			driver.waitUntil(() -> head.figures().shows() > 0);
			long shownAtMillis = System.currentTimeMillis() - (System.nanoTime() - head.figures().lastShownAt()) / 1_000_000;
			long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
			print("launch to the head file showing its findings: %d ms (window and editor open after %d ms, the first check of the revision then shown)",
					shownAtMillis - jvmStart, openedAtMillis - jvmStart);
			Path folder = head.path().getParent();
			MaturityEditor weights = driver.open(folder.resolve("weights.maturity"));
			MaturityEditor largest = driver.open(RevisionFolder.files(folder).stream()
					.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow());
			keystrokes(largest);
			edits(weights, List.of(head, weights, largest));
		} catch (RuntimeException | org.eclipse.core.runtime.CoreException e) {
			print("failed: %s", e);
		} finally {
			driver.closeWithoutSaving();
		}
	}

	private void keystrokes(MaturityEditor editor) {
		StyledText widget = editor.viewer().getTextWidget();
		int at = editor.document().get().indexOf("\"", editor.document().getLength() / 2) + 1; // inside a clause text
		widget.setFocus();
		widget.setCaretOffset(at);
		editor.viewer().revealRange(at, 0);
		driver.pump(300);
		List<Long> nanos = new ArrayList<>();
		List<Long> paints = new ArrayList<>();
		List<Long> cpu = new ArrayList<>();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		String typed = "数字化转型成熟度评估";
		for (int i = 0; i < KEYSTROKES; i++) {
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			WorkbenchDriver.type(widget, typed.charAt(i % typed.length()));
			long typedAt = System.nanoTime();
			widget.getDisplay().update();
			long end = System.nanoTime();
			cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
			nanos.add(end - start);
			paints.add(end - typedAt);
			driver.pump(15);
		}
		driver.waitUntil(editor::showsCurrentText);
		print("keystroke, UI thread, in %s (%d chars), key handling and repaint: %s", editor.path().getFileName(),
				editor.document().getLength(), summary(nanos));
		print("  of which the repaint: %s", summary(paints));
		print("  CPU time of the UI thread for it: %s", summary(cpu));
	}

	private void edits(MaturityEditor weights, List<MaturityEditor> all) {
		all.forEach(e -> e.figures().reset());
		int at = weights.document().get().indexOf("组织建设 3%") + "组织建设 ".length();
		List<Long> visible = new ArrayList<>();
		int checksBefore = weights.session().checkNanos().size();
		for (int i = 0; i < EDITS; i++) {
			long shows = weights.figures().shows();
			StyledText widget = weights.viewer().getTextWidget();
			widget.setSelection(at, at + 1);
			long typedAt = System.nanoTime();
			WorkbenchDriver.type(widget, i % 2 == 0 ? '4' : '3');
			driver.waitUntil(() -> weights.figures().shows() > shows && weights.showsCurrentText());
			visible.add(weights.figures().lastShownAt() - typedAt);
			driver.pump(50);
		}
		List<Long> shows = new ArrayList<>();
		all.forEach(e -> shows.addAll(e.figures().showNanos()));
		print("showing a check in an editor, UI thread (%d editors open, the whole revision re-checked): %s", all.size(), summary(shows));
		List<Long> checks = weights.session().checkNanos();
		print("checking the whole revision and preparing the open editors (worker thread): %s",
				summary(checks.subList(checksBefore, checks.size())));
		List<Long> checkCpu = weights.session().checkCpuNanos();
		print("  CPU time of the worker thread for it: %s", summary(checkCpu.subList(checksBefore, checkCpu.size())));
		print("findings visible after the last keystroke (pause of %d ms included): %s", RevisionSession.DEBOUNCE_MS, summary(visible));
	}

	static String summary(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		sorted.sort(null);
		return String.format(Locale.ROOT, "median %.1f ms, 95th percentile %.1f ms, max %.1f ms (n = %d)", percentile(sorted, 50) / 1e6,
				percentile(sorted, 95) / 1e6, sorted.get(sorted.size() - 1) / 1e6, sorted.size());
	}

	/** Nearest rank. */
	static long percentile(List<Long> sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	private static void print(String format, Object... args) {
		System.out.println("mwb benchmark: " + String.format(Locale.ROOT, format, args));
	}
}
