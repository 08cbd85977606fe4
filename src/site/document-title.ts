/**
 * Document titles: "<page> · <more> · <site name>". A compilation's title
 * joins all its speeches' titles and can run to hundreds of characters,
 * so pages that show one fit it into the room these leave.
 */

/** html-validate's long-title limit, and about what a browser tab or a search result shows. */
export const maxTitleLength = 70;

const separator = ' · ';

export function joinTitle(parts: readonly string[]): string {
  return parts.join(separator);
}

/** Characters left for the first part of a title that also carries `others` (the site name last). */
export function titleRoom(others: readonly string[]): number {
  return maxTitleLength - others.reduce((sum, part) => sum + separator.length + part.length, 0);
}
