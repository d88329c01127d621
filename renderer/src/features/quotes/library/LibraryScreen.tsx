import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../../api';
import { PageHeader } from '../../../components/PageHeader';
import { QuotesTabs } from '../QuotesTabs';
import { MarketLibraryPanel } from './MarketLibraryPanel';
import { RateCardPanel } from './RateCardPanel';
import '../editor/quote-editor.css';
import { RoleFieldset } from '../../../app/RoleFieldset';

const todayLocal = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** /quotes/library — the rate card (岗位价目表) and the market reference library (市价参考库). */
export function LibraryScreen() {
  const { t } = useTranslation();
  const currency = useCallQuery('settings.get', {}).data?.currency ?? 'CNY';
  const today = todayLocal();
  return (
    <>
      <PageHeader title={t('library.title')} subtitle={t('library.subtitle')} />
      <QuotesTabs />
      <RoleFieldset call="rateCard.save">
        <RateCardPanel defaultCurrency={currency} today={today} />
      </RoleFieldset>
      <MarketLibraryPanel defaultCurrency={currency} today={today} />
    </>
  );
}
