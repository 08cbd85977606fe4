import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** A rehype plugin as this project writes them: options in, a transform of the tree out. */
export type TreePlugin<Options> = (options: Options) => (tree: Root) => void;

/**
 * A speech body changed by one rehype plugin, as HTML. The body is parsed once
 * per build (src/archive/speech-body.ts) and shared by every page, search file
 * and download, so the plugin runs on a copy and the shared tree stays as rendered.
 */
export function transformTree<Options>(
  tree: Root,
  plugin: TreePlugin<Options>,
  options: Options,
): Root {
  const copy = structuredClone(tree);
  plugin(options)(copy);
  return copy;
}

/** A tree as HTML, serialised as rehype-stringify does. */
export function treeHtml(tree: Root): string {
  return toHtml(tree);
}
