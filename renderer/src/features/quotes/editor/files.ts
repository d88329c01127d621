import type { CallName } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import { formatQuantity, minorToDecimal } from '@shared/money';
import type { ComputedQuote, QuoteInterchange } from '@shared/quote';
import { getCallContext, getTransport } from '../../../api';

/**
 * Files out of the editor. In the desktop app the shell's `shell.saveFile` shows the native save
 * dialog (it is the shell's call, not the core's, hence outside the typed contract); in a browser
 * the file is offered as a download.
 */
export async function saveFile(fileName: string, mimeType: string, text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  if (window.workbench) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const response = await getTransport().send(
      'shell.saveFile' as CallName,
      { fileName, mimeType, bytes: btoa(binary) },
      getCallContext(),
    );
    if (!response.ok) throw new Error(response.error.message);
    return;
  }
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the title, without what file systems refuse. */
export function fileNameFor(title: string, extension: string): string {
  const base = title.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '') || 'quote';
  return `${base.slice(0, 80)}.${extension}`;
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const CSV_HEADER: Record<Lang, string[]> = {
  'zh-CN': [
    '章节',
    '类型',
    '岗位/项目',
    '人数/数量',
    '时长',
    '单位',
    '单价',
    '成本单价',
    '金额',
    '成本',
    '市价单价',
    '市价来源',
    '市价日期',
    '可选项',
  ],
  en: [
    'Section',
    'Kind',
    'Role/item',
    'Headcount/quantity',
    'Duration',
    'Unit',
    'Rate',
    'Cost rate',
    'Price',
    'Cost',
    'Market price',
    'Market source',
    'Market date',
    'Optional',
  ],
};

/** The lines as a spreadsheet reads them: plain decimals (no symbols), one row per line, UTF-8 with BOM. */
export function linesCsv(document: QuoteInterchange, computed: ComputedQuote, lang: Lang): string {
  const money = (minor: number) => minorToDecimal(minor, document.currency);
  const rows = [CSV_HEADER[lang]];
  document.sections.forEach((section, s) =>
    section.lines.forEach((line, l) => {
      const c = computed.sections[s]?.lines[l];
      const labor = line.kind === 'labor';
      rows.push([
        section.title,
        line.kind,
        labor ? line.role : line.description,
        labor ? line.headcount : line.quantity,
        labor ? (line.days ?? line.hours ?? '') : '',
        labor ? (line.days !== undefined ? 'days' : 'hours') : (line.unit ?? ''),
        money(labor ? line.rate : line.unitPrice),
        money(labor ? line.costRate : line.unitCost),
        c ? money(c.price) : '',
        c ? money(c.cost) : '',
        line.market ? money(line.market.unitPrice) : '',
        line.market?.source ?? '',
        line.market?.date ?? '',
        line.optional ? 'yes' : '',
      ]);
    }),
  );
  // 代理服务费 (DOMAIN.md §7): one row per section that carries it, after all the lines.
  document.sections.forEach((section, s) => {
    const c = computed.sections[s];
    if (!c) return;
    for (const [fee, optional] of [
      [c.agencyFee, false],
      [c.agencyFeeOptional, true],
    ] as const)
      if (fee > 0)
        rows.push([
          section.title,
          'agency_fee',
          `${lang === 'en' ? 'Agency service fee' : '代理服务费'} ${c.agencyFeePercent}%`,
          '',
          '',
          '%',
          '',
          '',
          money(fee),
          money(0),
          '',
          '',
          '',
          optional ? 'yes' : '',
        ]);
  });
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export { formatQuantity };
