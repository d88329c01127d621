import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { ClientLogPanel, LogRowActions, type LogFormTarget } from './LogPanel';
import { surveyInputSchema, type Survey } from '@shared/contract';
import { EXPERIENCE_ASPECTS, SATISFACTION_DIMENSIONS } from '@shared/analytics/satisfaction';
import { ChartView } from '../../components/ChartCard';
import { DataTable } from '../../components/DataTable';
import { BarPlot } from '../../components/Plot';
import { Field } from '../../components/Field';
import { SubForm } from '../../components/forms/SubForm';
import { useFormat } from '../../i18n/format';
import { useLogForm } from './useLogForm';
import { localToday } from '@shared/dates/local';

type SurveyValues = z.input<typeof surveyInputSchema>;

/** Satisfaction on the four dimensions (the weakest highlighted) and the key experience ranking. */
export function SurveysSection({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ClientLogPanel
      section="surveys"
      clientId={clientId}
      form={(done, target) => <SurveyForm clientId={clientId} target={target} onDone={done} />}
    >
      {(items, open) =>
        items[0] ? (
          <>
            <p className="muted log-line">
              {t('accounts.surveys.surveyedOn')}
              {t('common.colon')}
              {fmt.date(items[0].surveyedOn)}{' '}
              <LogRowActions
                call="surveys.delete"
                id={items[0].id}
                clientId={clientId}
                name={`${t('accounts.surveys.title')} ${fmt.date(items[0].surveyedOn)}`}
                onEdit={() => open(items[0]!)}
              />
            </p>
            <LatestSurvey survey={items[0]} />
          </>
        ) : (
          <p className="muted">{t('accounts.surveys.empty')}</p>
        )
      }
    </ClientLogPanel>
  );
}

