/** Text with the matched terms marked; the parts come from the core, never rendered as HTML. */
export function Marked({ parts }: { parts: { text: string; mark: boolean }[] }) {
  return <>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
