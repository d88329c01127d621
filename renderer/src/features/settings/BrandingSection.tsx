import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ChangeEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { brandingSchema, type Branding, type StoredBranding } from '@shared/contract';
import { errorMapFor } from '@shared/validation';
import { errorText, useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Field } from '../../components/Field';
import { useServerErrors } from '../../components/forms/useServerErrors';
import { QueryView } from '../../components/QueryView';
import { FilePicker } from '../../components/FilePicker';

/** The file as base64, read here and checked in the core (type by its bytes, size, dimensions). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * The fields branding.update takes, and nothing else: the stored record also carries the logo,
 * the template and who changed it last, which the strict schema refuses (and did, on every save).
 */
export function editableBranding(stored: StoredBranding): Branding {
  return {
    primaryColor: stored.primaryColor,
    latinFont: stored.latinFont,
    eastAsiaFont: stored.eastAsiaFont,
    useTemplateStyles: stored.useTemplateStyles,
  };
}

function BrandingForm({ stored }: { stored: StoredBranding }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const form = useForm<Branding>({
    // The contract's schema, worded in the UI language: the same rules the core applies.
    resolver: zodResolver(brandingSchema, { error: errorMapFor(lang) }),
    defaultValues: editableBranding(stored),
  });
  const serverErrors = useServerErrors(form);
  const [notice, setNotice] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const update = useCallMutation('branding.update', {
    onSuccess: (saved) => {
      form.reset(editableBranding(saved));
      setNotice(t('branding.saved'));
    },
    onError: serverErrors.apply,
  });
  const uploaded = {
    onSuccess: () => {
      setUploadError(null);
      setNotice(t('branding.saved'));
    },
    onError: (e: unknown) => setUploadError(errorText(e, lang)),
  };
  const setLogo = useCallMutation('branding.setLogo', uploaded);
  const setTemplate = useCallMutation('branding.setTemplate', uploaded);
  const { errors, isDirty } = form.formState;

  const upload = (kind: 'logo' | 'template') => async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setNotice(null);
    const payload = { fileName: file.name, bytesBase64: await readBase64(file) };
    if (kind === 'logo') setLogo.mutate({ logo: payload });
    else setTemplate.mutate({ template: payload });
  };
  const submit = form.handleSubmit((values) => {
    serverErrors.clear();
    setNotice(null);
    update.mutate(values);
  });

  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-busy={update.isPending}>
      <div className="form-grid">
        <Field label={t('branding.primaryColor')} error={errors.primaryColor?.message}>
          <input type="color" {...form.register('primaryColor', { setValueAs: (v: string) => v.toUpperCase() })} />
        </Field>
        <Field label={t('branding.latinFont')} error={errors.latinFont?.message}>
          <input type="text" {...form.register('latinFont')} />
        </Field>
        <Field
          label={t('branding.eastAsiaFont')}
          hint={t('branding.eastAsiaHint')}
          error={errors.eastAsiaFont?.message}
        >
          <input type="text" {...form.register('eastAsiaFont')} />
        </Field>
        <Field
          label={t('branding.logo')}
          hint={
            stored.logo
              ? `${stored.logo.fileName} · ${stored.logo.width}×${stored.logo.height}`
              : t('branding.logoHint')
          }
        >
          <FilePicker accept="image/png,image/jpeg" onChange={(e) => void upload('logo')(e)} />
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
          <FilePicker
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => void upload('template')(e)}
          />
        </Field>
        <label className="field">
          <span>
            <input type="checkbox" disabled={!stored.template} {...form.register('useTemplateStyles')} />{' '}
            {t('branding.useTemplateStyles')}
          </span>
        </label>
      </div>
      {(serverErrors.formMessage ?? uploadError) && (
        <p className="form-error" role="alert">
          {serverErrors.formMessage ?? uploadError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={update.isPending || !isDirty}>
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
