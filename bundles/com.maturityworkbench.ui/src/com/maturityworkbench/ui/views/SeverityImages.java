package com.maturityworkbench.ui.views;

import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.diagnostics.Severity;

/** The workbench's shared icon of a finding's severity (error, warning, info), as the Problems view shows them. */
public final class SeverityImages {
	private SeverityImages() {
	}

	public static Image of(Severity severity) {
		String key = switch (severity) {
		case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		default -> ISharedImages.IMG_OBJS_INFO_TSK;
		};
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}
}
