package com.maturityworkbench.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;

import com.maturityworkbench.dsl.ide.server.MaturityLanguageServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mwb lsp}: the language server over stdio, for editors with a generic LSP client (VS Code, Neovim, Emacs):
 * diagnostics, quick fixes as code actions, formatting, hover, completion, document symbols, go to definition, on the
 * workspace folder the client opens (a revision's folder). Messages in Chinese unless {@code --lang en}. While it
 * serves, stdout carries the protocol alone: anything else printed goes to stderr.
 */
@Command(name = "lsp")
final class LspCommand implements MwbSubcommand {
	@Mixin
	HelpOption help;

	@Override
	public ExitCode run(CommandContext context) {
		LanguageServices.injector(); // logging switched off before the server starts
		boolean stdio = context.out() == System.out;
		OutputStream protocol = stdio ? new FileOutputStream(FileDescriptor.out) : context.out();
		PrintStream before = System.out;
		if (stdio) {
			System.setOut(System.err);
		}
		try {
			MaturityLanguageServer.serve(context.in(), protocol);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			System.setOut(before);
		}
		return ExitCode.OK;
	}
}
