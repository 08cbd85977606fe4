/**
 * Says what was copied in the page's one copy status (a role="status" live
 * region, src/components/CopyLinks.astro), then clears it.
 */
export async function copyAndAnnounce(text: string, message: string): Promise<boolean> {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Refused (no permission or focus): the text stays on the page to select by hand.
    return false;
  }
  if (status) {
    status.textContent = message;
    setTimeout(() => {
      if (status.textContent === message) status.textContent = '';
    }, 3000);
  }
  return true;
}
