export * from './validate';
export type { MessageCatalog } from './catalog';
