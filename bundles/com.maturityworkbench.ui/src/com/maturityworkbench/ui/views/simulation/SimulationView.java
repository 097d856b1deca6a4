package com.maturityworkbench.ui.views.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import com.maturityworkbench.assessment.AssessmentFiles;
import com.maturityworkbench.assessment.AssessmentInputException;
import com.maturityworkbench.assessment.AssessmentMapper;
import com.maturityworkbench.assessment.AssessmentWriters;
import com.maturityworkbench.assessment.InputIssue;
import com.maturityworkbench.assessment.WrittenAssessment;
import com.maturityworkbench.assessment.report.Decimals;
import com.maturityworkbench.dsl.workspace.RevisionWorkspaceService;
import com.maturityworkbench.scoring.Rational;
import com.maturityworkbench.scoring.assessment.AssessmentException;
import com.maturityworkbench.scoring.assessment.CompositeAssessment;
import com.maturityworkbench.scoring.assessment.CompositeUnit;
import com.maturityworkbench.scoring.assessment.OutputBasis;
import com.maturityworkbench.scoring.engine.LevelDetermination;
import com.maturityworkbench.scoring.model.ModelException;
import com.maturityworkbench.scoring.model.RatingValue;
import com.maturityworkbench.scoring.model.RevisionModel;
import com.maturityworkbench.scoring.model.SectorModel;
import com.maturityworkbench.scoring.model.SubdomainRef;
import com.maturityworkbench.scoring.result.BothReadings;
import com.maturityworkbench.scoring.result.CompositeResult;
import com.maturityworkbench.scoring.result.Determination;
import com.maturityworkbench.scoring.result.LevelScore;
import com.maturityworkbench.scoring.result.CompositePlan;
import com.maturityworkbench.scoring.result.CompositePlanStep;
import com.maturityworkbench.scoring.result.NextLevelPlan;
import com.maturityworkbench.scoring.result.PlanStep;
import com.maturityworkbench.scoring.result.ScoreResult;
import com.maturityworkbench.scoring.result.SubdomainScore;
import com.maturityworkbench.ui.LanguageServices;
import com.maturityworkbench.ui.UiTexts;
import com.maturityworkbench.ui.editor.MaturityEditor;
import com.maturityworkbench.ui.revision.RevisionSession;
import com.maturityworkbench.ui.revision.RevisionSessions;
import com.maturityworkbench.ui.revision.RevisionSnapshot;
import com.maturityworkbench.ui.views.simulation.RatingTree.Kind;
import com.maturityworkbench.ui.views.simulation.RatingTree.Node;

/**
 * 评估模拟: rates the clauses of the revision in the active editor and shows what the runtime makes of them, live —
 * A(1..5), the met flags, S and the level under both readings of {@code progressive}, charts of A(i) with the declared
 * threshold and of the domain scores, and the plan to the next level. The sector (or a composite enterprise of units
 * with their outputs) and the tailored subdomains are chosen here; assessments are opened and saved in the formats of
 * {@code mwb score} through the assessment library. The view computes nothing itself: the scoring model comes from
 * the revision workspace service, every figure from the scoring engine.
 *
 * <p>It follows the revision of the active editor: after each check of that revision (which the editors run) its
 * scoring model is built again off the UI thread, and the ratings given so far are kept by clause id. Scoring one
 * rating change runs on the UI thread (it takes a few milliseconds: {@link #updateNanos()}).
 */
public class SimulationView extends ViewPart {
	public static final String ID = "com.maturityworkbench.ui.views.simulation";
	/** How often the view looks for a newer check of the followed revision. */
	private static final int FOLLOW_MS = 250;

