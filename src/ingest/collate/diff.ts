/**
 * Myers' O(ND) difference of two sequences of code points: the edit script
 * that keeps the most characters in common. Copies of one speech differ in a
 * few places, so D is small and a 10,000-character diff stays fast.
 */

/** One step of the edit script: keep a[i] = b[j], delete a[i], or insert b[j]. */
export type Edit =
  { op: 'keep'; a: number; b: number } | { op: 'delete'; a: number } | { op: 'insert'; b: number };

export function diff(a: readonly number[], b: readonly number[]): Edit[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found === -1; d++) {
    // Only diagonals -d..d matter at step d: keeping just those makes the trace O(D²), not O(D·(N+M)).
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  // Walk the trace back from (n, m), collecting the edits in reverse.
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const before = trace[d]!;
    const k = x - y;
    const at = (diagonal: number): number => before[diagonal + d]!;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      edits.push({ op: 'keep', a: x, b: y });
    }
    if (d === 0) break;
    if (down) edits.push({ op: 'insert', b: --y });
    else edits.push({ op: 'delete', a: --x });
  }
  return edits.reverse();
}
