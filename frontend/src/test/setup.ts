import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// jsdom lays nothing out; the rich-text editor asks where the caret is when it scrolls to it.
const noRects = () => [] as unknown as DOMRectList;
const emptyRect = () => new DOMRect(0, 0, 0, 0);
for (const prototype of [Range.prototype, Text.prototype] as { getClientRects?: unknown; getBoundingClientRect?: unknown }[]) {
  if (typeof prototype.getClientRects !== 'function') prototype.getClientRects = noRects;
  if (typeof prototype.getBoundingClientRect !== 'function') prototype.getBoundingClientRect = emptyRect;
}
if (typeof document.elementFromPoint !== 'function') document.elementFromPoint = () => null;
