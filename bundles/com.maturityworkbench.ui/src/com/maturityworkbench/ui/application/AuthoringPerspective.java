package com.maturityworkbench.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * 标准编写: the editor area, the outline on the right, the Problems view below. The views of the weight tables,
 * the findings and the simulation take their places in these folders.
 */
public class AuthoringPerspective implements IPerspectiveFactory {
	public static final String ID = "com.maturityworkbench.ui.perspective.authoring";
	public static final String RIGHT = "com.maturityworkbench.ui.folder.right";
	public static final String BOTTOM = "com.maturityworkbench.ui.folder.bottom";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout right = layout.createFolder(RIGHT, IPageLayout.RIGHT, 0.74f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
	}
}
