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
		save = register(ActionFactory.SAVE.create(window), "action.save");
		saveAll = register(ActionFactory.SAVE_ALL.create(window), "action.save-all");
		close = register(ActionFactory.CLOSE.create(window), "action.close");
		quit = register(ActionFactory.QUIT.create(window), "action.quit");
		undo = register(ActionFactory.UNDO.create(window), "action.undo");
		redo = register(ActionFactory.REDO.create(window), "action.redo");
		cut = register(ActionFactory.CUT.create(window), "action.cut");
		copy = register(ActionFactory.COPY.create(window), "action.copy");
		paste = register(ActionFactory.PASTE.create(window), "action.paste");
		selectAll = register(ActionFactory.SELECT_ALL.create(window), "action.select-all");
		find = register(ActionFactory.FIND.create(window), "action.find");
		preferences = register(ActionFactory.PREFERENCES.create(window), "action.preferences");
	}

	/** Registers a platform action under our label (the platform's own texts have no Chinese translation here). */
	private IWorkbenchAction register(IWorkbenchAction action, String label) {
		action.setText(UiTexts.text(label));
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
