import type { Variants } from '../schemas/variants.ts';
import { fill, type Ui } from './ui.ts';

type Reading = Variants['variants'][number];
type Witness = Reading['witnesses'][number];

/** A witness as the apparatus and the citation name it: its site's name before the file, where known. */
export function witnessName({ file, site }: Witness): string {
  return site ? `${site}（${file}）` : file;
}

/**
 * One reading the text does not follow, in the words of the 校勘记 (the
 * speech page's and the EPUB's alike): 「持续」，a.txt作「进一步」. The
 * readings are the sources'; `quoted` turns them into the page's script.
 */
export function readingSentence(t: Ui, variant: Reading, quoted: (text: string) => string): string {
  const values = {
    files: variant.witnesses.map(witnessName).join('、'),
    lemma: quoted(variant.lemma),
    reading: quoted(variant.reading),
  };
  if (variant.kind === 'omission') return fill(t.variantOmission, values);
  if (variant.kind === 'addition') return fill(t.variantAddition, values);
  return fill(t.variantSubstitution, values);
}

/**
 * Every witness of a collated speech, in archive order, each with its site
 * where any of its readings reports one (a witness whose every reading the
 * text follows has none in the apparatus to say it).
 */
export function witnessNames(variants: Variants): string[] {
  const sites = new Map<string, string>();
  for (const variant of variants.variants)
    for (const { file, site } of variant.witnesses)
      if (site && !sites.has(file)) sites.set(file, site);
  return variants.witnesses.map((file) => witnessName({ file, site: sites.get(file) ?? null }));
}

/** What a citation of a collated speech says it was collated from: 据 3 个文件校订：a.txt、b.txt、c.txt. */
export function witnessNote(t: Ui, variants: Variants): string {
  return fill(t.citeWitnesses, {
    count: variants.witnesses.length,
    files: witnessNames(variants).join('、'),
  });
}

/** The 校勘记's opening (page and EPUB alike): its witnesses, and the rule of the reading text, or that the copies agree throughout. */
export function apparatusIntro(t: Ui, variants: Variants): string {
  return fill(variants.variants.length > 0 ? t.apparatusIntro : t.apparatusAgreed, {
    count: variants.witnesses.length,
    files: witnessNames(variants).join('、'),
  });
}
