package com.maturityworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.apache.log4j.Logger;
import org.junit.jupiter.api.Test;

import com.maturityworkbench.cli.fuzz.LoggedFaults;
import com.maturityworkbench.dsl.validation.MaturityCheck;

/**
 * What a check throws is logged, not thrown (the other checks go on): {@code mwb fuzz} counts it as a crash through
 * {@link LoggedFaults}, which keeps the errors of the thread that checks one mutant, and of no other thread.
 */
class LoggedFaultsTest {
	private static final class Faulty extends MaturityCheck {
		void failWith(Throwable t) {
			handleExceptionDuringValidation(t);
		}
	}

	@Test
	public void aCheckThatThrowsIsKeptForTheThreadThatChecks() throws InterruptedException {
		LoggedFaults.install();
		LoggedFaults.start();
		NullPointerException npe = new NullPointerException("cell.level");
		new Faulty().failWith(npe);
		Thread other = new Thread(() -> Logger.getLogger("another thread").error("not this mutant's", new IllegalStateException()));
		other.start();
		other.join();
		Logger.getLogger("quiet").warn("a warning is no fault");
		List<LoggedFaults.Fault> faults = LoggedFaults.stop();
		assertEquals(1, faults.size(), faults::toString);
		assertSame(npe, faults.get(0).exception());
		assertEquals("a check of Faulty failed", faults.get(0).message());
		assertEquals(List.of(), LoggedFaults.stop(), "stopped: nothing kept any more");
	}

	@Test
	public void anErrorLoggedWithoutAnExceptionCountsToo() {
		LoggedFaults.install();
		LoggedFaults.start();
		Logger.getLogger("org.eclipse.xtext.linking").error("resolution failed");
		List<LoggedFaults.Fault> faults = LoggedFaults.stop();
		assertEquals(1, faults.size());
		assertEquals("resolution failed", faults.get(0).message());
		assertEquals(null, faults.get(0).exception());
	}
}
