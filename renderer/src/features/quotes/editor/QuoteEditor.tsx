import { useQueryClient } from '@tanstack/react-query';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ChangeEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { importIssueText } from './import-issue';
import { useNavigate } from 'react-router';
import type {
  ClientSummary,
  EditorQuote,
  MarketReferenceRecord,
  QuoteDraft,
  QuoteRecord,
  RateCardEntry,
  StoredSettings,
  User,
} from '@shared/contract';
import { parseQuoteJson, quoteDefaultsOf, serializeQuote, type QuoteDefaults, type QuoteFlag } from '@shared/quote';
import { ApiError, call } from '../../../api';
import { usePreferences } from '../../../app/preferences';
import { useSession } from '../../../app/session';
import { ConflictView } from '../../../components/ConflictView';
import { Dialog } from '../../../components/Dialog';
import { editorSessionId } from '../../../components/drafts/editorSession';
import { LeaveGuard } from '../../../components/drafts/LeaveGuard';
import { useFormat } from '../../../i18n/format';
import { quoteConflictDifferences } from './conflict';
import { ColumnChooser } from './ColumnChooser';
import { buildQuote, type ErrorTarget } from './document';
import { EditorBanners, EditorStatus, type EditorProblem } from './EditorBanners';
import { EditorToolbar } from './EditorToolbar';
import { fileNameFor, linesCsv, saveFile } from './files';
import { Grid, type FocusRequest } from './Grid';
import { DiscountPanel, HeaderForm, type HeaderPatch } from './HeaderForm';
import { historyReducer, initHistory } from './history';
import { makeLibrary, withMarketReference } from './library';
import { MarketPicker } from './MarketPicker';
import type { LineCell } from './cells';
import { blankSection, editorFromDocument, editorFromRecord, lineCount } from './model';
import { insertSection, locateLine, updateLine, updateQuote, updateSection } from './ops';
import { FlagsPanel, MarketPanel, StrategyHint, TotalsPanel, WorkloadPanel } from './SummaryPanels';
import { useDraftAutosave } from './useDraftAutosave';
import { useEditorShortcuts } from './useEditorShortcuts';
import { useGridActions } from './useGridActions';
import { useGridLayout } from './useGridLayout';
import { useStableFlags } from './stableFlags';
import './quote-editor.css';

export interface EditorData {
  record: QuoteRecord;
  settings: StoredSettings;
  rateCard: RateCardEntry[];
  market: MarketReferenceRecord[];
  clients: ClientSummary[];
  users: User[];
  draft: QuoteDraft | null;
  today: string;
}

const NO_FLAGS: QuoteFlag[] = [];

/** A draft is worth offering when it holds something the stored quote does not. */
function offerable(draft: QuoteDraft | null, initial: EditorQuote): QuoteDraft | null {
  if (!draft) return null;
  return JSON.stringify(draft.state) === JSON.stringify(initial) ? null : draft;
}

