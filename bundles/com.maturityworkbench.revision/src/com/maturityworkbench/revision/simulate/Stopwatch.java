package com.maturityworkbench.revision.simulate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Wall-clock and CPU time of a phase: the CPU time is summed over every live thread of the JVM (the parallel streams'
 * workers included), the honest figure on a loaded machine where the wall clock also counts other processes.
 */
final class Stopwatch {
	private final long wall = System.nanoTime();
	private final long cpu = cpuNanos();

	/** Milliseconds since this stopwatch started: wall clock, then CPU. */
	double[] millis() {
		return new double[] { (System.nanoTime() - wall) / 1e6, (cpuNanos() - cpu) / 1e6 };
	}

	private static long cpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		if (!threads.isThreadCpuTimeSupported()) {
			return 0;
		}
		long sum = 0;
		for (long id : threads.getAllThreadIds()) {
			long t = threads.getThreadCpuTime(id);
			sum += Math.max(0, t);
		}
		return sum;
	}
}