function LatestSurvey({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const dim = (d: string) => t(`accounts.surveys.dimensions.${d as Survey['weakest']}`);
  const aspect = (a: string) => t(`accounts.surveys.aspects.${a as Survey['keyExperience'][number]['aspect']}`);
  const rows = survey.satisfaction.map((d) => ({ ...d, name: dim(d.dimension) }));
  const first = survey.keyExperience[0]!;
  return (
    <div className="survey-grid">
      <div>
        <p className="callout callout-danger" data-testid="weakest-dimension">
          <span className="strong">{t('accounts.surveys.weakest', { name: dim(survey.weakest) })}</span>
          <span className="muted"> · {t('accounts.surveys.weakestHint')}</span>
        </p>
        <ChartView
          title={t('accounts.surveys.satisfaction')}
          chart={
            <BarPlot
              data={rows}
              x="name"
              height={220}
              domain={[0, 10]}
              legend
              series={[
                { key: 'expectation', name: t('accounts.surveys.expectation'), color: '#a9b4dd' },
                { key: 'experience', name: t('accounts.surveys.experience'), color: '#3a56c5' },
              ]}
            />
          }
          table={
            <DataTable
              caption={t('accounts.surveys.satisfaction')}
              rows={rows}
              rowKey={(r) => r.dimension}
              columns={[
                {
                  id: 'd',
                  header: t('accounts.surveys.title'),
                  cell: (r) =>
                    r.dimension === survey.weakest ? <span className="strong text-danger">{r.name}</span> : r.name,
                },
                { id: 'e', header: t('accounts.surveys.expectation'), cell: (r) => r.expectation, align: 'end' },
                { id: 'x', header: t('accounts.surveys.experience'), cell: (r) => r.experience, align: 'end' },
                {
                  id: 's',
                  header: t('accounts.surveys.satisfaction'),
                  cell: (r) => (r.satisfaction > 0 ? `+${r.satisfaction}` : r.satisfaction),
                  align: 'end',
                },
              ]}
            />
          }
        />
      </div>
      <div>
        <p className="callout" data-testid="invest-first">
          <span className="strong">{t('accounts.surveys.investFirst', { name: aspect(first.aspect) })}</span>
        </p>
        <DataTable
          caption={t('accounts.surveys.keyExperience')}
          rows={survey.keyExperience}
          rowKey={(a) => a.aspect}
          columns={[
            { id: 'a', header: t('accounts.surveys.keyExperience'), cell: (a) => aspect(a.aspect) },
            { id: 'i', header: t('accounts.surveys.importance'), cell: (a) => a.importance, align: 'end' },
            { id: 'p', header: t('accounts.surveys.performance'), cell: (a) => a.performance, align: 'end' },
            {
              id: 'r',
              header: t('accounts.surveys.priority'),
              cell: (a) => `${a.importance} × ${a.shortfall} = ${a.priority}`,
              align: 'end',
            },
          ]}
        />
      </div>
    </div>
  );
}

function SurveyForm({ clientId, target, onDone }: { clientId: number; target: LogFormTarget<Survey>; onDone(): void }) {
  const { t } = useTranslation();
  const { form, errors, subForm } = useLogForm({
    call: 'surveys.save',
    schema: surveyInputSchema,
    defaultValues:
      target.mode === 'edit'
        ? {
            id: target.entry.id,
            clientId,
            surveyedOn: target.entry.surveyedOn,
            dimensions: target.entry.dimensions,
            aspects: target.entry.aspects,
            note: target.entry.note,
          }
        : {
            clientId,
            surveyedOn: localToday(),
            dimensions: Object.fromEntries(
              SATISFACTION_DIMENSIONS.map((d) => [d, { expectation: 8, experience: 8 }]),
            ) as SurveyValues['dimensions'],
            aspects: Object.fromEntries(
              EXPERIENCE_ASPECTS.map((a) => [a, { importance: 5, performance: 8 }]),
            ) as SurveyValues['aspects'],
            note: '',
          },
    onDone,
  });
  const num = { valueAsNumber: true } as const;
  return (
    <SubForm label={target.mode === 'edit' ? t('accounts.surveys.edit') : t('accounts.surveys.add')} {...subForm}>
      <Field label={t('accounts.surveys.surveyedOn')} error={errors.surveyedOn?.message}>
        <input type="date" {...form.register('surveyedOn')} />
      </Field>
      <div className="score-grid">
        {SATISFACTION_DIMENSIONS.map((d) => (
          <fieldset key={d} className="score-set">
            <legend>{t(`accounts.surveys.dimensions.${d}`)}</legend>
            <Field
              label={`${t(`accounts.surveys.dimensions.${d}`)} · ${t('accounts.surveys.expectation')}`}
              error={errors.dimensions?.[d]?.expectation?.message}
            >
              <input type="number" min={1} max={10} {...form.register(`dimensions.${d}.expectation`, num)} />
            </Field>
            <Field
              label={`${t(`accounts.surveys.dimensions.${d}`)} · ${t('accounts.surveys.experience')}`}
              error={errors.dimensions?.[d]?.experience?.message}
            >
              <input type="number" min={1} max={10} {...form.register(`dimensions.${d}.experience`, num)} />
            </Field>
          </fieldset>
        ))}
      </div>
      <div className="score-grid score-grid-6">
        {EXPERIENCE_ASPECTS.map((a) => (
          <fieldset key={a} className="score-set">
            <legend>{t(`accounts.surveys.aspects.${a}`)}</legend>
            <Field
              label={`${t(`accounts.surveys.aspects.${a}`)} · ${t('accounts.surveys.importance')}`}
              error={errors.aspects?.[a]?.importance?.message}
            >
              <input type="number" min={1} max={10} {...form.register(`aspects.${a}.importance`, num)} />
            </Field>
            <Field
              label={`${t(`accounts.surveys.aspects.${a}`)} · ${t('accounts.surveys.performance')}`}
              error={errors.aspects?.[a]?.performance?.message}
            >
              <input type="number" min={1} max={10} {...form.register(`aspects.${a}.performance`, num)} />
            </Field>
          </fieldset>
        ))}
      </div>
      <Field label={t('accounts.surveys.note')} error={errors.note?.message}>
        <input type="text" {...form.register('note')} />
      </Field>
    </SubForm>
  );
}
