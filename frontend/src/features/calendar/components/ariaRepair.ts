/**
 * react-big-calendar 1.20 marks its week header with table roles it does not complete: a
 * `columnheader` inside a button (outside any `row`), a `row` with no cells and a `rowgroup`
 * (the all-day row) outside any table. Screen readers
 * get a broken table, and axe reports it as critical. The header is plain buttons and text
 * without those roles; the time grid keeps the library's roles.
 */
export function repairAria(root: HTMLElement): void {
  for (const header of root.querySelectorAll('.rbc-button-link [role="columnheader"]')) {
    header.removeAttribute('role');
    header.removeAttribute('aria-sort');
  }
  for (const group of root.querySelectorAll('[role="rowgroup"]')) {
    if (!group.parentElement?.closest('[role="grid"], [role="table"], [role="treegrid"]')) group.removeAttribute('role');
  }
  for (const row of root.querySelectorAll('[role="row"]')) {
    const cells = row.querySelector('[role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]');
    if (!cells) row.removeAttribute('role');
  }
}

/** Repairs now and after every change the library makes below `root`; returns the disconnect. */
export function keepAriaRepaired(root: HTMLElement): () => void {
  repairAria(root);
  const observer = new MutationObserver(() => repairAria(root));
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['role'] });
  return () => observer.disconnect();
}
