package com.maturityworkbench.cli.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * The errors logged while a mutant is checked. Xtext catches what a check, the linker or the resource validator
 * throws and logs it instead (the command line switches logging off), so an exception there never reaches
 * {@link MutantCheck}; installed on the root logger, this appender keeps the errors each checking thread logs, and
 * {@link MutantCheck} counts every one as a crash.
 */
public final class LoggedFaults extends AppenderSkeleton {
	/** An error logged: its message and its exception (null when it logged none). */
	public record Fault(String message, Throwable exception) {
	}

	private static final ThreadLocal<List<Fault>> CAPTURED = new ThreadLocal<>();
	private static boolean installed;

	/** Puts the appender on the root logger and lets errors through (once per process). */
	public static synchronized void install() {
		if (installed) {
			return;
		}
		Logger root = Logger.getRootLogger();
		root.addAppender(new LoggedFaults());
		if (root.getLevel() == null || !Level.ERROR.isGreaterOrEqual(root.getLevel())) {
			root.setLevel(Level.ERROR);
		}
		installed = true;
	}

	/** Starts keeping the errors this thread logs. */
	public static void start() {
		CAPTURED.set(new ArrayList<>());
	}

	/** The errors this thread logged since {@link #start()}, and stops keeping them. */
	public static List<Fault> stop() {
		List<Fault> faults = CAPTURED.get();
		CAPTURED.remove();
		return faults == null ? List.of() : faults;
	}

	@Override
	protected void append(LoggingEvent event) {
		List<Fault> faults = CAPTURED.get();
		if (faults != null && event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			faults.add(new Fault(event.getRenderedMessage(), event.getThrowableInformation() == null ? null : event.getThrowableInformation().getThrowable()));
		}
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}

	@Override
	public void close() {
		// nothing held
	}
}
