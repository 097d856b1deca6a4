package com.maturityworkbench.ui.editor.navigation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import com.maturityworkbench.ui.editor.MaturityEditor;

/** 打开定义 (F3): the definition of what is at the caret (see {@link MaturityEditor#openDefinition(int)}). */
public class OpenDefinitionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof MaturityEditor editor) {
			editor.openDefinition(editor.caretOffset());
		}
		return null;
	}
}
