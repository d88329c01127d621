export { buildDocument, DOCUMENT_KINDS, type DocumentKind } from './build';
export { chineseCapitalAmount } from '@shared/export/document/chinese-capital';
export { docxToPdf, findSoffice, LIBREOFFICE_MISSING } from './pdf';
export { renderDocx } from './render';
export { proposalSnapshot, quoteSnapshot } from './snapshot-source';
export { exportFile } from './file';
