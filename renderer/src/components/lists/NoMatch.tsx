import { useTranslation } from 'react-i18next';
import { EmptyState } from '../EmptyState';

/** The list has rows, the filters hide them all: say so, and offer the way back. */
export function NoMatch({ onReset }: { onReset(): void }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('lists.noMatchTitle')} body={t('lists.noMatchBody')}>
      <button type="button" className="btn" onClick={onReset}>
        {t('lists.reset')}
      </button>
    </EmptyState>
  );
}
