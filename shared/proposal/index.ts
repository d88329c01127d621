export { canonicalJson } from './canonical';
export * from './four-eyes';
export * from './guardrails';
export { marginDriverSchema, marginDrivers, type MarginDriver } from './margin-drivers';
export { proposalMessages } from './messages';
export * from './records';
export {
  blocksFromEditor,
  editorFromBlocks,
  normalizeBlocks,
  plainTextOf,
  type EditorDoc,
  type EditorNode,
} from './richtext';
export * from './sections';
export * from './snapshot';
export * from './workflow';
