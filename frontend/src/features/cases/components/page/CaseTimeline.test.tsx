import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { event } from '../../testing/caseFixture';
import { CaseTimeline } from './CaseTimeline';

describe('CaseTimeline', () => {
  it('marks as undone only the events the server says a correction undid', () => {
    render(
      <CaseTimeline
        receivedAt="2026-11-16T09:00:00+01:00"
        events={[
          event('e1', 'invite', '2026-11-17'),
          event('e2', 'assess', '2026-11-20', { undone_by: 'c1' }),
          event('c1', null, '2026-11-21', { corrects: 'e2', note: 'Forkert dato' }),
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[1]).not.toHaveTextContent('Fortrudt');
    expect(items[2]).toHaveTextContent('Fortrudt');
    expect(items[2]).toHaveClass('timeline__item--undone');
    expect(items[3]).toHaveTextContent('er fortrudt');
    expect(items[3]).toHaveTextContent('Begrundelse: Forkert dato');
  });
});
