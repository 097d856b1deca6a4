package com.maturityworkbench.dsl.ide.quickfix;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;

/**
 * What a {@code DiagnosticResolution} needs of a language server when it runs in process: the resource set that
 * already holds the resource being fixed. No initialize parameters, so edits come back as
 * {@code WorkspaceEdit.changes}. Nothing else is offered.
 */
final class InProcessLanguageServerAccess implements ILanguageServerAccess {
	private final ResourceSet resourceSet;

	InProcessLanguageServerAccess(ResourceSet resourceSet) {
		this.resourceSet = resourceSet;
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return resourceSet;
	}

	@Override
	public InitializeParams getInitializeParams() {
		return null;
	}

	@Override
	public InitializeResult getInitializeResult() {
		return null;
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		throw new UnsupportedOperationException("no language server: quick fixes run in process");
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		throw new UnsupportedOperationException("no language server: quick fixes run in process");
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		throw new UnsupportedOperationException("no language server: quick fixes run in process");
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		throw new UnsupportedOperationException("no language server: quick fixes run in process");
	}
}
