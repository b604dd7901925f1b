import { describe, expect, it } from 'vitest';
import { repairAria } from './ariaRepair';

describe('repairAria', () => {
  it('drops the header roles the library leaves incomplete and keeps whole rows', () => {
    const root = document.createElement('div');
    root.innerHTML = `
      <div role="row" class="rbc-row-content"><div class="rbc-row"></div></div>
      <button class="rbc-button-link"><span role="columnheader" aria-sort="none">man 7/12</span></button>
      <div role="rowgroup" class="rbc-allday-cell"></div>
      <div role="table"><div role="rowgroup" id="inside"></div></div>
      <div role="row" id="whole"><div role="cell">x</div></div>`;
    repairAria(root);
    expect(root.querySelector('.rbc-row-content')?.getAttribute('role')).toBeNull();
    expect(root.querySelector('span')?.getAttribute('role')).toBeNull();
    expect(root.querySelector('span')?.getAttribute('aria-sort')).toBeNull();
    expect(root.querySelector('#whole')?.getAttribute('role')).toBe('row');
    expect(root.querySelector('.rbc-allday-cell')?.getAttribute('role')).toBeNull();
    expect(root.querySelector('#inside')?.getAttribute('role')).toBe('rowgroup');
  });
});
