package com.maturityworkbench.ui.generate;

import java.nio.file.Path;

import org.eclipse.swt.program.Program;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWebBrowser;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;

import com.maturityworkbench.ui.UiTexts;

/** Opens the generated HTML documentation: in the workbench's internal browser if it has one, else the system's. */
public final class GeneratedDocumentation {
	private static final String BROWSER_ID = "com.maturityworkbench.ui.documentation";

	private GeneratedDocumentation() {
	}

	/** Opens the page; false when no browser could open it (the caller says where the file is). */
	public static boolean open(Path html) {
		try {
			IWorkbenchBrowserSupport support = PlatformUI.getWorkbench().getBrowserSupport();
			IWebBrowser browser = support.isInternalWebBrowserAvailable()
					? support.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.NAVIGATION_BAR, BROWSER_ID,
							UiTexts.text("generate.browser.name"), html.toString())
					: support.getExternalBrowser();
			browser.openURL(html.toUri().toURL());
			return true;
		} catch (PartInitException | java.net.MalformedURLException e) {
			return Program.launch(html.toString());
		}
	}
}
