/**
 * Whole lines the document-sharing site wraps around every page. They are
 * matched as complete lines only, so the same words inside a speech survive.
 */
const BOILERPLATE_LINES: readonly RegExp[] = [
  /^申明敬告[:：]/u,
  /^文档介绍$/u,
  /^查看更多$/u,
  /^相关文章$/u,
  /^您可能关注的文档$/u,
];

export interface BoilerplateResult {
  text: string;
  removed: string[];
}

export function stripBoilerplate(text: string): BoilerplateResult {
  const removed: string[] = [];
  const kept = text.split('\n').filter((line) => {
    const trimmed = line.trim();
    const isBoilerplate = BOILERPLATE_LINES.some((pattern) => pattern.test(trimmed));
    if (isBoilerplate) removed.push(trimmed);
    return !isBoilerplate;
  });
  return { text: kept.join('\n'), removed };
}
