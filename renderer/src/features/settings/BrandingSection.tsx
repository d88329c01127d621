import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branding, StoredBranding } from '@shared/contract';
import { errorText, useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Field } from '../../components/Field';
import { QueryView } from '../../components/QueryView';

/** The file as base64, read here and checked in the core (type by its bytes, size, dimensions). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function BrandingForm({ stored }: { stored: StoredBranding }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const [values, setValues] = useState<Branding>(stored);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onError = (e: unknown) => setError(errorText(e, lang));
  const done = () => {
    setError(null);
    setNotice(t('branding.saved'));
  };
  const update = useCallMutation('branding.update', { onSuccess: done, onError });
  const setLogo = useCallMutation('branding.setLogo', { onSuccess: done, onError });
  const setTemplate = useCallMutation('branding.setTemplate', { onSuccess: done, onError });

  const upload = (kind: 'logo' | 'template') => async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setNotice(null);
    const payload = { fileName: file.name, bytesBase64: await readBase64(file) };
    if (kind === 'logo') setLogo.mutate({ logo: payload });
    else setTemplate.mutate({ template: payload });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    update.mutate(values);
  };

  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <Field label={t('branding.primaryColor')}>
          <input
            type="color"
            value={values.primaryColor}
            onChange={(e) => setValues({ ...values, primaryColor: e.target.value.toUpperCase() })}
          />
        </Field>
        <Field label={t('branding.latinFont')}>
          <input
            type="text"
            value={values.latinFont}
            onChange={(e) => setValues({ ...values, latinFont: e.target.value })}
          />
        </Field>
        <Field label={t('branding.eastAsiaFont')} hint={t('branding.eastAsiaHint')}>
          <input
            type="text"
            value={values.eastAsiaFont}
            onChange={(e) => setValues({ ...values, eastAsiaFont: e.target.value })}
          />
        </Field>
        <Field
          label={t('branding.logo')}
          hint={
            stored.logo
              ? `${stored.logo.fileName} · ${stored.logo.width}×${stored.logo.height}`
              : t('branding.logoHint')
          }
        >
          <input type="file" accept="image/png,image/jpeg" onChange={(e) => void upload('logo')(e)} />
        </Field>
        {stored.logo && (
          <div className="field">
            <img
              src={`data:${stored.logo.mimeType};base64,${stored.logo.bytesBase64}`}
              alt={t('branding.logo')}
              style={{ maxHeight: 48, maxWidth: 160 }}
            />
            <button type="button" className="btn btn-small" onClick={() => setLogo.mutate({ logo: null })}>
              {t('branding.removeLogo')}
            </button>
          </div>
        )}
        <Field
          label={t('branding.template')}
          hint={stored.template ? stored.template.fileName : t('branding.templateHint')}
        >
          <input
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => void upload('template')(e)}
          />
        </Field>
        <label className="field">
          <span>
            <input
              type="checkbox"
              checked={values.useTemplateStyles}
              disabled={!stored.template}
              onChange={(e) => setValues({ ...values, useTemplateStyles: e.target.checked })}
            />{' '}
            {t('branding.useTemplateStyles')}
          </span>
        </label>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={update.isPending}>
          {t('branding.save')}
        </button>
        {notice && <span className="saved-notice">{notice}</span>}
      </div>
    </form>
  );
}

/** Settings → Branding: how the Word and PDF documents look. */
export function BrandingSection() {
  const { t } = useTranslation();
  const branding = useCallQuery('branding.get', {});
  return (
    <section className="panel" aria-labelledby="branding-heading">
      <h2 id="branding-heading" className="panel-title">
        {t('branding.title')}
      </h2>
      <p className="muted panel-hint">{t('branding.subtitle')}</p>
      <QueryView query={branding}>{(stored) => <BrandingForm stored={stored} />}</QueryView>
    </section>
  );
}
