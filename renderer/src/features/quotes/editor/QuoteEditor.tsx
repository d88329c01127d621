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
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type {
  ClientSummary,
  EditorLine,
  EditorQuote,
  MarketReferenceRecord,
  QuoteDraft,
  QuoteRecord,
  RateCardEntry,
  StoredSettings,
  User,
} from '@shared/contract';
import { parseQuoteJson, quoteDefaultsOf, serializeQuote, type QuoteDefaults, type QuoteFlag } from '@shared/quote';
import { ApiError, call, errorText } from '../../../api';
import { usePreferences } from '../../../app/preferences';
import { ConflictView } from '../../../components/ConflictView';
import { Dialog } from '../../../components/Dialog';
import { useFormat } from '../../../i18n/format';
import { quoteConflictDifferences } from './conflict';
import { buildQuote, type ErrorTarget } from './document';
import { fileNameFor, linesCsv, saveFile } from './files';
import { Grid, type FocusRequest } from './Grid';
import { DiscountPanel, HeaderForm, type HeaderPatch } from './HeaderForm';
import { historyReducer, initHistory } from './history';
import { makeLibrary, withMarketReference, withName } from './library';
import type { RowActions } from './LineRow';
import { MarketPicker } from './MarketPicker';
import type { LineCell } from './cells';
import { blankLine, blankSection, editorFromDocument, editorFromRecord, lineCount } from './model';
import {
  copyLine,
  copyOfSection,
  insertLines,
  insertSection,
  locateLine,
  moveLine,
  moveSection,
  removeLine,
  removeSection,
  updateLine,
  updateQuote,
  updateSection,
} from './ops';
import { isTabular, linesFromRows, parseTsv, PASTE_COLUMNS } from './paste';
import type { SectionActions } from './SectionRow';
import { FlagsPanel, MarketPanel, StrategyHint, TotalsPanel, WorkloadPanel } from './SummaryPanels';
import { editorSessionId } from '../../../components/drafts/editorSession';
import { useDraftAutosave } from './useDraftAutosave';
import './quote-editor.css';
import { localTime } from '@shared/dates/local';

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
const isMod = (e: { ctrlKey: boolean; metaKey: boolean }) => e.ctrlKey || e.metaKey;

/** A draft is worth offering when it holds something the stored quote does not. */
function offerable(draft: QuoteDraft | null, initial: EditorQuote): QuoteDraft | null {
  if (!draft) return null;
  return JSON.stringify(draft.state) === JSON.stringify(initial) ? null : draft;
}

