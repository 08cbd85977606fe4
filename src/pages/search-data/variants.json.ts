import * as OpenCC from 'opencc-js';
import { toTraditional } from '../../site/script/to-traditional.ts';
import { loadSpeeches } from '../../site/archive/speeches.ts';
import { blocksFromHtml } from '../../search/build/blocks.ts';
import { variantClasses } from '../../search/build/variants.ts';

/** Hong Kong and OpenCC's standard forms (爲, 衆, 裏, 着…), which readers type too: character by character. */
const otherConventions = [OpenCC.Converter({ from: 'cn', to: 'hk' }), OpenCC.Converter({ from: 'cn', to: 't' })];

/**
 * The Simplified/Traditional variants that occur in the corpus, so that the
 * browser can match either script against either without shipping OpenCC.
 * Pairs come from the whole text converted in one piece and from the
 * Traditional pages as rendered (converted node by node), so both agree.
 * Other conventions add the single-character forms of the corpus's
 * characters: converting each character alone keeps this cheap.
 */
export async function GET(): Promise<Response> {
  const [hans, hant] = await Promise.all([loadSpeeches('hans'), loadSpeeches('hant')]);
  const pairs: [string, string][] = [];
  const characters = new Set<string>();
  hans.forEach((speech, i) => {
    const texts = [speech.title, ...blocksFromHtml(speech.html).map((block) => block.text)];
    const rendered = [hant[i]!.title, ...blocksFromHtml(hant[i]!.html).map((block) => block.text)];
    texts.forEach((text, j) => {
      pairs.push([text, toTraditional(text)], [text, rendered[j]!]);
      for (const char of text) if (!/\s/u.test(char)) characters.add(char);
    });
  });
  // One per line, so that no phrase rule spans two characters.
  const list = [...characters];
  const alsoPairs = otherConventions.flatMap((convert) => {
    const converted = convert(list.join('\n')).split('\n');
    return list.flatMap((char, i): [string, string][] => ([...converted[i]!].length === 1 ? [[char, converted[i]!]] : []));
  });
  return Response.json({ classes: variantClasses(pairs, alsoPairs) });
}
