package com.maturityworkbench.ui.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

import com.maturityworkbench.ui.UiTexts;

/** The menus: 文件, 编辑, the contributed ones (源文件), 窗口. */
final class MaturityActionBarAdvisor extends ActionBarAdvisor {
	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction preferences;

	MaturityActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		cut = register(ActionFactory.CUT.create(window));
		copy = register(ActionFactory.COPY.create(window));
		paste = register(ActionFactory.PASTE.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		find = register(ActionFactory.FIND.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(UiTexts.text("menu.file"), IWorkbenchActionConstants.M_FILE);
		file.add(save);
		file.add(saveAll);
		file.add(close);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		MenuManager edit = new MenuManager(UiTexts.text("menu.edit"), IWorkbenchActionConstants.M_EDIT);
		// the groups the text editors' action contributors add to
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(undo);
		edit.add(redo);
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(cut);
		edit.add(copy);
		edit.add(paste);
		edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		edit.add(new Separator());
		edit.add(selectAll);
		edit.add(new Separator());
		edit.add(find);
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new Separator());
		edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager window = new MenuManager(UiTexts.text("menu.window"), IWorkbenchActionConstants.M_WINDOW);
		window.add(preferences);
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
	}
}
