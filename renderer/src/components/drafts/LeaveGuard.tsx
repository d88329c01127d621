import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { Dialog } from '../Dialog';

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

  if (blocker.state !== 'blocked') return null;
  const stay = () => blocker.reset();
  const saveAndLeave = async () => {
    setBusy(true);
    const saved = await onSave().catch(() => false);
    setBusy(false);
    // A refused save (a conflict, a bad field) keeps the user here to see why.
    if (saved) blocker.proceed();
    else blocker.reset();
  };

  return (
    <Dialog title={t('leaveGuard.title')} onClose={stay}>
      <p>{t('leaveGuard.body')}</p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void saveAndLeave()}>
          {busy ? t('common.saving') : t('leaveGuard.save')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => blocker.proceed()}>
          {t('leaveGuard.leave')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={stay}>
          {t('leaveGuard.stay')}
        </button>
      </div>
    </Dialog>
  );
}
