package com.maturityworkbench.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import com.maturityworkbench.dsl.ide.MaturityIdeSetup;

/**
 * The language server of the revision language: Xtext's {@link LanguageServerImpl} ({@link RevisionLanguageServer}) over a stream pair (stdio for
 * {@code mwb lsp}), with the language's ide services — diagnostics with our issue codes and messages, the quick
 * fixes as code actions, the formatter, hover, completion, document symbols, go to definition. The language is
 * registered directly (not found through {@code META-INF/services}, which OSGi does not share between bundles). A
 * workspace folder is one project: every {@code *.maturity} file in it is loaded, so a revision's files see each
 * other, and every file of a revision depends on the others ({@code RevisionDependencies}).
 */
public final class MaturityLanguageServer {
	/** The revision files' extension (as {@code plugin.xml} and the generated setup declare it). */
	public static final String FILE_EXTENSION = "maturity";

	private MaturityLanguageServer() {
	}

	/**
	 * The server's injector: Xtext's server module, with a registry that holds the revision language and with
	 * {@code exit} ending the connection (Xtext's default ends the whole process).
	 */
	static Injector injector(ConnectionEnd end) {
		Injector language = new MaturityIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put(FILE_EXTENSION, language.getInstance(IResourceServiceProvider.class));
		return Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
			binder.bind(ILanguageServerShutdownAndExitHandler.class).toInstance(end);
			binder.bind(LanguageServerImpl.class).to(RevisionLanguageServer.class);
		}));
	}

	/**
	 * Serves one client over {@code in} and {@code out} until the client's {@code exit} or the end of {@code in}.
	 */
	public static void serve(InputStream in, OutputStream out) throws InterruptedException {
		ConnectionEnd end = new ConnectionEnd();
		LanguageServerImpl server = injector(end).getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		end.onExit(() -> listening.cancel(true));
		try {
			listening.get();
		} catch (ExecutionException | CancellationException e) {
			// the client said exit, or closed the connection
		}
	}

	/** {@code shutdown} does nothing more than Xtext's server does; {@code exit} ends the connection. */
	static final class ConnectionEnd implements ILanguageServerShutdownAndExitHandler {
		private final CompletableFuture<Void> exited = new CompletableFuture<>();

		@Override
		public void shutdown() {
		}

		@Override
		public void exit() {
			exited.complete(null);
		}

		void onExit(Runnable action) {
			exited.thenRun(action);
		}
	}
}
