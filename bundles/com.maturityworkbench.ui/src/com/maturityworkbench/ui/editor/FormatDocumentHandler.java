package com.maturityworkbench.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** 格式化文档 (Ctrl+Shift+F, the Source menu, the editor's context menu). */
public class FormatDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof MaturityEditor editor) {
			editor.formatDocument();
		}
		return null;
	}
}