/** The quote builder: the grid of lines with live totals from the shared engine beside it. */
export function QuoteEditor({ record, settings, rateCard, market, clients, users, draft, today }: EditorData) {
  const { t } = useTranslation();
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
  const [problem, setProblem] = useState<{ kind: 'conflict' | 'error' | 'invalid'; error?: unknown } | null>(null);
  // The quote as someone else stored it, read when a save met their revision (the conflict view's "theirs").
  const [theirs, setTheirs] = useState<QuoteRecord | null>(null);
  const format = useFormat();
  const [notice, setNotice] = useState<string | null>(null);
  const [sessionId] = useState(editorSessionId);
  const roleListId = useId();
  const itemListId = useId();
  const fileInput = useRef<HTMLInputElement>(null);

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

  const addLineAt = useCallback(
    (s: number, at: number, kind: EditorLine['kind']) => {
      // A new labour line is in days, whatever the line above uses: a "6" typed into a line that
      // silently inherited hours was six hours where six days were meant.
      const line = blankLine(kind);
      edit((q) => {
        const expanded = q.sections[s]?.collapsed ? updateSection(q, s, { collapsed: false }) : q;
        return insertLines(expanded, s, at, [line]);
      });
      focus(`${line.key}:name`);
    },
    [edit, focus],
  );

  const rowActions: RowActions = useMemo(
    () => ({
      editLine(s, l, patch, cell) {
        const key = latest.current.state.sections[s]?.lines[l]?.key;
        edit((q) => {
          const line = q.sections[s]?.lines[l];
          if (!line) return q;
          // A line that changes kind keeps its count: headcount ↔ quantity.
          const carry =
            patch.kind === 'item' && line.kind === 'labor'
              ? { quantity: line.quantity || line.headcount }
              : patch.kind === 'labor' && line.kind === 'item'
                ? { headcount: line.headcount || line.quantity }
                : {};
          return updateLine(q, s, l, { ...carry, ...patch });
        }, `${key}:${cell}`);
      },
      setName(s, l, name) {
        const { state: q0, library: lib } = latest.current;
        const line = q0.sections[s]?.lines[l];
        if (!line) return;
        edit((q) => {
          const current = q.sections[s]?.lines[l];
          return current ? updateLine(q, s, l, withName(current, name, lib, q.currency)) : q;
        }, `${line.key}:name`);
      },
      setRateReason(s, l, reason) {
        const key = latest.current.state.sections[s]?.lines[l]?.key;
        edit((q) => {
          const line = q.sections[s]?.lines[l];
          return line ? updateLine(q, s, l, { meta: { ...line.meta, rateReason: reason } }) : q;
        }, `${key}:rateReason`);
      },
      keyDown(e: KeyboardEvent, s, l, cell) {
        const line = latest.current.state.sections[s]?.lines[l];
        if (!line) return;
        if (e.key === 'Enter' && !isMod(e) && !e.altKey) {
          e.preventDefault();
          // Enter: a line like this one below; Shift+Enter: a line of the other kind.
          const kind = e.shiftKey ? (line.kind === 'labor' ? 'item' : 'labor') : line.kind;
          addLineAt(s, l + 1, kind);
        } else if (isMod(e) && !e.shiftKey && e.key.toLowerCase() === 'd') {
          e.preventDefault();
          const copy = copyLine(line);
          edit((q) => insertLines(q, s, l + 1, [copy]));
          focus(`${copy.key}:${cell}`);
        } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          edit((q) => moveLine(q, s, l, e.key === 'ArrowUp' ? -1 : 1));
          focus(`${line.key}:${cell}`);
        } else if (isMod(e) && !e.shiftKey && e.key.toLowerCase() === 'k') {
          // Ctrl/⌘+K: the market reference picker for this line.
          e.preventDefault();
          setPicker({ key: line.key, search: line.name });
        } else if (isMod(e) && e.shiftKey && (e.key === 'Backspace' || e.key === 'Delete')) {
          e.preventDefault();
          const lines = latest.current.state.sections[s]!.lines;
          const neighbour = lines[l + 1] ?? lines[l - 1];
          edit((q) => removeLine(q, s, l));
          if (neighbour) focus(`${neighbour.key}:${cell}`);
        }
      },
      paste(e: ClipboardEvent<HTMLInputElement>, s, l, cell) {
        const text = e.clipboardData.getData('text/plain');
        if (!isTabular(text)) return;
        e.preventDefault();
        const { state: q0, library: lib } = latest.current;
        const target = q0.sections[s]?.lines[l];
        if (!target) return;
        const start = (PASTE_COLUMNS as readonly string[]).includes(cell)
          ? (cell as (typeof PASTE_COLUMNS)[number])
          : 'name';
        const lines = linesFromRows(parseTsv(text), start, target.kind, lib, q0.currency);
        if (lines.length === 0) return;
        // Into an empty line, the rows replace it; otherwise they go below it.
        const blank = !target.name.trim() && !target.price.trim() && !target.cost.trim();
        edit((q) => (blank ? insertLines(removeLine(q, s, l), s, l, lines) : insertLines(q, s, l + 1, lines)));
        focus(`${lines[0]!.key}:${start}`);
        setNotice(t('quoteEditor.pasted', { count: lines.length }));
      },
      remove(s, l) {
        edit((q) => removeLine(q, s, l));
      },
      pickMarket(s, l) {
        const line = latest.current.state.sections[s]?.lines[l];
        if (line) setPicker({ key: line.key, search: line.name });
      },
      seal,
    }),
    [edit, focus, seal, addLineAt, t],
  );

  const sectionActions: SectionActions = useMemo(
    () => ({
      edit(s, patch, tag) {
        edit((q) => updateSection(q, s, patch), tag);
      },
      addLine(s, kind) {
        addLineAt(s, latest.current.state.sections[s]?.lines.length ?? 0, kind);
      },
      titleKeyDown(e, s) {
        if (e.key !== 'Enter' || isMod(e) || e.altKey) return;
        e.preventDefault();
        addLineAt(s, 0, e.shiftKey ? 'item' : 'labor');
      },
      move(s, delta) {
        edit((q) => moveSection(q, s, delta));
      },
      duplicate(s) {
        const section = latest.current.state.sections[s];
        if (!section) return;
        const copy = copyOfSection(section, t('quoteEditor.copySuffix'));
        edit((q) => insertSection(q, s + 1, copy));
        focus(`${copy.key}:title`);
      },
      remove(s) {
        edit((q) => removeSection(q, s));
      },
      seal,
    }),
    [edit, focus, seal, addLineAt, t],
  );

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
    /** `over`: keep mine after a conflict — saved on top of their revision, which the audit entry names. */
    async (over: QuoteRecord | null = null) => {
      const { built: b, state: snapshot, base: current } = latest.current;
      if (b.errorCount > 0) {
        setProblem({ kind: 'invalid' });
        if (b.firstError) jumpTo(b.firstError);
        return;
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
      } catch (error) {
        const conflict = error instanceof ApiError && error.code === 'conflict';
        // What they saved, to show beside mine; mine stays in the editor and in its autosaved draft.
        if (conflict) setTheirs(await call('quotes.get', { id: record.id }).catch(() => null));
        setProblem({ kind: conflict ? 'conflict' : 'error', error });
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

  // Keys for the whole editor: undo, redo, save, a new section (Ctrl/⌘+Shift+Enter).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!isMod(e) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'enter' && e.shiftKey) {
        e.preventDefault();
        addNewSection();
      } else if (key === 'z') {
        e.preventDefault();
        dispatch({ type: e.shiftKey ? 'redo' : 'undo' });
      } else if (key === 'y' && !e.shiftKey) {
        e.preventDefault();
        dispatch({ type: 'redo' });
      } else if (key === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, addNewSection]);

  const flags = useMemo(() => built.computed?.flags ?? NO_FLAGS, [built.computed]);
  const { flaggedLines, unexplainedLines } = useMemo(() => {
    const flagged = new Set<string>();
    const unexplained = new Set<string>();
    for (const f of flags) {
      if (f.lineIndex === undefined || f.sectionIndex === undefined) continue;
      const key = state.sections[f.sectionIndex]?.lines[f.lineIndex]?.key;
      if (!key) continue;
      flagged.add(key);
      if (f.code === 'market_gap_unexplained') unexplained.add(key);
    }
    return { flaggedLines: flagged, unexplainedLines: unexplained };
  }, [flags, state.sections]);

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
          .map((i) => `${i.path.join('.')}: ${i.message[lang]}`)
          .join('; ')}`,
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

  const deleteQuote = async () => {
    setConfirmingDelete(false);
    try {
      await call('quotes.delete', { id: record.id });
      void queryClient.invalidateQueries();
      void navigate('/quotes');
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

      <header className="qe-toolbar">
        <div className="qe-toolbar-title">
          <Link to="/quotes" className="muted qe-back">
            ← {t('quotes.title')}
          </Link>
          <h1 id="page-title" tabIndex={-1}>
            {state.title.trim() || t('quoteEditor.untitled')}
          </h1>
          <span className="muted qe-small">
            {t('quoteEditor.revisionLine', { client: client?.name ?? record.clientName, revision: base.revision })}
          </span>
        </div>
        <div className="qe-toolbar-actions">
          <button
            type="button"
            className="btn btn-small"
            onClick={() => dispatch({ type: 'undo' })}
            disabled={history.past.length === 0}
            title="Ctrl/⌘+Z"
          >
            {t('quoteEditor.undo')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => dispatch({ type: 'redo' })}
            disabled={history.future.length === 0}
            title="Ctrl/⌘+Shift+Z"
          >
            {t('quoteEditor.redo')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => fileInput.current?.click()}>
            {t('quoteEditor.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            onChange={(e) => void onImport(e)}
          />
          <button type="button" className="btn btn-small" onClick={() => void exportAs('json')}>
            {t('quoteEditor.exportJson')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => void exportAs('csv')}>
            {t('quoteEditor.exportCsv')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => void duplicateQuote()}>
            {t('quoteEditor.duplicate')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setConfirmingDelete(true)}>
            {t('quoteEditor.delete')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void save()}
            disabled={saving}
            title="Ctrl/⌘+S"
          >
            {saving ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </header>

      <p className="qe-status" role="status" aria-live="polite" data-testid="editor-status">
        {dirty ? (
          <span className="qe-dirty">● {t('quoteEditor.unsaved')}</span>
        ) : (
          <span>{t('quoteEditor.allSaved')}</span>
        )}
        {dirty && autosave.savedAt && (
          <span className="muted"> · {t('quoteEditor.draftSavedAt', { at: localTime(autosave.savedAt) })}</span>
        )}
        {autosave.failed && <span className="qe-error-text"> · {t('quoteEditor.draftFailed')}</span>}
        {notice && <span className="muted"> · {notice}</span>}
        {built.errorCount > 0 && (
          <button type="button" className="qe-link" onClick={() => built.firstError && jumpTo(built.firstError)}>
            {t('quoteEditor.errorCount', { count: built.errorCount })}
          </button>
        )}
      </p>

      {draftOffer && (
        <div className="banner banner-info" role="alert" data-testid="draft-offer">
          <span>{t('quoteEditor.draftOffer', { at: new Date(draftOffer.savedAt).toLocaleString(lang) })}</span>
          <button type="button" className="btn btn-small btn-primary" onClick={restoreDraft}>
            {t('quoteEditor.draftRestore')}
          </button>
          <button type="button" className="btn btn-small" onClick={discardDraft}>
            {t('quoteEditor.draftDiscard')}
          </button>
        </div>
      )}
      {problem?.kind === 'conflict' &&
        (theirs && built.computed ? (
          <ConflictView
            what="quote"
            by={theirs.updatedBy}
            at={theirs.updatedAt}
            revision={theirs.revision}
            differences={quoteConflictDifferences(
              theirs,
              { document: built.document, computed: built.computed, clientId: state.clientId, ownerId: state.ownerId },
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
        ) : (
          <div className="banner banner-danger" role="alert" data-testid="conflict">
            <span>{errorText(problem.error, lang)}</span>
            <button type="button" className="btn btn-small" onClick={() => void loadStored()}>
              {t('quoteEditor.loadStored')}
            </button>
          </div>
        ))}
      {problem?.kind === 'error' && (
        <div className="banner banner-danger" role="alert">
          <span>
            {errorText(problem.error, lang)}{' '}
            {problem.error instanceof ApiError &&
              problem.error.issues.map((i) => i.messages[lang] ?? i.message).join(' ')}
          </span>
        </div>
      )}
      {problem?.kind === 'invalid' && built.errorCount > 0 && (
        <div className="banner banner-danger" role="alert" data-testid="invalid">
          <span>{t('quoteEditor.notSavedInvalid', { count: built.errorCount })}</span>
        </div>
      )}

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
              focusRequest={focusRequest}
              lang={lang}
              roleListId={roleListId}
              itemListId={itemListId}
            />
          )}
          <div className="qe-grid-foot">
            <button type="button" className="btn btn-small" onClick={addNewSection}>
              + {t('quoteEditor.addSection')}
            </button>
            <span className="muted qe-small">{t('quoteEditor.keysHint')}</span>
          </div>
          <div className="qe-below">
            <FlagsPanel flags={deferredComputed?.flags ?? NO_FLAGS} lang={lang} onJump={onFlag} />
            <WorkloadPanel computed={deferredComputed} />
          </div>
        </div>
        <aside className="qe-aside" aria-label={t('quoteEditor.summaryLabel')}>
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
