import raw from '../../content/speeches/report.json';
import type { Script } from '../i18n/scripts.ts';
import { type Report, reportSchema } from '../schemas/report.ts';

/** The ingest report, validated: the source page shows it as written, never retyped. */
export const report: Report = reportSchema.parse(raw);

type SourceEntry = Report['sources'][number];

/** The script a source file is written in: the one most of its speeches' characters are in. */
export function sourceScript(source: Pick<SourceEntry, 'speeches'>): Script {
  const traditional = source.speeches
    .filter((speech) => speech.script.script === 'hant')
    .reduce((sum, speech) => sum + speech.characters, 0);
  const all = source.speeches.reduce((sum, speech) => sum + speech.characters, 0);
  return traditional * 2 > all ? 'hant' : 'hans';
}
