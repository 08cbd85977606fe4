import raw from '../../content/speeches/report.json';
import { type Report, reportSchema } from '../schemas/report.ts';

/** The ingest report, validated: the source page shows it as written, never retyped. */
export const report: Report = reportSchema.parse(raw);
