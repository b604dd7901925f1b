import type { ReactNode } from 'react';

/** One term and its value in a details list. */
export function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
