import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Asks before unsaved changes are left behind: in-app navigation (a link, the back button, a
 * shortcut) is held and a dialog offers save and leave, leave (the autosaved draft is kept and
 * offered on reopen), or stay; closing or reloading the window gets the browser's own prompt
 * (Electron's main process turns that into a native dialog).
 */
export function LeaveGuard({ dirty, onSave }: { dirty: boolean; onSave(): Promise<boolean> }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older engines show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const open = blocker.state === 'blocked';
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const saveAndLeave = async () => {
    setBusy(true);
    const saved = await onSave().catch(() => false);
    setBusy(false);
    if (blocker.state !== 'blocked') return;
    // A refused save (a conflict, a bad field) keeps the user here to see why.
    if (saved) blocker.proceed();
    else blocker.reset();
  };

  return (
    <dialog
      ref={ref}
      className="leave-guard panel"
      aria-labelledby={titleId}
      data-testid="leave-guard"
      onCancel={(e) => {
        // Escape: the same as "stay".
        e.preventDefault();
        if (blocker.state === 'blocked') blocker.reset();
      }}
    >
      <h2 id={titleId} className="panel-title">
        {t('leaveGuard.title')}
      </h2>
      <p>{t('leaveGuard.body')}</p>
      <div className="leave-guard-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void saveAndLeave()}>
          {busy ? t('common.saving') : t('leaveGuard.save')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => blocker.state === 'blocked' && blocker.proceed()}
        >
          {t('leaveGuard.leave')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => blocker.state === 'blocked' && blocker.reset()}
        >
          {t('leaveGuard.stay')}
        </button>
      </div>
    </dialog>
  );
}
