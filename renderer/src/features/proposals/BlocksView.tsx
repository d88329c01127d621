import type { ReactNode } from 'react';
import type { RichTextBlock, TextRun } from '@shared/export';
// The rich-text styles (.rt-content): the editor's read-only view and the "as sent" screen share them.
import './proposal-editor.css';

function Runs({ runs }: { runs: TextRun[] }) {
  return (
    <>
      {runs.map((r, i) => {
        let node: ReactNode = r.text;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

/** Blocks rendered read-only, one element per block type — as the Word export maps them. */
export function BlocksView({ blocks }: { blocks: RichTextBlock[] }) {
  return (
    <div className="rt-content rt-readonly">
      {blocks.map((b, i) => {
        switch (b.type) {
          case 'paragraph':
            return (
              <p key={i}>
                <Runs runs={b.runs} />
              </p>
            );
          case 'heading': {
            const H = b.level === 1 ? 'h3' : b.level === 2 ? 'h4' : 'h5';
            return (
              <H key={i}>
                <Runs runs={b.runs} />
              </H>
            );
          }
          case 'bulletList':
          case 'numberedList': {
            const L = b.type === 'bulletList' ? 'ul' : 'ol';
            return (
              <L key={i}>
                {b.items.map((item, j) => (
                  <li key={j}>
                    <Runs runs={item} />
                  </li>
                ))}
              </L>
            );
          }
          case 'table':
            return (
              <table key={i}>
                <tbody>
                  {b.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => {
                        const Cell = b.headerRow && r === 0 ? 'th' : 'td';
                        return (
                          <Cell key={c}>
                            <Runs runs={cell} />
                          </Cell>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
        }
      })}
    </div>
  );
}
