/** `gloss versions` on a terminal: the clusters found, then each outlet's editing profile. */
import { type Styles, styles } from './ansi.ts';
import { escapeTerminal } from './escape.ts';
import type { VersionsRecord } from './versions-json.ts';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function formatVersionsPretty(r: VersionsRecord, options: { color?: boolean } = {}): string {
  const s: Styles = styles(options.color ?? false);
  const t = escapeTerminal;
  const out: string[] = [];
  const c = r.counts;
  out.push(s.bold('Gloss versions'));
  out.push(
    `${c.documents} documents${c.errors ? ` (${c.errors} unreadable)` : ''}: ${c.clusters} stories in more than one version (${c.clustered} documents), ${c.singletons} on their own.`,
  );
  out.push(
    'Per version: words of the reference kept · cuts marked/silent · silent changes · bracketed · sentences added · moved · loaded wording +/−',
  );
  for (const cl of r.clusters) {
    out.push('', `${s.bold(`── ${cl.id}`)} ${t(cl.headline)} ${s.dim(`(${cl.size} versions)`)}`);
    out.push(
      `   reference: ${t(cl.reference.outlet ?? cl.reference.id)} ${s.dim(`${cl.reference.id} — ${t(cl.reference.why)}`)}`,
    );
    for (const v of cl.versions) {
      const p = v.profile;
      out.push(
        `   ${t(v.outlet ?? v.id).padEnd(22)} kept ${pct(p.keptShare).padStart(6)} · cuts ${p.cutsElided}/${p.cutsSilent} · silent ${p.silentChanges} · [ ] ${p.bracketed} · + ${p.addedSentences} · ↷ ${p.movedSentences} · loaded +${p.wordingAdded}/−${p.wordingRemoved}${p.headlineChanged ? ' · headline changed' : ''}`,
      );
    }
  }
  if (r.outlets.length > 0) {
    out.push('', s.bold('── Outlets (medians per version; totals in brackets)'));
    for (const o of r.outlets) {
      const m = o.median;
      const tot = o.total;
      out.push(
        `   ${t(o.outlet).padEnd(22)} ${String(o.versions).padStart(3)} versions, ${o.references} as reference · kept ${pct(m.keptShare)} · cuts ${m.cutsElided + m.cutsSilent} (${tot.cutsElided + tot.cutsSilent}) · silent ${m.silentChanges} (${tot.silentChanges}) · [ ] ${m.bracketed} (${tot.bracketed}) · + ${m.addedSentences} (${tot.addedSentences}) · loaded +${tot.wordingAdded}/−${tot.wordingRemoved}`,
      );
    }
  }
  for (const e of r.errors.slice(0, 10)) out.push(s.dim(`   unreadable: ${t(e.id)}: ${t(e.error)}`));
  return `${out.join('\n')}\n`;
}