	private final RevisionWorkspaceService workspace = LanguageServices.get(RevisionWorkspaceService.class);
	private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "mwb simulation revision");
		t.setDaemon(true);
		return t;
	});
	private final List<SimulationUnit> units = new ArrayList<>();
	private final List<Long> updateNanos = new ArrayList<>();
	private final List<Long> scoringNanos = new ArrayList<>();
	private List<String[]> planRows = List.of();
	private final Runnable follow = this::follow;
	private RevisionSession session;
	private RevisionSnapshot followed;
	private SimulatedRevision revision;
	private SectorModel sectorModel;
	private boolean composite;
	private int current;
	private SimulationResult result;
	private int loads;

	private Label status;
	private Combo sector;
	private Composite unitsPanel;
	private TableViewer unitsViewer;
	private CheckboxTableViewer tailoring;
	private Combo rateLevel;
	private Combo rateValue;
	private Button rate;
	private TreeViewer tree;
	private Table levels;
	private final Label[] totals = new Label[2];
	private final Label[] levelNames = new Label[2];
	private LevelChart levelChart;
	private DomainChart domainChart;
	private Label planTitle;
	private Table plan;
	private List<String[]> enterprisePlanRows = List.of();
	private Composite enterprisePanel;
	private Label enterprisePlanTitle;
	private Table enterprisePlan;

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof MaturityEditor editor && editor.path() != null) {
				session = RevisionSessions.of(editor.path());
				follow();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		createTopBar(parent);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createRatingSide(new Composite(sash, SWT.NONE));
		createResultSide(new Composite(sash, SWT.NONE));
		sash.setWeights(55, 45);
		getSite().getPage().addPartListener(editors);
		if (getSite().getPage().getActiveEditor() instanceof MaturityEditor editor && editor.path() != null) {
			session = RevisionSessions.of(editor.path());
		}
		follow();
	}

	private void createTopBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		new Label(bar, SWT.NONE).setText(UiTexts.text("simulation.sector"));
		sector = new Combo(bar, SWT.READ_ONLY);
		sector.addListener(SWT.Selection, e -> sectorChosen());
		Button open = new Button(bar, SWT.PUSH);
		open.setText(UiTexts.text("simulation.open"));
		open.addListener(SWT.Selection, e -> chooseAndOpen());
		Button save = new Button(bar, SWT.PUSH);
		save.setText(UiTexts.text("simulation.save"));
		save.addListener(SWT.Selection, e -> chooseAndSave());
		status = new Label(bar, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
		unitsPanel = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(unitsPanel);
		unitsPanel.setVisible(false);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(unitsPanel);
		unitsViewer = new TableViewer(unitsPanel, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).applyTo(unitsViewer.getControl());
		unitsViewer.getTable().setHeaderVisible(true);
		unitsViewer.setContentProvider(ArrayContentProvider.getInstance());
		UnitColumns.create(this, unitsViewer);
		unitsViewer.addSelectionChangedListener(e -> {
			int i = units.indexOf(((IStructuredSelection) e.getSelection()).getFirstElement());
			if (i >= 0 && i != current) {
				current = i;
				unitChanged();
			}
		});
		Composite buttons = new Composite(unitsPanel, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText(UiTexts.text("simulation.unit.add"));
		add.addListener(SWT.Selection, e -> addUnit());
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText(UiTexts.text("simulation.unit.remove"));
		remove.addListener(SWT.Selection, e -> removeUnit());
	}

	private void createRatingSide(Composite side) {
		GridLayoutFactory.fillDefaults().applyTo(side);
		Group tailor = new Group(side, SWT.NONE);
		tailor.setText(UiTexts.text("simulation.tailoring"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(tailor);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(tailor);
		tailoring = CheckboxTableViewer.newCheckList(tailor, SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 84).applyTo(tailoring.getControl());
		tailoring.setContentProvider(ArrayContentProvider.getInstance());
		tailoring.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				SubdomainRef s = (SubdomainRef) element;
				return UiTexts.text("simulation.tailoring.item", s.id(), Decimals.percent(s.subdomain().weight()));
			}
		});
		tailoring.addCheckStateListener(e -> {
			SubdomainRef s = (SubdomainRef) e.getElement();
			if (e.getChecked()) {
				unit().tailored.add(s.id());
			} else {
				unit().tailored.remove(s.id());
			}
			rescore();
		});
		Composite bar = new Composite(side, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		new Label(bar, SWT.NONE).setText(UiTexts.text("simulation.rate.label"));
		rateLevel = new Combo(bar, SWT.READ_ONLY);
		rateValue = new Combo(bar, SWT.READ_ONLY);
		rate = new Button(bar, SWT.PUSH);
		rate.setText(UiTexts.text("simulation.rate"));
		rate.addListener(SWT.Selection, e -> rateSelection());
		tree = new TreeViewer(side, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(tree.getControl());
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((Node) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Node) element).children().isEmpty();
			}
		});
		column(UiTexts.text("simulation.column.item"), 330, this::itemText);
		TreeViewerColumn rating = column(UiTexts.text("simulation.column.rating"), 100, this::ratingText);
		rating.setEditingSupport(new RatingEditing(this, tree));
		column(UiTexts.text("simulation.column.score"), 70, this::scoreText);
		column(UiTexts.text("simulation.column.weight"), 70, this::weightText);
	}

	private TreeViewerColumn column(String title, int width, java.util.function.Function<Node, String> text) {
		TreeViewerColumn c = new TreeViewerColumn(tree, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Node) element);
			}

			@Override
			public String getToolTipText(Object element) {
				Node n = (Node) element;
				return n.kind() == Kind.CLAUSE ? revision.clause(n.clauseId()).map(WrittenAssessment.ClauseText::text).orElse(null) : null;
			}
		});
		return c;
	}

	private void createResultSide(Composite side) {
		GridLayoutFactory.fillDefaults().margins(4, 0).applyTo(side);
		levels = new Table(side, SWT.BORDER | SWT.FULL_SELECTION);
		levels.setHeaderVisible(true);
		levels.setLinesVisible(true);
		for (String key : List.of("simulation.column.level", "simulation.column.a", "simulation.column.exact", "simulation.column.met-off",
				"simulation.column.met-on")) {
			org.eclipse.swt.widgets.TableColumn c = new org.eclipse.swt.widgets.TableColumn(levels, SWT.NONE);
			c.setText(UiTexts.text(key));
			c.setWidth(key.endsWith("exact") ? 160 : key.contains("met") ? 150 : 60);
		}
		// room for the five levels without scrolling
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, levels.getHeaderHeight() + 6 * levels.getItemHeight()).applyTo(levels);
		Composite totalsGrid = new Composite(side, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(totalsGrid);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(totalsGrid);
		for (int reading = 0; reading < 2; reading++) {
			new Label(totalsGrid, SWT.NONE).setText(UiTexts.text(reading == 0 ? "simulation.reading.off" : "simulation.reading.on"));
			totals[reading] = new Label(totalsGrid, SWT.NONE);
			GridDataFactory.fillDefaults().hint(110, SWT.DEFAULT).applyTo(totals[reading]);
			levelNames[reading] = new Label(totalsGrid, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(levelNames[reading]);
		}
		levelChart = new LevelChart(side);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 150).applyTo(levelChart);
		domainChart = new DomainChart(side);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 150).applyTo(domainChart);
		planTitle = new Label(side, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(planTitle);
		plan = planTable(side, List.of("simulation.plan.step", "simulation.plan.clause", "simulation.plan.text", "simulation.plan.before",
				"simulation.plan.total", "simulation.plan.level"), () -> planRows);
		enterprisePanel = new Composite(side, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).exclude(true).applyTo(enterprisePanel);
		GridLayoutFactory.fillDefaults().applyTo(enterprisePanel);
		enterprisePanel.setVisible(false);
		enterprisePlanTitle = new Label(enterprisePanel, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(enterprisePlanTitle);
		enterprisePlan = planTable(enterprisePanel, List.of("simulation.plan.step", "simulation.plan.unit-column", "simulation.plan.clause",
				"simulation.plan.text", "simulation.plan.before", "simulation.plan.total", "simulation.plan.level"), () -> enterprisePlanRows);
	}

	/** A virtual plan table: only the rows shown are made (a plan from a low score has hundreds of steps). */
	private static Table planTable(Composite parent, List<String> columns, java.util.function.Supplier<List<String[]>> rows) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			int index = table.indexOf(item);
			if (index >= 0 && index < rows.get().size()) {
				item.setText(rows.get().get(index));
			}
		});
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(table);
		for (String key : columns) {
			org.eclipse.swt.widgets.TableColumn c = new org.eclipse.swt.widgets.TableColumn(table, SWT.NONE);
			c.setText(UiTexts.text(key));
			c.setWidth(switch (key) {
			case "simulation.plan.clause" -> 170;
			case "simulation.plan.text" -> 220;
			case "simulation.plan.step" -> 44;
			default -> 70;
			});
		}
		return table;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		loader.shutdownNow();
		super.dispose();
	}

	// following the revision of the active editor

	private void follow() {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		RevisionSnapshot latest = session == null ? null : session.latest();
		if (latest != null && latest != followed) {
			followed = latest;
			Map<Path, String> texts = SimulatedRevision.texts(latest);
			if (revision == null || !revision.folder().equals(latest.folder()) || !revision.texts().equals(texts)) {
				loader.execute(() -> {
					SimulatedRevision loaded = SimulatedRevision.of(workspace, latest);
					tree.getControl().getDisplay().asyncExec(() -> revisionLoaded(loaded));
				});
			}
		}
		tree.getControl().getDisplay().timerExec(FOLLOW_MS, follow);
	}

	private void revisionLoaded(SimulatedRevision loaded) {
		if (tree.getControl().isDisposed()) {
			return;
		}
		loads++;
		revision = loaded;
		if (!loaded.usable()) {
			sectorModel = null;
			setStatus(UiTexts.text("simulation.refused", loaded.refusal()), true);
			tree.setInput(List.of());
			clearResults();
			return;
		}
		RevisionModel model = loaded.model();
		List<String> sectors = model.sectors();
		if (units.isEmpty()) {
			units.add(new SimulationUnit(UiTexts.text("simulation.unit.default-name", 1), sectors.get(0)));
		}
		units.forEach(u -> {
			if (!sectors.contains(u.sector)) {
				u.sector = sectors.get(0);
			}
		});
		current = Math.min(current, units.size() - 1);
		List<String> items = new ArrayList<>(sectors);
		items.add(UiTexts.text("simulation.composite"));
		sector.setItems(items.toArray(String[]::new));
		rateLevel.setItems(concat(UiTexts.text("simulation.rate.all-levels"), model.levels()));
		rateLevel.select(0);
		rateValue.setItems(model.scale().values().stream().map(RatingValue::name).toArray(String[]::new));
		rateValue.select(0);
		setStatus(UiTexts.text("simulation.revision", model.revisionId(), model.standardCode() == null ? "" : model.standardCode()), false);
		unitChanged();
	}

	private static String[] concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all.toArray(String[]::new);
	}

	// the enterprise, its units, sector and tailoring

	private SimulationUnit unit() {
		return units.get(current);
	}

	private void sectorChosen() {
		if (revision == null || !revision.usable()) {
			return;
		}
		RevisionModel model = revision.model();
		int i = sector.getSelectionIndex();
		if (i == model.sectors().size()) {
			setComposite(true);
		} else if (i >= 0) {
			unit().sector = model.sectors().get(i);
			setComposite(false);
		}
		unitChanged();
	}

	private void setComposite(boolean on) {
		composite = on;
		unitsPanel.setVisible(on);
		((org.eclipse.swt.layout.GridData) unitsPanel.getLayoutData()).exclude = !on;
		unitsPanel.getParent().layout(true, true);
		enterprisePanel.setVisible(on);
		((org.eclipse.swt.layout.GridData) enterprisePanel.getLayoutData()).exclude = !on;
		enterprisePanel.getParent().layout(true, true);
		if (!on && units.size() > 1) {
			SimulationUnit kept = unit();
			units.clear();
			units.add(kept);
			current = 0;
		}
	}

	private void addUnit() {
		if (revision == null || !revision.usable()) {
			return;
		}
		SimulationUnit u = new SimulationUnit(UiTexts.text("simulation.unit.default-name", units.size() + 1), revision.model().sectors().get(0));
		units.add(u);
		current = units.size() - 1;
		unitChanged();
	}

	private void removeUnit() {
		if (units.size() > 1) {
			units.remove(current);
			current = Math.max(0, current - 1);
			unitChanged();
		}
	}

	/** The unit being rated changed (or its sector, or the revision): tree, tailoring list and scores again. */
	void unitChanged() {
		if (revision == null || !revision.usable()) {
			return;
		}
		RevisionModel model = revision.model();
		SimulationUnit u = unit();
		sectorModel = SectorModel.of(model, u.sector);
		sector.select(composite ? model.sectors().size() : model.sectors().indexOf(u.sector));
		unitsViewer.setInput(units);
		unitsViewer.getTable().select(current);
		List<SubdomainRef> tailorable = sectorModel.subdomains().stream().filter(s -> model.tailoring().allows(s.id())).toList();
		tailoring.setInput(tailorable);
		Object[] tailored = tailorable.stream().filter(s -> u.tailored.contains(s.id())).toArray();
		tailoring.setCheckedElements(tailored);
		if (tailored.length > 0) {
			tailoring.reveal(tailored[0]);
		}
		Object[] expanded = tree.getExpandedElements();
		tree.setInput(RatingTree.of(sectorModel));
		tree.setExpandedElements(expanded);
		rescore();
	}

	// rating

	private void rateSelection() {
		if (sectorModel == null) {
			return; // no revision to rate (none yet, or one with errors)
		}
		List<Node> nodes = new ArrayList<>();
		for (Object o : ((IStructuredSelection) tree.getSelection()).toList()) {
			nodes.add((Node) o);
		}
		if (nodes.isEmpty()) {
			nodes.addAll(RatingTree.of(sectorModel));
		}
		int level = rateLevel.getSelectionIndex() - 1;
		Rational value = revision.model().scale().value(Math.max(0, rateValue.getSelectionIndex()));
		rate(RatingTree.clauses(nodes, level, sectorModel), value);
	}

	/** Rates the clauses and scores again. */
	void rate(List<String> clauseIds, Rational value) {
		unit().rate(clauseIds, value);
		rescore();
	}

	/** Scores the simulation and shows the result; a rating the revision does not accept is shown as a problem. */
	void rescore() {
		if (sectorModel == null) {
			return;
		}
		long start = System.nanoTime();
		RevisionModel model = revision.model();
		try {
			var assessment = unit().assessment(model);
			ScoreResult unitResult = revision.engine().score(assessment);
			Determination unitOther = revision.engine().determine(assessment, !model.determination().progressive());
			BothReadings<Determination> determinations;
			CompositePlan enterprise = null;
			if (composite) {
				List<CompositeUnit> parts = units.stream().map(u -> new CompositeUnit(u.name, u.sector, u.output, u.assessment(model))).toList();
				BothReadings<CompositeResult> both = revision.engine()
						.scoreCompositeBothReadings(new CompositeAssessment(model.revisionId(), OutputBasis.VALUES, parts));
				determinations = new BothReadings<>(both.independent().determination(), both.progressive().determination());
				enterprise = (model.determination().progressive() ? both.progressive() : both.independent()).plan();
			} else {
				determinations = new BothReadings<>(model.determination().progressive() ? unitOther : unitResult.determination(),
						model.determination().progressive() ? unitResult.determination() : unitOther);
			}
			synchronized (updateNanos) {
				scoringNanos.add(System.nanoTime() - start);
			}
			show(new SimulationResult(determinations, unitResult, enterprise));
			setStatus(UiTexts.text("simulation.revision", model.revisionId(), model.standardCode() == null ? "" : model.standardCode()), false);
		} catch (AssessmentException | ModelException e) {
			clearResults();
			setStatus(UiTexts.text("simulation.unscorable", e.getMessage()), true);
		}
		synchronized (updateNanos) {
			updateNanos.add(System.nanoTime() - start);
		}
	}

	private void show(SimulationResult r) {
		result = r;
		RevisionModel model = revision.model();
		Determination off = r.of(false);
		Determination on = r.of(true);
		if (levels.getItemCount() != model.levelCount()) {
			levels.removeAll();
			for (int i = 0; i < model.levelCount(); i++) {
				new TableItem(levels, SWT.NONE);
			}
		}
		for (int i = 0; i < model.levelCount(); i++) {
			LevelScore l = off.levels().get(i);
			TableItem item = levels.getItem(i);
			item.setText(new String[] { l.name(), Decimals.decimal(l.score()), l.score().toExactString(), yesNo(l.met()), yesNo(on.levels().get(i).met()) });
		}
		for (int reading = 0; reading < 2; reading++) {
			Determination d = reading == 0 ? off : on;
			totals[reading].setText(UiTexts.text("simulation.total", Decimals.decimal(d.total())));
			levelNames[reading].setText(d.levelLabel() + (model.determination().progressive() == (reading == 1) ? UiTexts.text("simulation.declared") : ""));
		}
		Determination declared = r.of(model.determination().progressive());
		levelChart.show(new LevelChart.Data(model.levels(), declared.scores(), declared.levels().stream().map(LevelScore::met).toList(),
				model.determination().threshold()));
		domainChart.show(model.levels(), r.unit().domains());
		showPlan(r.unit().nextLevelPlan());
		showEnterprisePlan(r.enterprise());
		tree.refresh(true);
		unitsViewer.refresh(true);
	}

	private void showPlan(NextLevelPlan p) {
		String who = composite ? UiTexts.text("simulation.plan.unit", unit().name) : "";
		if (p.atTopLevel()) {
			planTitle.setText(who + UiTexts.text("simulation.plan.top"));
		} else if (!p.reachable()) {
			planTitle.setText(who + UiTexts.text("simulation.plan.unreachable", p.targetLevelName()));
		} else {
			planTitle.setText(who + UiTexts.text("simulation.plan.title", p.targetLevelName(), p.targetTotal().toExactString(), p.size()));
		}
		List<String[]> rows = new ArrayList<>();
		for (PlanStep s : p.steps()) {
			rows.add(planRow(rows.size() + 1, null, s));
		}
		planRows = rows;
		plan.clearAll();
		plan.setItemCount(rows.size());
		planTitle.requestLayout();
	}

	/** The enterprise's plan of a composite: the fewest (unit, clause) raises, S and the level after are the composite's. */
	private void showEnterprisePlan(CompositePlan p) {
		List<String[]> rows = new ArrayList<>();
		if (p == null) {
			enterprisePlanTitle.setText("");
		} else if (p.atTopLevel()) {
			enterprisePlanTitle.setText(UiTexts.text("simulation.plan.enterprise") + UiTexts.text("simulation.plan.top"));
		} else if (p.beyondLimit()) {
			enterprisePlanTitle.setText(UiTexts.text("simulation.plan.enterprise") + UiTexts.text("simulation.plan.beyond", p.searchSize(), p.searchLimit()));
		} else if (!p.reachable()) {
			enterprisePlanTitle.setText(UiTexts.text("simulation.plan.enterprise") + UiTexts.text("simulation.plan.unreachable", p.targetLevelName()));
		} else {
			enterprisePlanTitle.setText(UiTexts.text("simulation.plan.enterprise")
					+ UiTexts.text("simulation.plan.title", p.targetLevelName(), p.targetTotal().toExactString(), p.size()));
			for (CompositePlanStep s : p.steps()) {
				rows.add(planRow(rows.size() + 1, s.unitName(), s.step()));
			}
		}
		enterprisePlanRows = rows;
		enterprisePlan.clearAll();
		enterprisePlan.setItemCount(rows.size());
		enterprisePlanTitle.requestLayout();
	}

	/** One row of a plan table; {@code unit} null for the unit's own plan (no unit column). */
	private String[] planRow(int step, String unit, PlanStep s) {
		RevisionModel model = revision.model();
		String text = revision.clause(s.clauseId()).map(WrittenAssessment.ClauseText::text).orElse("");
		List<String> row = new ArrayList<>(List.of(String.valueOf(step)));
		if (unit != null) {
			row.add(unit);
		}
		row.addAll(List.of(s.clauseId(), text, WrittenAssessment.ratingText(model, s.ratingBefore()), Decimals.decimal(s.totalAfter()),
				s.levelAfter() == 0 ? LevelDetermination.belowLabel(model) : model.levels().get(s.levelAfter() - 1)));
		return row.toArray(String[]::new);
	}

	private void clearResults() {
		result = null;
		levels.removeAll();
		planRows = List.of();
		plan.clearAll();
		plan.setItemCount(0);
		planTitle.setText("");
		showEnterprisePlan(null);
		for (int i = 0; i < 2; i++) {
			totals[i].setText("");
			levelNames[i].setText("");
		}
		levelChart.show(null);
		domainChart.show(List.of(), List.of());
	}

	private static String yesNo(boolean b) {
		return UiTexts.text(b ? "simulation.yes" : "simulation.no");
	}

	private void setStatus(String text, boolean problem) {
		status.setText(text);
		status.setForeground(problem ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		status.getParent().layout(true);
	}

	// the tree's columns

	private String itemText(Node n) {
		return switch (n.kind()) {
		case DOMAIN, CELL -> n.label();
		case SUBDOMAIN -> unit().tailored.contains(n.subdomain().id()) ? UiTexts.text("simulation.tailored", n.label()) : n.label();
		case CLAUSE -> {
			WrittenAssessment.ClauseText t = revision.clause(n.clauseId()).orElse(null);
			yield t == null ? n.clauseId() : (t.label() == null ? "" : t.label() + " ") + t.text();
		}
		};
	}

	/** A node's rating: the scale name shared by every clause under it, or 混合. */
	String ratingText(Node n) {
		Set<Rational> values = new HashSet<>();
		for (String id : n.clauseIds()) {
			values.add(unit().rating(revision.model(), id));
		}
		if (values.size() != 1) {
			return values.isEmpty() ? "" : UiTexts.text("simulation.mixed");
		}
		return WrittenAssessment.ratingText(revision.model(), values.iterator().next());
	}

	private String scoreText(Node n) {
		if (result == null || n.subdomain() == null || n.kind() == Kind.CLAUSE) {
			return "";
		}
		SubdomainScore s = result.unit().subdomain(n.subdomain().id());
		if (n.kind() == Kind.CELL) {
			Rational c = s.score(n.level() + 1);
			return c == null ? "—" : Decimals.decimal(c);
		}
		return "";
	}

	private String weightText(Node n) {
		if (result == null || n.subdomain() == null || n.kind() == Kind.CLAUSE) {
			return "";
		}
		SubdomainScore s = result.unit().subdomain(n.subdomain().id());
		return n.kind() == Kind.CELL ? Decimals.percent(s.effectiveWeight(n.level() + 1)) : Decimals.percent(s.weight());
	}

	// opening and saving assessments

	private void chooseAndOpen() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.json;*.csv;*.xlsx", "*.*" });
		String file = dialog.open();
		if (file != null) {
			open(Path.of(file));
		}
	}

	private void chooseAndSave() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(composite ? new String[] { "*.json" } : new String[] { "*.json", "*.csv", "*.xlsx" });
		String file = dialog.open();
		if (file != null) {
			save(Path.of(file));
		}
	}

	/**
	 * Opens an assessment file (JSON single or composite, CSV, XLSX) of the followed revision: its sector, tailoring
	 * and ratings (every unit's, for a composite) replace the simulation's. A file that cannot be read is reported in
	 * the view, with its issues, and changes nothing.
	 *
	 * @return whether the file was opened
	 */
	public boolean open(Path file) {
		if (revision == null || !revision.usable()) {
			return false;
		}
		try {
			AssessmentFiles.Input input = AssessmentFiles.read(file, file.getFileName().toString(), AssessmentMapper.Revisions.of(revision.model()));
			units.clear();
			if (input instanceof AssessmentFiles.CompositeInput c) {
				for (CompositeUnit cu : c.composite().units()) {
					SimulationUnit u = new SimulationUnit(cu.name(), cu.sector());
					u.load(cu.assessment());
					u.output = cu.output();
					units.add(u);
				}
				current = 0;
				setComposite(true);
			} else {
				SimulationUnit u = new SimulationUnit(UiTexts.text("simulation.unit.default-name", 1), "");
				u.load(((AssessmentFiles.SingleInput) input).mapped().assessment());
				units.add(u);
				current = 0;
				setComposite(false);
			}
			unitChanged();
			setStatus(UiTexts.text("simulation.opened", file.getFileName()), false);
			return true;
		} catch (AssessmentInputException e) {
			setStatus(UiTexts.text("simulation.open-failed", file.getFileName(),
					String.join("；", e.issues().stream().limit(3).map(InputIssue::toString).toList())), true);
			return false;
		}
	}

	/**
	 * Saves the simulation as an assessment in the format the file name says (a composite as JSON), through the
	 * assessment library's writers: {@code mwb score} scores the file as the view does.
	 *
	 * @return whether it was saved
	 */
	public boolean save(Path file) {
		if (sectorModel == null) {
			return false;
		}
		RevisionModel model = revision.model();
		try {
			if (composite) {
				List<CompositeUnit> parts = units.stream().map(u -> new CompositeUnit(u.name, u.sector, u.output, u.assessment(model))).toList();
				AssessmentWriters.saveComposite(file, model, new CompositeAssessment(model.revisionId(), OutputBasis.VALUES, parts));
			} else {
				AssessmentWriters.save(file, new WrittenAssessment(model, unit().assessment(model), id -> revision.clauses().get(id)));
			}
			setStatus(UiTexts.text("simulation.saved", file.getFileName()), false);
			return true;
		} catch (IOException | IllegalArgumentException e) {
			setStatus(UiTexts.text("simulation.save-failed", file.getFileName(), e.getMessage()), true);
			return false;
		}
	}

	// for the units table

	List<SimulationUnit> units() {
		return units;
	}

	RevisionModel model() {
		return revision == null ? null : revision.model();
	}

	SimulationUnit ratedUnit() {
		return unit();
	}

	// what tests, the screenshots and the figures read

	/** The time of every scoring and update of the widgets (nanoseconds, UI thread). */
	public List<Long> updateNanos() {
		synchronized (updateNanos) {
			return List.copyOf(updateNanos);
		}
	}

	/** The part of each {@link #updateNanos() update} spent scoring (the engine: validation, both readings, the plan). */
	public List<Long> scoringNanos() {
		synchronized (updateNanos) {
			return List.copyOf(scoringNanos);
		}
	}

	/** How many times a revision was loaded (to wait for the first). */
	public int loads() {
		return loads;
	}

	/** Whether a revision is loaded and scored. */
	public boolean scored() {
		return result != null;
	}

	public Combo sectorCombo() {
		return sector;
	}

	public CheckboxTableViewer tailoringViewer() {
		return tailoring;
	}

	public Combo rateLevelCombo() {
		return rateLevel;
	}

	public Combo rateValueCombo() {
		return rateValue;
	}

	public Button rateButton() {
		return rate;
	}

	public TreeViewer ratingTree() {
		return tree;
	}

	public Table levelTable() {
		return levels;
	}

	/** The S shown for a reading of {@code progressive}. */
	public Label totalLabel(boolean progressive) {
		return totals[progressive ? 1 : 0];
	}

	/** The level shown for a reading of {@code progressive}. */
	public Label levelLabel(boolean progressive) {
		return levelNames[progressive ? 1 : 0];
	}

	public Label planTitle() {
		return planTitle;
	}

	public Table planTable() {
		return plan;
	}

	public Label enterprisePlanTitle() {
		return enterprisePlanTitle;
	}

	public Table enterprisePlanTable() {
		return enterprisePlan;
	}

	public Label statusLabel() {
		return status;
	}

	public TableViewer unitsViewer() {
		return unitsViewer;
	}
}