/** The quote builder: the grid of lines with live totals from the shared engine beside it. */
export function QuoteEditor({ record, settings, rateCard, market, clients, users, draft, today }: EditorData) {
  const { t } = useTranslation();
  const gridLayout = useGridLayout(useSession().user.id);
  const { lang } = usePreferences();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [history, dispatch] = useReducer(historyReducer, record, (r) => initHistory(editorFromRecord(r)));
  const state = history.present;
  const [base, setBase] = useState(() => ({ revision: record.revision, clean: history.present }));
  const [draftOffer, setDraftOffer] = useState(() => offerable(draft, history.present));
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [picker, setPicker] = useState<{ key: string; search: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<EditorProblem>(null);
  // The quote as someone else stored it, read when a save met their revision (the conflict view's "theirs").
  const [theirs, setTheirs] = useState<QuoteRecord | null>(null);
  const format = useFormat();
  const [notice, setNotice] = useState<string | null>(null);
  const [sessionId] = useState(editorSessionId);
  const roleListId = useId();
  const itemListId = useId();

  const defaults: QuoteDefaults = useMemo(() => quoteDefaultsOf(settings), [settings]);
  const built = useMemo(() => buildQuote(state, defaults, today), [state, defaults, today]);
  // The panels beside the grid follow a beat later: the keystroke and the total paint first.
  // On opening too: the first paint shows the grid and the totals, the panels come right after.
  const deferredComputed = useDeferredValue(built.computed, null);
  const deferredRationale = useDeferredValue(state.rationale, '');
  const library = useMemo(() => makeLibrary(rateCard, market, state.currency), [rateCard, market, state.currency]);
  const autosave = useDraftAutosave({
    quoteId: record.id,
    sessionId,
    baseRevision: base.revision,
    state,
    clean: base.clean,
  });

  const settleDraft = autosave.settled;
  // Actions read the latest state through refs, so they can be one stable object for every row.
  const latest = useRef({ state, built, library, base });
  useLayoutEffect(() => {
    latest.current = { state, built, library, base };
  });

  const focus = useCallback((target: string) => setFocusRequest((r) => ({ target, seq: (r?.seq ?? 0) + 1 })), []);
  const edit = useCallback(
    (change: (q: EditorQuote) => EditorQuote, tag?: string) => dispatch({ type: 'edit', change, tag }),
    [],
  );
  const seal = useCallback(() => dispatch({ type: 'seal' }), []);

  const focusHeader = useCallback((cell: string) => {
    document.querySelector<HTMLElement>(`[data-cell="header:${cell}"]`)?.focus();
  }, []);

  const jumpTo = useCallback(
    (target: ErrorTarget) => {
      if (target.header) {
        const mode = latest.current.state.discountMode;
        focusHeader(
          target.header === 'discountValue' ? `discount-${mode === 'amount' ? 'amount' : 'percent'}` : target.header,
        );
      } else if (target.sectionKey) focus(`${target.sectionKey}:title`);
      else if (target.lineKey) {
        const where = locateLine(latest.current.state, target.lineKey);
        if (where && latest.current.state.sections[where[0]]?.collapsed)
          edit((q) => updateSection(q, where[0], { collapsed: false }));
        focus(`${target.lineKey}:${target.cell ?? 'name'}`);
      }
    },
    [edit, focus, focusHeader],
  );

  const openPicker = useCallback((key: string, search: string) => setPicker({ key, search }), []);
  const { rowActions, sectionActions, openedDeliverables } = useGridActions({
    latest,
    edit,
    focus,
    seal,
    openPicker,
    notify: setNotice,
    t,
  });

  const addNewSection = useCallback(() => {
    const n = latest.current.state.sections.length + 1;
    const section = blankSection(t('quoteEditor.newSectionTitle', { n }));
    edit((q) => insertSection(q, q.sections.length, section));
    focus(`${section.key}:title`);
  }, [edit, focus, t]);

  const onHeaderChange = useCallback(
    (patch: HeaderPatch, tag?: string) => edit((q) => updateQuote(q, patch), tag),
    [edit],
  );

  const save = useCallback(
    /**
     * True when the quote is stored; false when it was refused (the reason is on screen). `over`:
     * keep mine after a conflict — saved on top of their revision, which the audit entry names.
     */
    async (over: QuoteRecord | null = null): Promise<boolean> => {
      const { built: b, state: snapshot, base: current } = latest.current;
      if (b.errorCount > 0) {
        setProblem({ kind: 'invalid' });
        if (b.firstError) jumpTo(b.firstError);
        return false;
      }
      setSaving(true);
      setNotice(null);
      try {
        // A draft write in flight lands first: the save then discards it, never the other way round.
        await settleDraft();
        const revision = over ? over.revision : current.revision;
        const saved = await call('quotes.save', {
          id: record.id,
          revision,
          clientId: snapshot.clientId,
          ownerId: snapshot.ownerId,
          document: b.document,
          lineMeta: b.lineMeta,
          sessionId,
          ...(over ? { overwrite: true } : {}),
        });
        setBase({ revision: saved.revision, clean: snapshot });
        setProblem(null);
        setTheirs(null);
        setDraftOffer(null);
        setNotice(t('quoteEditor.savedRevision', { revision: saved.revision }));
        void queryClient.invalidateQueries({ queryKey: ['quotes.list'] });
        return true;
      } catch (error) {
        const conflict = error instanceof ApiError && error.code === 'conflict';
        // What they saved, to show beside mine; mine stays in the editor and in its autosaved draft.
        if (conflict) setTheirs(await call('quotes.get', { id: record.id }).catch(() => null));
        setProblem({ kind: conflict ? 'conflict' : 'error', error });
        return false;
      } finally {
        setSaving(false);
      }
    },
    [record.id, sessionId, jumpTo, queryClient, t, settleDraft],
  );

  const loadStored = async () => {
    const stored = theirs ?? (await call('quotes.get', { id: record.id }));
    const next = editorFromRecord(stored);
    // Kept in the undo history: the edits just replaced are one Ctrl+Z away.
    dispatch({ type: 'reset', state: next, keepPast: true });
    setBase({ revision: stored.revision, clean: next });
    setProblem(null);
    setTheirs(null);
  };

  useEditorShortcuts({
    undo: useCallback(() => dispatch({ type: 'undo' }), []),
    redo: useCallback(() => dispatch({ type: 'redo' }), []),
    save: useCallback(() => void save(), [save]),
    newSection: addNewSection,
  });

  const flags = useStableFlags(built.computed?.flags ?? NO_FLAGS);
  const deferredFlags = useStableFlags(deferredComputed?.flags ?? NO_FLAGS);
  // Keyed by the flag's line id (the editor gives every line its key as id), so the sets follow
  // the flags alone: an unchanged list keeps them, and the rows' props, the same.
  const { flaggedLines, unexplainedLines } = useMemo(() => {
    const flagged = new Set<string>();
    const unexplained = new Set<string>();
    for (const f of flags) {
      const key = f.lineId;
      if (key === undefined) continue;
      flagged.add(key);
      if (f.code === 'market_gap_unexplained') unexplained.add(key);
    }
    return { flaggedLines: flagged, unexplainedLines: unexplained };
  }, [flags]);

  const onFlag = useCallback(
    (flag: QuoteFlag) => {
      if (flag.lineIndex !== undefined && flag.sectionIndex !== undefined) {
        const key = latest.current.state.sections[flag.sectionIndex]?.lines[flag.lineIndex]?.key;
        if (key) jumpTo({ lineKey: key, cell: flag.code === 'stale_market_reference' ? 'marketDate' : 'price' });
      } else if (flag.sectionIndex !== undefined) {
        const key = latest.current.state.sections[flag.sectionIndex]?.key;
        if (key) focus(`${key}:title`);
      } else if (flag.code === 'difficulty_without_rationale') focusHeader('rationale');
      else if (flag.code === 'discount_without_reason') focusHeader('discountReason');
      else if (flag.code === 'discount_without_condition') focusHeader('discountCondition');
      else if (flag.code === 'validity_expired') focusHeader('validUntil');
      else focusHeader('discount-percent');
    },
    [focus, focusHeader, jumpTo],
  );

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const parsed = parseQuoteJson(await file.text(), { defaults });
    if (!parsed.ok) {
      setNotice(
        `${t('quoteEditor.importFailed')} ${parsed.issues
          .slice(0, 3)
          .map((i) => importIssueText(i, lang, t))
          .join(t('common.listSeparator'))}`,
      );
      return;
    }
    const imported = editorFromDocument(parsed.data, { clientId: state.clientId, ownerId: state.ownerId });
    edit(() => imported);
    setNotice(t('quoteEditor.imported', { count: lineCount(imported) }));
  };

  const exportAs = async (kind: 'json' | 'csv') => {
    if (built.errorCount > 0 || !built.computed) {
      setProblem({ kind: 'invalid' });
      return;
    }
    try {
      if (kind === 'json')
        await saveFile(fileNameFor(state.title, 'json'), 'application/json', serializeQuote(built.document));
      else await saveFile(fileNameFor(state.title, 'csv'), 'text/csv', linesCsv(built.document, built.computed, t));
    } catch (error) {
      setProblem({ kind: 'error', error });
    }
  };

  // The app's own dialog, not window.confirm: labelled, in the UI language, focus back on close.
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const duplicateQuote = async () => {
    const copy = await call('quotes.duplicate', { id: record.id });
    void queryClient.invalidateQueries({ queryKey: ['quotes.list'] });
    void navigate(`/quotes/${copy.id}`);
  };

  // A deleted quote has nothing left to save: the leave guard stands down, then the list opens.
  const [deleted, setDeleted] = useState(false);
  useEffect(() => {
    if (deleted) void navigate('/quotes');
  }, [deleted, navigate]);

  const deleteQuote = async () => {
    setConfirmingDelete(false);
    try {
      await call('quotes.delete', { id: record.id });
      void queryClient.invalidateQueries();
      setDeleted(true);
    } catch (error) {
      setProblem({ kind: 'error', error });
    }
  };

  const restoreDraft = () => {
    if (!draftOffer) return;
    dispatch({ type: 'reset', state: draftOffer.state, keepPast: true });
    // Based on an older revision: saving it must meet the conflict check, not silently win.
    setBase((b) => ({ ...b, revision: Math.min(b.revision, draftOffer.baseRevision) }));
    setDraftOffer(null);
  };
  const discardDraft = () => {
    void call('quotes.draftDiscard', { quoteId: record.id });
    setDraftOffer(null);
  };

  const pickerLine = picker ? locateLine(state, picker.key) : null;
  const onPick = (ref: MarketReferenceRecord) => {
    if (!pickerLine) return;
    const [s, l] = pickerLine;
    edit((q) => {
      const line = q.sections[s]?.lines[l];
      return line ? updateLine(q, s, l, withMarketReference(line, ref, q.currency)) : q;
    });
    // Closing the dialog gives focus back to the button that opened it (components/Dialog).
    setPicker(null);
  };

  const dirty = state !== base.clean;
  const client = clients.find((c) => c.id === state.clientId);
  const sensitivity = client?.priceSensitivity ?? record.priceSensitivity;
  const multipliers = state.carried.difficultyMultipliers ?? settings.difficultyMultipliers;
  const floor = state.carried.marginFloorPercent ?? settings.marginFloorPercent;

  return (
    <div className="qe">
      <datalist id={roleListId}>
        {[...library.roles.keys()].map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
      <datalist id={itemListId}>
        {[...new Set(library.market.filter((m) => m.kind === 'item').map((m) => m.name))].map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>

      <EditorToolbar
        title={state.title}
        clientName={client?.name ?? record.clientName}
        revision={base.revision}
        canUndo={history.past.length > 0}
        canRedo={history.future.length > 0}
        saving={saving}
        onUndo={() => dispatch({ type: 'undo' })}
        onRedo={() => dispatch({ type: 'redo' })}
        onImport={(e) => void onImport(e)}
        onExport={(kind) => void exportAs(kind)}
        onDuplicate={() => void duplicateQuote()}
        onDelete={() => setConfirmingDelete(true)}
        onSave={() => void save()}
      />
      <EditorStatus
        dirty={dirty}
        draftSavedAt={autosave.savedAt}
        draftFailed={autosave.failed}
        notice={notice}
        errorCount={built.errorCount}
        onJumpToError={() => built.firstError && jumpTo(built.firstError)}
      />
      <EditorBanners
        draftOffer={draftOffer}
        problem={problem}
        errorCount={built.errorCount}
        lang={lang}
        onRestoreDraft={restoreDraft}
        onDiscardDraft={discardDraft}
        conflictView={
          theirs && built.computed ? (
            <ConflictView
              what="quote"
              by={theirs.updatedBy}
              at={theirs.updatedAt}
              revision={theirs.revision}
              differences={quoteConflictDifferences(
                theirs,
                {
                  document: built.document,
                  computed: built.computed,
                  clientId: state.clientId,
                  ownerId: state.ownerId,
                },
                {
                  client: (id) => clients.find((c) => c.id === id)?.name ?? '',
                  user: (id) => users.find((u) => u.id === id)?.name ?? '',
                },
                t,
                format,
              )}
              busy={saving}
              onKeepMine={() => void save(theirs)}
              onTakeTheirs={() => void loadStored()}
            />
          ) : null
        }
        onLoadStored={() => void loadStored()}
      />
      {/* Unsaved changes: leaving inside the app asks; closing the window gets the browser's prompt. */}
      <LeaveGuard dirty={dirty && !deleted} onSave={save} />

      <HeaderForm
        state={state}
        errors={built.headerErrors}
        clients={clients}
        users={users}
        multipliers={multipliers}
        lang={lang}
        onChange={onHeaderChange}
        onBlur={seal}
      />

      <div className="qe-layout">
        <div className="qe-main">
          {state.sections.length === 0 ? (
            <div className="empty-state">
              <h2>{t('quoteEditor.emptyTitle')}</h2>
              <p>{t('quoteEditor.emptyBody')}</p>
            </div>
          ) : (
            <Grid
              state={state}
              built={built}
              unexplainedLines={unexplainedLines}
              flaggedLines={flaggedLines}
              rowActions={rowActions}
              sectionActions={sectionActions}
              openedDeliverables={openedDeliverables}
              focusRequest={focusRequest}
              lang={lang}
              roleListId={roleListId}
              itemListId={itemListId}
              layout={gridLayout.layout}
              onResize={gridLayout.setWidth}
            />
          )}
          <div className="qe-grid-foot">
            <button type="button" className="btn btn-small" onClick={addNewSection}>
              + {t('quoteEditor.addSection')}
            </button>
            <ColumnChooser controls={gridLayout} />
            <span className="muted qe-small">{t('quoteEditor.keysHint')}</span>
          </div>
          <div className="qe-below">
            <FlagsPanel flags={deferredFlags} lang={lang} onJump={onFlag} />
            <WorkloadPanel computed={deferredComputed} />
          </div>
        </div>
        <aside className="stack" aria-label={t('quoteEditor.summaryLabel')}>
          <TotalsPanel computed={built.computed} currency={state.currency} floor={floor} lang={lang} />
          <MarketPanel
            computed={deferredComputed}
            rationale={deferredRationale}
            currency={state.currency}
            lang={lang}
          />
          <DiscountPanel
            state={state}
            errors={built.headerErrors}
            computed={built.computed}
            lang={lang}
            onChange={onHeaderChange}
            onBlur={seal}
          />
          <StrategyHint sensitivity={sensitivity} />
        </aside>
      </div>

      {confirmingDelete && (
        <Dialog title={t('quoteEditor.deleteTitle')} onClose={() => setConfirmingDelete(false)}>
          <p>{t('quoteEditor.confirmDelete', { title: state.title })}</p>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={() => setConfirmingDelete(false)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void deleteQuote()}>
              {t('quoteEditor.delete')}
            </button>
          </div>
        </Dialog>
      )}
      {picker && (
        <MarketPicker
          references={library.market}
          initialSearch={picker.search}
          lang={lang}
          onPick={onPick}
          onClose={() => setPicker(null)}
        />
      )}
    </div>
  );
}

export type { LineCell };
