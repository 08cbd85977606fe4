/** Interface strings the build hands the browser script (src/components/CitePanel.astro), in the page's script. */
export interface CiteLabels {
  /** The summary for one section; {id} is its anchor. */
  section: string;
  /** The visible label of a section's control. */
  sectionButton: string;
  /** Announced after a copy; {format} is the format's name. */
  copied: string;
  /** The note on the access date; {date} is today. */
  today: string;
  selectionLink: string;
  /** Completes the selection control's name for assistive technology. */
  selectionLinkHint: string;
  /** Announced before a copied link. */
  linkCopied: string;
}

/** Fills {name} slots; the build's `fill` (src/i18n/ui.ts) would bring OpenCC into the page. */
export function fillLabel(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/gu, (slot, name: string) => values[name] ?? slot);
}
