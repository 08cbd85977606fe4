/** The two scripts the site is published in. */
export type Script = 'hans' | 'hant';

export const scripts: readonly Script[] = ['hans', 'hant'];

/** BCP 47 tags for `<html lang>`. */
export const langTag: Record<Script, string> = { hans: 'zh-Hans', hant: 'zh-Hant' };
