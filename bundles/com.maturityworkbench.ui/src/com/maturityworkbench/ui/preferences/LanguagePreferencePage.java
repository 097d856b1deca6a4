package com.maturityworkbench.ui.preferences;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;

import com.maturityworkbench.scoring.i18n.Language;
import com.maturityworkbench.ui.UiLanguage;
import com.maturityworkbench.ui.UiTexts;

/** 界面语言: Chinese or English, applied when the workbench starts again (it offers to restart). */
public class LanguagePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	private Button chinese;
	private Button english;

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		new Label(area, SWT.WRAP).setText(UiTexts.text("preferences.language.explanation"));
		chinese = new Button(area, SWT.RADIO);
		chinese.setText("中文");
		english = new Button(area, SWT.RADIO);
		english.setText("English");
		Language preferred = UiLanguage.preferred();
		chinese.setSelection(preferred == Language.ZH);
		english.setSelection(preferred == Language.EN);
		return area;
	}

	@Override
	public boolean performOk() {
		Language chosen = english.getSelection() ? Language.EN : Language.ZH;
		boolean changed = chosen != UiLanguage.preferred() || chosen != Language.current();
		UiLanguage.setPreferred(chosen);
		if (changed && MessageDialog.openQuestion(getShell(), UiTexts.text("preferences.language.restart.title"),
				UiTexts.text("preferences.language.restart"))) {
			getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
		}
		return true;
	}
}
